/**
 * Framing one dataset by the start view's rule: the box around where its incidents concentrate
 * (90% of those of its own reporting period, nearest their median point). The map fits it right
 * after an import, and whenever one imported dataset is shown alone; a permalink's #map= still
 * wins when the page opens, since the map reads the link's camera before any of this.
 */
import type { Incident } from '../data/parseIncidents';
import type { AppState } from './types';
import { concentrationBox, type Box } from '../geo/startView';
import { reportingPeriod } from '../time/extent';
import { toDayNumber } from '../lib/days';
import { domainOf } from './dataSlice';

/** The concentration box of one dataset's incidents ('' for the bundled data), within its own reporting period. */
export function datasetBox(incidents: readonly Incident[], datasetId: string): Box | null {
  const own = incidents.filter((i) => (i.datasetId ?? '') === datasetId);
  const period = reportingPeriod(
    own.map((i) => toDayNumber(i.feature.properties.reported)),
    domainOf(own),
  );
  return concentrationBox(own, period);
}

let lastKeys: [AppState['incidents'], AppState['hiddenDatasets'], AppState['importedSets']] | null = null;
let last: string | null = null;

/**
 * The id of the imported dataset on the map when no other is (the bundled data is hidden or did
 * not load, and every other import is hidden), else null.
 */
export function selectShownAlone(s: AppState): string | null {
  if (lastKeys && lastKeys[0] === s.incidents && lastKeys[1] === s.hiddenDatasets && lastKeys[2] === s.importedSets)
    return last;
  lastKeys = [s.incidents, s.hiddenDatasets, s.importedSets];
  const hidden = new Set(s.hiddenDatasets);
  const shown = new Set<string>();
  for (const incident of s.incidents) {
    const id = incident.datasetId ?? '';
    if (!hidden.has(id)) shown.add(id);
    if (shown.size > 1) break;
  }
  const [only] = shown;
  last = shown.size === 1 && s.importedSets.some((set) => set.id === only) ? only : null;
  return last;
}
