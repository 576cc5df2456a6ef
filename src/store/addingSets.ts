/**
 * What adding imported sets does to the incident list, worked out as steps (lib/steps) so that
 * a restore of 100,000 stored incidents can pause between them and the page keeps answering.
 * Pure: it reads the state it is given and returns the changes, which the slice applies in one
 * update. The only objects it writes to are the entries' own incidents (new, held by nothing else
 * yet), which it tags and numbers in place.
 */
import type { AppState, ImportedSetEntry } from './types';
import type { Steps } from '../lib/steps';
import { mergeAndNumber, type Incident } from '../data/incidentList';
import { inNamespace } from '../data/import/sourceNamespace';
import { derivingSteps } from './dataSlice';

/** Sources taken between two pause points (a restore of 100,000 brings as many). */
const PER_STEP = 20_000;

export type AddingFrom = Pick<AppState, 'incidents' | 'importedSets' | 'importedSources' | 'actors'>;

export interface Added {
  importedSets: AppState['importedSets'];
  importedSources: AppState['importedSources'];
  derived: ReturnType<typeof import('./dataSlice').derivedFromIncidents>;
  /** What the user is told: incidents left out because another layer has their ids. */
  notices: string[];
}

export function* addingSteps(from: AddingFrom, entries: ImportedSetEntry[]): Steps<Added> {
  const replaced = new Set(entries.map((e) => e.set.id));
  const others = from.incidents.filter((i) => !i.datasetId || !replaced.has(i.datasetId));
  const taken = new Set(others.map((i) => i.id));
  yield;
  const importedSets = from.importedSets.filter((x) => !replaced.has(x.id));
  const importedSources = new Map(from.importedSources);
  const added: Incident[][] = [];
  const notices: string[] = [];
  for (const [n, { set, incidents, sources }] of entries.entries()) {
    const fresh = incidents.some((i) => taken.has(i.id)) ? incidents.filter((i) => !taken.has(i.id)) : incidents;
    // Only a set still to come needs these ids held against it (a restore of 100,000 adds one set).
    if (n < entries.length - 1) fresh.forEach((i) => taken.add(i.id));
    const left = incidents.length - fresh.length;
    if (left > 0)
      notices.push(
        `${set.name}: ${left} of its incidents were left out because another loaded layer already has their ids.`,
      );
    importedSets.push(left > 0 ? { ...set, count: fresh.length } : set);
    // A restored set comes tagged already (io/storage/imports/restoreStored), and is not copied again.
    const tagged = (i: Incident) => i.datasetId === set.id && i.ringColour === set.colour;
    added.push(
      fresh.every(tagged)
        ? fresh
        : fresh.map((i) => (tagged(i) ? i : { ...i, datasetId: set.id, ringColour: set.colour })),
    );
    yield;
    // Only keys in the set's own namespace: an import never writes over a bundled or another import's source.
    let seen = 0;
    for (const key in sources) {
      if (inNamespace(key, set.id)) importedSources.set(key, sources[key]);
      if (++seen % PER_STEP === 0) yield;
    }
    yield;
  }
  // The incidents an entry brings are its own, new objects (restored or just imported): numbered in place.
  const incidents = mergeAndNumber([others, ...added], (i) => i.datasetId !== undefined && replaced.has(i.datasetId));
  yield;
  const derived = yield* derivingSteps(incidents, from.actors);
  return { importedSets, importedSources, derived, notices };
}
