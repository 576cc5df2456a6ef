/** The whole page in jsdom (the map, which needs WebGL, stubbed): a part that cannot render takes down only itself. */
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { appStore } from '../store/appStore';
import { loadBundledIntoStore } from '../test/appStoreFixture';
import type { ImportedSet } from '../store/types';
import { App } from './App';

vi.mock('../map/MapView', () => ({ MapView: () => <div data-testid="map-view" /> }));

/** A stored set as an older or damaged record might hold it: a name that is an object, not text. */
const corruptSet = {
  id: 'import-old',
  name: { text: 'my sheet' },
  fileName: 'my sheet.csv',
  colour: '#1f77b4',
  importedAt: '2016-02-20T00:00:00Z',
  count: 0,
  stored: true,
} as unknown as ImportedSet;

describe('the page, when one part cannot render', { timeout: 30_000 }, () => {
  beforeEach(() => {
    loadBundledIntoStore();
    vi.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterEach(() => vi.restoreAllMocks());

  it('shows the failure in that part, and the list, time bar and details still work', async () => {
    render(<App />);
    act(() => appStore.setState({ importedSets: [corruptSet] }));

    const failure = screen.getByRole('alert', { name: 'Your imported layers: failed' });
    expect(failure.textContent).toContain('Your imported layers could not be shown.');
    expect(within(failure).getByRole('button', { name: 'Reset this panel' })).toBeTruthy();

    expect(screen.getByTestId('window-count').textContent).toBe('38 of 47 incidents');
    expect(screen.getByTestId('window-dates').textContent).toBe('Feb 2016: the period the articles cover');
    await userEvent.click(screen.getByRole('button', { name: 'Show the whole record' }));
    expect(screen.getByTestId('window-count').textContent).toBe('47 of 47 incidents');
    expect(screen.getByTestId('window-dates').textContent).toBe('31 Dec 2014 – 1 Mar 2016: the whole record');
    await userEvent.click(screen.getByRole('button', { name: /U\.S\. air strike on an Islamic State training camp/ }));
    expect(await screen.findByRole('region', { name: 'Incident details' }, { timeout: 15_000 })).toBeTruthy();
  });

  it('tries the part again once the bad record is replaced', () => {
    render(<App />);
    act(() => appStore.setState({ importedSets: [corruptSet] }));
    expect(screen.getByRole('alert', { name: 'Your imported layers: failed' })).toBeTruthy();
    act(() => appStore.setState({ importedSets: [{ ...corruptSet, name: 'my sheet' }] }));
    expect(screen.getByRole('heading', { name: 'Your data' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('a details panel that fails for one incident shows the next one selected', async () => {
    render(<App />);
    const [broken, fine] = appStore.getState().incidents;
    const damaged = {
      ...broken,
      feature: { ...broken.feature, properties: { ...broken.feature.properties, title: { en: 'x' } } },
    };
    act(() =>
      appStore.setState({ incidents: appStore.getState().incidents.map((i) => (i === broken ? damaged : i)) } as never),
    );
    act(() => appStore.getState().selectIncident(broken.id));
    expect(
      await screen.findByRole('alert', { name: 'The incident details: failed' }, { timeout: 15_000 }),
    ).toBeTruthy();
    act(() => appStore.getState().selectIncident(fine.id));
    expect(await screen.findByRole('region', { name: 'Incident details' }, { timeout: 15_000 })).toBeTruthy();
    expect(screen.queryByRole('alert', { name: 'The incident details: failed' })).toBeNull();
  });
});
