/**
 * Stored imports back into the store: each record read, checked, and either restored or set
 * aside as a restore problem the user can export or delete, never dropped unseen. Sets are
 * restored in the order they were imported; an incident id is restored once, with the set that
 * was imported first, and a later set comes without it and says so (or, left with nothing, is set aside).
 */
import type { AppStore } from '../../../store/appStore';
import type { ImportedSetEntry, RestoreProblem } from '../../../store/types';
import type { IncidentFeature } from '../../../data/schema';
import { byTime, mergeInTimeOrder, normalise, type Incident } from '../../../data/incidentList';
import { yieldToEventLoop } from '../chunked';
import { PART_SIZE, readHeads, readImport, readParts, rewriteInParts, type StoredImport } from './importRecords';

type Check = typeof import('./checkStoredImport').checkStoredImport;
let checker: Promise<Check> | null = null;
// The schema (and zod) load only when there is something stored to check.
const loadCheck = () => (checker ??= import('./checkStoredImport').then((m) => m.checkStoredImport));

/** Where each restore problem's record is in storage, by problem id: for Export and Delete. */
export const problemKeys = new Map<string, IDBValidKey>();
export const problemIdOf = (key: IDBValidKey) => (typeof key === 'string' ? key : JSON.stringify(key));

const importedAtOf = (head: unknown) => {
  const at = (head as { set?: { importedAt?: unknown } } | null)?.set?.importedAt;
  return typeof at === 'string' ? at : '\uffff';
};
const isParted = (head: unknown) => (head as { layout?: unknown } | null)?.layout === 2;

/** Who holds each loaded incident id: a set's name, or the bundled dataset. */
function holdersOf(store: AppStore): Map<string, string> {
  const { incidents, importedSets } = store.getState();
  const names = new Map(importedSets.map((s) => [s.id, s.name]));
  return new Map(
    incidents.map((i) => [i.id, i.datasetId ? (names.get(i.datasetId) ?? i.datasetId) : 'the bundled dataset']),
  );
}

/** Marks on the page's performance timeline, so a restore can be measured against its long tasks. */
const mark = (step: string) => globalThis.performance?.mark?.(`atlas:restore:${step}`);
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function setAside(store: AppStore, key: IDBValidKey, problem: Omit<RestoreProblem, 'id'>): void {
  const id = problemIdOf(key);
  problemKeys.set(id, key);
  store.getState().putRestoreProblem({ id, ...problem });
}

/**
 * Incidents in order, numbered and tagged with their layer, so the store takes them as they are
 * (no sort, no copy). Built a part at a time with pauses, like the checks; parts stored in order
 * (as the app stores them) are joined, others merged pairwise, a pause between merges.
 */
async function incidentsOf(features: IncidentFeature[], set: { id: string; colour: string }): Promise<Incident[]> {
  let parts: Incident[][] = [];
  for (let start = 0; start < features.length; start += PART_SIZE) {
    if (start > 0) await yieldToEventLoop();
    parts.push(normalise(features.slice(start, start + PART_SIZE), set.id, set.colour));
  }
  const joined = parts.every((part, k) => k === 0 || part.length === 0 || byTime(parts[k - 1].at(-1)!, part[0]) <= 0);
  while (!joined && parts.length > 1) {
    const next: Incident[][] = [];
    for (let k = 0; k < parts.length; k += 2) {
      await yieldToEventLoop();
      next.push(k + 1 < parts.length ? mergeInTimeOrder(parts[k], parts[k + 1]) : parts[k]);
    }
    parts = next;
  }
  const incidents = parts.flat();
  incidents.forEach((incident, index) => (incident.index = index));
  return incidents;
}

/** Check one stored record; restore it into `into` (without incidents already held), or set it aside. */
async function admit(
  store: AppStore,
  raw: { key: IDBValidKey; head: unknown; parts: unknown[] },
  holders: Map<string, string>,
  into: ImportedSetEntry[],
): Promise<void> {
  const checked = await (await loadCheck())(raw.key, raw.head, raw.parts);
  if (!checked.ok) return setAside(store, raw.key, { name: checked.name, kind: 'quarantined', reason: checked.reason });
  const { set, features, sources } = checked;
  const clashes = new Map<string, number>();
  const fresh = features.filter((f) => {
    const holder = holders.get(f.properties.id);
    if (holder === undefined) return true;
    clashes.set(holder, (clashes.get(holder) ?? 0) + 1);
    return false;
  });
  const left = features.length - fresh.length;
  const by = [...clashes].map(([holder, n]) => `“${holder}”${clashes.size > 1 ? ` (${n})` : ''}`).join(', ');
  if (left > 0 && fresh.length === 0) {
    const what = left === 1 ? 'incident has an id' : 'incidents all have ids';
    return setAside(store, raw.key, {
      name: set.name,
      kind: 'quarantined',
      reason: `not restored: its ${left} ${what} already used by ${by}`,
    });
  }
  if (left > 0)
    setAside(store, raw.key, {
      name: set.name,
      kind: 'partial',
      reason: `restored without ${plural(left, 'incident whose id is', 'incidents whose ids are')} already used by ${by}`,
    });
  fresh.forEach((f) => holders.set(f.properties.id, set.name));
  into.push({ set: { ...set, count: fresh.length }, incidents: await incidentsOf(fresh, set), sources });
  // Stored by version 1 in one piece: stored again in parts, exactly as it was (it passed the checks whole).
  if (!isParted(raw.head))
    rewriteInParts(raw.head as StoredImport).catch((error: unknown) =>
      console.warn(`“${set.name}” stays stored as version 1 stored it:`, error),
    );
}

/**
 * Into the store: one update for all the sets, so the incident list is merged and indexed once,
 * worked out with pauses so that a large restore does not hold up the page.
 */
async function addAll(store: AppStore, entries: ImportedSetEntry[]): Promise<void> {
  await yieldToEventLoop();
  mark('checked');
  await store.getState().addImportedSetsPausing(entries, yieldToEventLoop);
  mark('added');
}

/** Restore every stored set, in the order they were imported; resolves once each is in the store or set aside. */
export async function restoreAllStored(store: AppStore): Promise<void> {
  mark('start');
  const heads = await readHeads();
  if (heads.length === 0) return;
  heads.sort((a, b) => importedAtOf(a.head).localeCompare(importedAtOf(b.head)) || indexedDB.cmp(a.key, b.key));
  const holders = holdersOf(store);
  const entries: ImportedSetEntry[] = [];
  for (const { key, head } of heads) {
    if (store.getState().importedSets.some((s) => s.id === key)) continue;
    await admit(store, { key, head, parts: isParted(head) ? await readParts(key) : [] }, holders, entries);
  }
  await addAll(store, entries);
}

/** Restore one set another tab has just stored. */
export async function restoreOneStored(store: AppStore, key: string): Promise<void> {
  if (store.getState().importedSets.some((s) => s.id === key)) return;
  mark('start');
  const raw = await readImport(key);
  if (!raw) return;
  const entries: ImportedSetEntry[] = [];
  await admit(store, raw, holdersOf(store), entries);
  await addAll(store, entries);
}
