/**
 * A long list shown a page at a time: the first LIST_PAGE incidents, then a button for the next
 * page. A list of 100,000 restored incidents would otherwise put 100,000 buttons in the page,
 * which took React and the browser's layout over ten seconds and slowed every map resize after it.
 * The selected incident is always among those shown, however far down it sits.
 */
import { formatCount } from '../lib/formatCount';
import { useState } from 'react';
import type { Incident } from '../data/parseIncidents';
import { useAppStore } from '../store/appStore';
import { IncidentItem } from './IncidentItem';

export const LIST_PAGE = 200;

const count = formatCount;

export function PagedIncidents({ incidents, label, id }: { incidents: Incident[]; label: string; id?: string }) {
  const [pages, setPages] = useState(1);
  const selectedId = useAppStore((s) => s.selectedId);
  const shownCount = Math.min(incidents.length, pages * LIST_PAGE);
  const shown = incidents.slice(0, shownCount);
  const selectedAt = selectedId === null ? -1 : incidents.findIndex((i) => i.id === selectedId);
  const selectedBeyond = selectedAt >= shownCount ? incidents[selectedAt] : undefined;
  const rest = incidents.length - shownCount;
  return (
    <>
      <ul id={id} aria-label={label} tabIndex={id ? -1 : undefined}>
        {shown.map((incident) => (
          <IncidentItem key={incident.id} incident={incident} />
        ))}
        {selectedBeyond && <IncidentItem key={selectedBeyond.id} incident={selectedBeyond} />}
      </ul>
      {rest > 0 && (
        <button type="button" className="secondary-button list-more" onClick={() => setPages(pages + 1)}>
          Show {count(Math.min(rest, LIST_PAGE))} more ({count(rest)} not shown)
        </button>
      )}
    </>
  );
}
