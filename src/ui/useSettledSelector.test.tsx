import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { appStore } from '../store/appStore';
import type { AppState } from '../store/types';
import { LARGE_LIST, useSettledSelector } from './useSettledSelector';

/** A selector over the whole list, that notes the size of every list it was asked about. */
const asked: number[] = [];
const countOf = (s: AppState) => {
  asked.push(s.incidents.length);
  return s.incidents.length;
};
function Count() {
  return <p>{useSettledSelector(countOf, 'counting')} incidents</p>;
}
const withIncidents = (n: number) =>
  appStore.setState({ incidents: Array.from({ length: n }, (_, index) => ({ index })) as never });
const initial = appStore.getState();

afterEach(() => {
  appStore.setState(initial, true);
  asked.length = 0;
});

describe('useSettledSelector', () => {
  it('under LARGE_LIST incidents, is the store hook itself: the new value in the same render', () => {
    withIncidents(3);
    render(<Count />);
    act(() => withIncidents(5));
    expect(screen.getByText('5 incidents')).toBeTruthy();
  });

  it('over LARGE_LIST, runs the selector after the update, in a task of its own, saying it is at work until then', async () => {
    withIncidents(3);
    render(<Count />);
    asked.length = 0;
    act(() => withIncidents(LARGE_LIST + 1));
    // The update (and the render it causes) did not work the large list out.
    expect(asked).not.toContain(LARGE_LIST + 1);
    expect(screen.getByText('counting incidents')).toBeTruthy();
    expect(await screen.findByText(`${LARGE_LIST + 1} incidents`)).toBeTruthy();
    // Back under: at once again.
    act(() => withIncidents(4));
    expect(screen.getByText('4 incidents')).toBeTruthy();
  });

  it('mounted over a large list, shows what it is given to show while working, never works it out in the render', async () => {
    withIncidents(LARGE_LIST + 2);
    render(<Count />);
    expect(asked).not.toContain(LARGE_LIST + 2);
    expect(screen.getByText('counting incidents')).toBeTruthy();
    expect(await screen.findByText(`${LARGE_LIST + 2} incidents`)).toBeTruthy();
  });
});
