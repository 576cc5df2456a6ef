import { act, fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { appStore } from '../../store/appStore';
import { fromDayNumber, toDayNumber as day } from '../../lib/days';
import { loadBundledIntoStore, loadCollectionIntoStore } from '../../test/appStoreFixture';
import fixture from '../../test/fixtures/incidents.small.json';
import { TimeBrush } from './TimeBrush';

/** The window in the store, as ISO dates. */
const windowDates = () => appStore.getState().timeRange.map(fromDayNumber);

function setWindow(from: string, to: string) {
  act(() => appStore.getState().setTimeRange([day(from), day(to)]));
}

/** Focus a handle as a keyboard user would (Tab), then press keys on whatever has focus. */
function focusHandle(name: 'Start date' | 'End date'): HTMLElement {
  const handle = screen.getByRole('slider', { name });
  handle.focus();
  expect(document.activeElement).toBe(handle);
  return handle;
}
const press = (key: string) => fireEvent.keyDown(document.activeElement!, { key });

describe('TimeBrush keyboard', () => {
  beforeEach(() => loadBundledIntoStore());

  it('offers two focusable date sliders that name the ends of the window', () => {
    render(<TimeBrush />);
    const start = screen.getByRole('slider', { name: 'Start date' });
    const end = screen.getByRole('slider', { name: 'End date' });
    // The window opens on the reporting period: the articles were published in February 2016.
    expect(start.getAttribute('aria-valuetext')).toBe('1 Feb 2016');
    expect(end.getAttribute('aria-valuetext')).toBe('29 Feb 2016');
    expect(start.tabIndex).toBe(0);
    expect(end.tabIndex).toBe(0);

    setWindow('2016-02-10', '2016-02-20');
    expect(start.getAttribute('aria-valuetext')).toBe('10 Feb 2016');
    expect(end.getAttribute('aria-valuetext')).toBe('20 Feb 2016');
  });

  it('moves the start of the window a day with the arrow keys and a week with PageUp/PageDown', () => {
    render(<TimeBrush />);
    setWindow('2016-02-10', '2016-02-20');
    const start = focusHandle('Start date');

    press('ArrowRight');
    expect(windowDates()).toEqual(['2016-02-11', '2016-02-20']);
    expect(start.getAttribute('aria-valuetext')).toBe('11 Feb 2016');
    press('ArrowUp');
    expect(windowDates()).toEqual(['2016-02-12', '2016-02-20']);
    press('ArrowLeft');
    press('ArrowDown');
    press('ArrowLeft');
    expect(windowDates()).toEqual(['2016-02-09', '2016-02-20']);

    press('PageUp');
    expect(windowDates()).toEqual(['2016-02-16', '2016-02-20']);
    expect(start.getAttribute('aria-valuetext')).toBe('16 Feb 2016');
    press('PageDown');
    press('PageDown');
    expect(windowDates()).toEqual(['2016-02-02', '2016-02-20']);
  });

  it('moves the end of the window, and Home/End jump to the first and last day of the record', () => {
    render(<TimeBrush />);
    setWindow('2016-02-10', '2016-02-20');
    const end = focusHandle('End date');

    press('ArrowLeft');
    expect(windowDates()).toEqual(['2016-02-10', '2016-02-19']);
    press('PageDown');
    expect(windowDates()).toEqual(['2016-02-10', '2016-02-12']);
    press('End');
    expect(windowDates()).toEqual(['2016-02-10', '2016-03-01']);
    expect(end.getAttribute('aria-valuetext')).toBe('1 Mar 2016');

    const start = focusHandle('Start date');
    press('Home');
    expect(windowDates()).toEqual(['2014-12-31', '2016-03-01']);
    expect(start.getAttribute('aria-valuetext')).toBe('31 Dec 2014');
  });

  it('never lets one handle pass the other, or leave the record', () => {
    render(<TimeBrush />);
    setWindow('2016-02-19', '2016-02-20');
    focusHandle('Start date');
    press('ArrowRight');
    press('ArrowRight');
    press('PageUp');
    expect(windowDates()).toEqual(['2016-02-20', '2016-02-20']);

    focusHandle('End date');
    press('Home');
    expect(windowDates()).toEqual(['2016-02-20', '2016-02-20']);
    press('End');
    press('ArrowRight');
    press('PageUp');
    expect(windowDates()).toEqual(['2016-02-20', '2016-03-01']);
  });

  it('keeps the keys it uses from scrolling the page, and leaves other keys alone', () => {
    render(<TimeBrush />);
    setWindow('2016-02-10', '2016-02-20');
    focusHandle('Start date');
    // fireEvent returns false when the handler called preventDefault.
    expect(press('ArrowRight')).toBe(false);
    expect(press('PageDown')).toBe(false);
    expect(press('Tab')).toBe(true);
    expect(press('a')).toBe(true);
    expect(windowDates()).toEqual(['2016-02-04', '2016-02-20']);
  });
});

describe('TimeBrush over centuries', () => {
  /** The small fixture plus one incident of 1 June 1700 (reported then), so the brush draws 316 years. */
  function loadCenturies() {
    const first = fixture.features[0];
    const old = {
      ...first,
      properties: {
        ...first.properties,
        id: 'event-of-1700',
        when: { ...first.properties.when, start: '1700-06-01' },
        reported: '1700-06-01',
      },
    };
    loadCollectionIntoStore({ ...fixture, features: [...fixture.features, old] });
  }
  beforeEach(loadCenturies);

  it('gives the handles their years and labels the axis with round years', () => {
    const { container } = render(<TimeBrush />);
    const labels = [...container.querySelectorAll('.brush-handle-label')].map((l) => l.textContent);
    // The window opens on the reporting period, here the months from June 1700 to February 2016.
    expect(labels).toEqual(['1 Jun 1700', '29 Feb 2016']);
    const ticks = [...container.querySelectorAll('.time-tick')].map((t) => t.textContent!);
    expect(ticks.length).toBeGreaterThan(0);
    for (const tick of ticks) expect(tick).toMatch(/^\d{4}$/);
  });

  it('moves a handle by one bar of the histogram (a year here) with PageUp and PageDown', () => {
    render(<TimeBrush />);
    setWindow('1800-03-10', '2016-02-20');
    focusHandle('Start date');
    press('PageUp');
    expect(windowDates()).toEqual(['1801-03-10', '2016-02-20']);
    press('PageDown');
    press('PageDown');
    expect(windowDates()).toEqual(['1799-03-10', '2016-02-20']);
    press('ArrowRight');
    expect(windowDates()).toEqual(['1799-03-11', '2016-02-20']);
  });
});
