import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { appStore } from '../store/appStore';
import { toDayNumber as day } from '../lib/days';
import { loadBundledIntoStore } from '../test/appStoreFixture';
import { IncidentList } from './IncidentList';

const AIRSTRIKE_TITLE = 'U.S. air strike on an Islamic State training camp in Sabratha (Qasr Talil district)';
const ROME_TITLE = '23-nation anti-Islamic State conference in Rome discusses Libya';

/** The titles a reader sees in the list, top to bottom (the background group, if any, last). */
function listedTitles(): string[] {
  const section = screen.getByRole('region', { name: 'Incidents' });
  return [...section.querySelectorAll('.incident-item .item-title')].map((t) => t.textContent ?? '');
}
const firstItemMeta = () =>
  within(screen.getByRole('list', { name: 'Incidents' }))
    .getAllByRole('button')[0]
    .querySelector('.item-meta')?.textContent;
const countLine = () => screen.getByText(/^Showing \d+ of \d+ incidents/).textContent;
/** The list item a reader would click: the button that carries this title. */
function itemFor(title: string): HTMLElement {
  const button = screen.getByText(title).closest('button');
  if (!button) throw new Error(`"${title}" is not inside a button`);
  return button;
}

describe('IncidentList', () => {
  beforeEach(() => loadBundledIntoStore());

  it('lists every incident when the window is the whole record, with its date, category and place', () => {
    act(() => appStore.getState().showPreset('record'));
    render(<IncidentList />);
    expect(countLine()).toBe('Showing 47 of 47 incidents in this view and window');
    expect(listedTitles()).toHaveLength(47);
    expect(itemFor(AIRSTRIKE_TITLE).textContent).toMatch(/19 Feb 2016 · Air strike · Qasr Talil, Sabratha$/);
    // The place's bracketed alternative name is dropped from the short line: "Deir al-Zor (Dayr az Zawr)".
    expect(itemFor('Islamic State besieges Deir al-Zor').textContent).toMatch(/1–29 Feb 2016 · Siege · Deir al-Zor$/);
    // Newest first: the list opens on February 2016, and the 2015 background sits apart, collapsed.
    expect(firstItemMeta()).toMatch(/Feb 2016 ·/);
    const background = screen.getByTestId('list-background');
    expect(background.hasAttribute('open')).toBe(false);
    expect(background.querySelector('summary')?.textContent).toMatch(/^Background: \d+ incidents before Feb 2016$/);
  });

  it('sorts as the reader chooses: oldest first puts the earliest start on top', () => {
    render(<IncidentList />);
    act(() => appStore.getState().setTimeRange([day('2016-02-19'), day('2016-02-19')]));
    fireEvent.change(screen.getByRole('combobox', { name: 'Sort the incidents' }), { target: { value: 'oldest' } });
    expect(appStore.getState().listOrder).toBe('oldest');
    expect(listedTitles()[0]).toBe('Islamic State holds Sirte, its Libyan stronghold');
  });

  it('keeps only the incidents in the time window, in date order, and brings them back when it widens', () => {
    render(<IncidentList />);
    expect(listedTitles()).toContain(ROME_TITLE);

    act(() => appStore.getState().setTimeRange([day('2016-02-19'), day('2016-02-19')]));
    expect(countLine()).toBe('Showing 9 of 47 incidents in this view and window');
    const titles = listedTitles();
    expect(titles).toContain(AIRSTRIKE_TITLE);
    // Spans that cover the 19th are kept; the 2 Feb conference is not.
    expect(titles).toContain('Islamic State besieges Deir al-Zor');
    expect(titles).not.toContain(ROME_TITLE);
    expect(titles).not.toContain('Islamic State attacks Sabratha');
    // Newest first: nothing below ends later than what is above it.
    const ends = titles.map((t) => appStore.getState().incidents.find((i) => i.feature.properties.title === t)!.endDay);
    expect(ends).toEqual([...ends].sort((a, b) => b - a));

    act(() => appStore.getState().setTimeRange(appStore.getState().timeDomain));
    expect(listedTitles()).toHaveLength(47);
  });

  it('keeps only the incidents in the map view', () => {
    render(<IncidentList />);
    // Around Sabratha, west Libya.
    act(() => appStore.getState().setViewBounds([12, 32.5, 13, 33]));
    expect(countLine()).toBe('Showing 3 of 47 incidents in this view and window');
    expect(listedTitles().sort()).toEqual([
      'Islamic State attacks Sabratha',
      'Tunisian Islamic State fighters believed trained in camps near Sabratha',
      AIRSTRIKE_TITLE,
    ]);
  });

  it('says so, and shows no list, when nothing is in the window', () => {
    render(<IncidentList />);
    const [first] = appStore.getState().timeDomain;
    act(() => appStore.getState().setTimeRange([first, first]));
    expect(countLine()).toBe('Showing 0 of 47 incidents in this view and window');
    expect(screen.getByText('No incidents in this view and window. Zoom out or widen the dates.')).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'Incidents' })).toBeNull();
  });

  it('selects an incident when its item is clicked, marks it as current and asks the map to fly there', () => {
    render(<IncidentList />);
    const item = itemFor(AIRSTRIKE_TITLE);
    expect(item.getAttribute('aria-current')).toBeNull();

    fireEvent.click(item);
    expect(appStore.getState().selectedId).toBe('sabratha-us-airstrike-qasr-talil');
    expect(appStore.getState().flyTarget?.id).toBe('sabratha-us-airstrike-qasr-talil');
    expect(itemFor(AIRSTRIKE_TITLE).getAttribute('aria-current')).toBe('true');
    expect(screen.getAllByRole('button').filter((b) => b.getAttribute('aria-current') === 'true')).toHaveLength(1);
  });

  it('selects an incident from the keyboard: Tab to its item, then Enter', async () => {
    const user = userEvent.setup();
    render(<IncidentList />);
    const item = itemFor(AIRSTRIKE_TITLE);
    item.focus();
    await user.keyboard('{Enter}');
    expect(appStore.getState().selectedId).toBe('sabratha-us-airstrike-qasr-talil');
    expect(item.getAttribute('aria-current')).toBe('true');
  });

  it('makes each item a focusable native button, and focusing one highlights it on the map', () => {
    render(<IncidentList />);
    const item = itemFor(AIRSTRIKE_TITLE);
    expect(item.tagName).toBe('BUTTON');
    expect(item.getAttribute('type')).toBe('button');
    item.focus();
    expect(document.activeElement).toBe(item);
    expect(appStore.getState().hoveredId).toBe('sabratha-us-airstrike-qasr-talil');
  });
});
