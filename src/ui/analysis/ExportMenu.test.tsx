import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadBundledIntoStore } from '../../test/appStoreFixture';
import { appStore } from '../../store/appStore';
import { ExportMenu } from './ExportMenu';

const exportButton = () => screen.getByRole('button', { name: 'Export' });
/** What a reader hears for an item: its words, without the radio marks (which are aria-hidden). */
const spoken = (el: Element | null) => el?.textContent?.replace(/[●○]/g, '').trim();
const focusedName = () => spoken(document.activeElement);

describe('the Export menu', () => {
  beforeEach(() => {
    loadBundledIntoStore();
    // The whole record, not the default reporting period: these tests count every incident.
    act(() => appStore.getState().showPreset('record'));
    act(() => appStore.getState().setViewBounds([-180, -85, 180, 85]));
  });
  afterEach(() => vi.restoreAllMocks());

  it('is a real button that says it opens a menu, and whether it is open', async () => {
    const user = userEvent.setup();
    render(<ExportMenu />);
    expect(exportButton().getAttribute('aria-haspopup')).toBe('menu');
    expect(exportButton().getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('menu')).toBeNull();
    await user.click(exportButton());
    expect(exportButton().getAttribute('aria-expanded')).toBe('true');
    const items = [...screen.getByRole('menu').querySelectorAll('[role^="menuitem"]')].map(spoken);
    expect(items).toEqual([
      'On screen (47)',
      'In the window, anywhere (47)',
      'Download CSV',
      'Download GeoJSON',
      'Save map as PNG',
      'Record video…',
      'Export dataset',
    ]);
  });

  it('works from the keyboard: Enter opens on the first item, arrows move, Escape closes back to the button', async () => {
    const user = userEvent.setup();
    render(<ExportMenu />);
    exportButton().focus();
    await user.keyboard('{Enter}');
    expect(focusedName()).toBe('On screen (47)');
    await user.keyboard('{ArrowDown}');
    expect(focusedName()).toBe('In the window, anywhere (47)');
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(focusedName()).toBe('Export dataset'); // wraps round
    await user.keyboard('{Home}');
    expect(focusedName()).toBe('On screen (47)');
    await user.keyboard('{End}');
    expect(focusedName()).toBe('Export dataset');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(exportButton());
  });

  it('chooses the scope as a radio choice and downloads the CSV, then closes', async () => {
    const user = userEvent.setup();
    const saved: string[] = [];
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:export');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    render(<ExportMenu />);
    await user.click(exportButton());
    const anywhere = screen.getByRole('menuitemradio', { name: 'In the window, anywhere (47)' });
    await user.click(anywhere);
    expect(anywhere.getAttribute('aria-checked')).toBe('true');
    expect(screen.getByRole('menuitemradio', { name: 'On screen (47)' }).getAttribute('aria-checked')).toBe('false');
    await user.click(screen.getByRole('menuitem', { name: 'Download CSV' }));
    // The grades go out with the export: the download follows once the grading kernels are in.
    await waitFor(() => expect(saved).toEqual(['incident-atlas.csv']));
    expect(screen.queryByRole('menu')).toBeNull();
  });
});
