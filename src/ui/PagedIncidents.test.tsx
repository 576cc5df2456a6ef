import { act, fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { appStore } from '../store/appStore';
import { normalise } from '../data/incidentList';
import { importText } from '../data/import/importText';
import { loadBundledIntoStore } from '../test/appStoreFixture';
import { IncidentList } from './IncidentList';
import { LIST_PAGE } from './PagedIncidents';
import { selectOrderedList } from '../store/selectors';

const ROWS = 450;

/** 450 imported incidents in February 2016, so that the list runs past two pages. */
function addManyImported() {
  const lines = ['id,title,date,lat,lon,excerpt'];
  for (let i = 0; i < ROWS; i++)
    lines.push(`many-${i},Many ${i},2016-02-${String(1 + (i % 28)).padStart(2, '0')},33,13,q`);
  const features = importText(lines.join('\n'), 'many.csv', {
    datasetId: 'import-many',
    fileName: 'many.csv',
    places: null,
    existingIds: new Set(),
  }).features;
  const set = { id: 'import-many', name: 'many', fileName: 'many.csv', colour: '#E69F00', importedAt: '', count: ROWS };
  act(() => appStore.getState().addImportedSet({ ...set, stored: true }, normalise(features, 'import-many'), {}));
}

/** The incident buttons in the list (queried by selector: role queries over hundreds of buttons are slow in jsdom). */
const items = () => [...document.querySelectorAll<HTMLButtonElement>('#incident-list .incident-item')];

describe('a long incident list shows a page at a time', () => {
  beforeEach(() => loadBundledIntoStore());

  it('shows the first page and a button for the next, until all are shown', () => {
    addManyImported();
    act(() => appStore.getState().setTimeRange(appStore.getState().timeDomain)); // the whole record
    render(<IncidentList />);
    const listed = appStore.getState().incidents.length;
    expect(screen.getByTestId('list-count').textContent).toBe(
      `Showing ${listed} of ${listed} incidents in this view and window`,
    );
    expect(items()).toHaveLength(LIST_PAGE);
    const current = selectOrderedList(appStore.getState()).current.length; // the background group is apart
    const more = () => document.querySelector<HTMLButtonElement>('.list-more');
    expect(more()?.textContent).toBe(`Show 200 more (${current - LIST_PAGE} not shown)`);
    fireEvent.click(more()!);
    expect(items()).toHaveLength(2 * LIST_PAGE);
    expect(more()?.textContent).toBe(`Show ${current - 2 * LIST_PAGE} more (${current - 2 * LIST_PAGE} not shown)`);
    fireEvent.click(more()!);
    expect(more()).toBeNull();
  });

  it('always shows the selected incident, even beyond the first page', () => {
    addManyImported();
    render(<IncidentList />);
    const shownIds = () => items().map((b) => b.dataset.incidentId);
    const beyond = appStore.getState().incidents.find((i) => i.id.startsWith('many-') && !shownIds().includes(i.id))!;
    act(() => appStore.getState().selectIncident(beyond.id));
    expect(shownIds()).toContain(beyond.id);
    expect(items()).toHaveLength(LIST_PAGE + 1);
  });
});
