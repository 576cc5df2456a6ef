import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary, type RecoveryActions } from './ErrorBoundary';

let broken = true;
let mounts = 0;
function Fragile() {
  const [mountedAs] = useState(() => ++mounts);
  if (broken) throw new Error('Objects are not valid as a React child (found: object with keys {text})');
  return <p>Panel content, mount {mountedAs}</p>;
}

const actions = (): RecoveryActions & {
  exportData: ReturnType<typeof vi.fn>;
  clearStoredData: ReturnType<typeof vi.fn>;
} => ({
  exportData: vi.fn(() => 'Saved incident-atlas-my-data.geojson: 3 incidents from 1 imported dataset.'),
  clearStoredData: vi.fn(() => Promise.resolve()),
});

function Page({ recovery }: { recovery: RecoveryActions }) {
  return (
    <>
      <ErrorBoundary what="The incident list" actions={recovery}>
        <Fragile />
      </ErrorBoundary>
      <p>The map is still here</p>
    </>
  );
}

describe('ErrorBoundary', () => {
  beforeEach(() => {
    broken = true;
    mounts = 0;
    vi.spyOn(console, 'error').mockImplementation(() => {}); // React and the boundary report the error
  });
  afterEach(() => vi.restoreAllMocks());

  it('shows what failed and the ways out, in place of the part that threw; the rest still renders', () => {
    render(<Page recovery={actions()} />);
    const alert = screen.getByRole('alert', { name: 'The incident list: failed' });
    expect(alert.textContent).toContain('The incident list could not be shown.');
    expect(alert.textContent).toContain('Objects are not valid as a React child');
    for (const name of ['Reset this panel', 'Export my data', 'Clear stored data…'])
      expect(within(alert).getByRole('button', { name })).toBeTruthy();
    expect(screen.getByText('The map is still here')).toBeTruthy();
  });

  it('Reset this panel mounts the part afresh', async () => {
    render(<Page recovery={actions()} />);
    const before = mounts;
    broken = false;
    await userEvent.click(screen.getByRole('button', { name: 'Reset this panel' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText(`Panel content, mount ${before + 1}`)).toBeTruthy();
  });

  it('a reset that fails again shows the message again', async () => {
    render(<Page recovery={actions()} />);
    await userEvent.click(screen.getByRole('button', { name: 'Reset this panel' }));
    expect(screen.getByRole('alert').textContent).toContain('could not be shown');
  });

  it('Export my data runs the export and says what it saved', async () => {
    const recovery = actions();
    render(<Page recovery={recovery} />);
    await userEvent.click(screen.getByRole('button', { name: 'Export my data' }));
    expect(recovery.exportData).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(screen.getByRole('status').textContent).not.toBe('Preparing the export…'));
    expect(screen.getByRole('status').textContent).toBe(
      'Saved incident-atlas-my-data.geojson: 3 incidents from 1 imported dataset.',
    );
  });

  it('Clear stored data asks first, and clears only when confirmed', async () => {
    const recovery = actions();
    render(<Page recovery={recovery} />);
    await userEvent.click(screen.getByRole('button', { name: 'Clear stored data…' }));
    const confirm = screen.getByRole('group', { name: 'Clear stored data?' });
    expect(confirm.textContent).toContain('deletes every dataset imported into this browser');
    await userEvent.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(recovery.clearStoredData).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Clear stored data…' }));
    await userEvent.click(screen.getByRole('button', { name: 'Delete stored data and reload' }));
    expect(recovery.clearStoredData).toHaveBeenCalledTimes(1);
  });

  it('says so when clearing waits for another tab, or fails', async () => {
    const recovery = actions();
    let fail: (e: Error) => void = () => {};
    recovery.clearStoredData.mockImplementation((onWaiting: (m: string) => void) => {
      onWaiting('Waiting for other Incident Atlas tabs to close.');
      return new Promise((_, reject) => (fail = reject));
    });
    render(<Page recovery={recovery} />);
    await userEvent.click(screen.getByRole('button', { name: 'Clear stored data…' }));
    await userEvent.click(screen.getByRole('button', { name: 'Delete stored data and reload' }));
    expect(screen.getByRole('status').textContent).toBe('Waiting for other Incident Atlas tabs to close.');
    await act(async () => fail(new Error('UnknownError')));
    expect(screen.getByRole('status').textContent).toMatch(/^Stored data could not be cleared/);
  });

  it('tries the part again when its reset key changes (e.g. another incident is selected)', () => {
    const recovery = actions();
    const view = render(
      <ErrorBoundary what="The incident details" actions={recovery} resetKey="a">
        <Fragile />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toBeTruthy();
    broken = false;
    view.rerender(
      <ErrorBoundary what="The incident details" actions={recovery} resetKey="b">
        <Fragile />
      </ErrorBoundary>,
    );
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText(/Panel content/)).toBeTruthy();
  });
});
