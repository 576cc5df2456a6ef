import { describe, expect, it } from 'vitest';
import { createAppStore } from './appStore';
import { parseIncidents } from '../data/parseIncidents';
import { normalise } from '../data/incidentList';
import { selectFilteredIncidents } from './selectors';
import fixture from '../test/fixtures/incidents.small.json';
import type { IncidentPatch } from '../data/history/incidentPatch';

function loadedStore() {
  const store = createAppStore();
  const { incidents, rejected } = parseIncidents(fixture);
  store.getState().setDataset({
    incidents,
    rejected,
    sources: new Map(),
    sourceTexts: new Map(),
    actors: new Map(),
    datasetVersion: 'test',
  });
  // The applier io/ registers, without storage.
  store.getState().registerStepApplier('edit', async (patch, key) => {
    store.getState().setIncidentPatch(key, patch as IncidentPatch | null);
  });
  return store;
}
const at = '2026-12-02T05:00:00.000Z';
const entry = { at, action: 'edit' as const, summary: 'Title changed' };

describe('local edits', () => {
  it('show the edited incident everywhere and keep the one loaded for Show original', () => {
    const store = loadedStore();
    const first = store.getState().incidents[0];
    store.getState().setIncidentPatch(first.id, { title: 'Zebra crossing incident' }, entry);
    const s = store.getState();
    const shown = s.incidents.find((i) => i.id === first.id)!;
    expect(shown.feature.properties.title).toBe('Zebra crossing incident');
    expect(s.editOriginals[first.id].properties.title).toBe(first.feature.properties.title);
    expect(s.edits[first.id].log).toEqual([entry]);
    // Search is rebuilt from the edited list.
    store.getState().setSearchText('zebra');
    expect(selectFilteredIncidents(store.getState()).map((i) => i.id)).toEqual([first.id]);
  });

  it('moving the dates re-sorts the list; removing the edit brings the incident back as loaded', () => {
    const store = loadedStore();
    const first = store.getState().incidents[0];
    const when = { ...first.feature.properties.when, start: '2030-01-01', end: '2030-01-02' };
    store.getState().setIncidentPatch(first.id, { when }, entry);
    const list = store.getState().incidents;
    expect(list[list.length - 1].id).toBe(first.id);
    store.getState().setIncidentPatch(first.id, null, entry);
    expect(store.getState().incidents[0].feature).toBe(first.feature);
    expect(store.getState().editOriginals[first.id]).toBeUndefined();
  });

  it('stay laid over an incident when the list is rebuilt, e.g. by an import', () => {
    const store = loadedStore();
    const first = store.getState().incidents[0];
    store.getState().setIncidentPatch(first.id, { title: 'Edited' }, entry);
    const other = { ...first.feature, properties: { ...first.feature.properties, id: 'csv-1-row-1' } };
    store.getState().addImportedSets([
      {
        set: { id: 'csv-1', name: 'x', fileName: 'x.csv', colour: '#000', importedAt: at, count: 1, stored: true },
        incidents: normalise([other]),
        sources: {},
      },
    ]);
    store.getState().reconcileEdits();
    const shown = store.getState().incidents.find((i) => i.id === first.id)!;
    expect(shown.feature.properties.title).toBe('Edited');
  });

  it('undo writes the state before the step back and redo the state after, logging both', async () => {
    const store = loadedStore();
    const first = store.getState().incidents[0];
    const title = () => store.getState().incidents.find((i) => i.id === first.id)!.feature.properties.title;
    const patch = { title: 'Edited' };
    store.getState().setIncidentPatch(first.id, patch, entry);
    store.getState().recordStep({
      label: 'Edit title',
      kind: 'edit',
      key: first.id,
      before: null,
      after: patch,
      incidentIds: [first.id],
      at,
    });
    expect(await store.getState().undo()).toBeNull();
    expect(title()).toBe(first.feature.properties.title);
    expect(await store.getState().undo()).toBe('there is nothing to undo');
    expect(await store.getState().redo()).toBeNull();
    expect(title()).toBe('Edited');
    const log = store.getState().edits[first.id].log.map((e) => e.summary);
    expect(log).toContain('Undone: Edit title');
    expect(log).toContain('Redone: Edit title');
  });
  it('keep Show original and Revert true when a further source or a duplicate merge rebuilds the incident', async () => {
    const store = loadedStore();
    const [first, second] = store.getState().incidents;
    const loadedTitle = first.feature.properties.title;
    store.getState().setIncidentPatch(first.id, { title: 'Edited' }, entry);
    const excerpt = { source: 'added-article', offset: 0, quote: 'A further quote' };
    store
      .getState()
      .applyFurtherSources('added-article', 'article-x', [
        { incidentId: first.id, draftId: 'd1', excerpts: [excerpt] },
      ]);
    const shown = () => store.getState().incidents.find((i) => i.id === first.id)!.feature.properties;
    const original = () => store.getState().editOriginals[first.id].properties;
    expect(shown().title).toBe('Edited');
    expect(shown().excerpts).toContainEqual(excerpt);
    expect(original().title).toBe(loadedTitle);
    expect(original().excerpts).toContainEqual(excerpt);

    store.getState().decideDuplicate(first.id, second.id, 'merged', at);
    await store.getState().applyMerges();
    expect(shown().title).toBe('Edited');
    expect(original().title).toBe(loadedTitle);
    expect(original().excerpts).toEqual(expect.arrayContaining(second.feature.properties.excerpts));

    store.getState().setIncidentPatch(first.id, null, entry);
    expect(shown().title).toBe(loadedTitle);
    expect(shown().excerpts).toContainEqual(excerpt);
    expect(shown().excerpts).toEqual(expect.arrayContaining(second.feature.properties.excerpts));
  });
});
