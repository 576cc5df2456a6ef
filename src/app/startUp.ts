/**
 * Start-up, in the order that keeps shared links working: the bundled dataset, then what this
 * browser stored (imports), and only then the link's state, so that a link to an imported
 * incident, or a window over imported dates, finds them. A step that fails says so in a notice
 * and the page still opens: no stored record, slow storage or bug in one step can leave it blank.
 */
import type { AppStore } from '../store/appStore';
import type { BundledDataset } from '../data/loadBundledDataset';

export interface StartUpSteps {
  loadDataset: () => Promise<BundledDataset>;
  bindTheme: (store: AppStore) => unknown;
  /** Resolves once stored imports are in the store. */
  restoreImports: (store: AppStore) => Promise<unknown>;
  bindUrl: (store: AppStore) => unknown;
  bindPlayback: (store: AppStore) => unknown;
}

/** How long the link waits for stored imports before it is applied without them. */
export const RESTORE_WAIT_MS = 10_000;

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 200);

/** Resolves with 'done', 'timeout' or the error; never rejects. */
function settle(promise: Promise<unknown>, ms: number): Promise<'done' | 'timeout' | { error: unknown }> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve('timeout'), ms);
    promise.then(
      () => resolve('done'),
      (error: unknown) => resolve({ error }),
    );
    void promise.finally(() => clearTimeout(timer)).catch(() => {});
  });
}

export async function startUp(store: AppStore, steps: StartUpSteps, restoreWaitMs = RESTORE_WAIT_MS): Promise<void> {
  const notice = (message: string) => store.getState().addNotice(message);
  const attempt = (what: string, step: () => unknown) => {
    try {
      step();
    } catch (error) {
      notice(`${what} failed (${describe(error)}); the rest of the app still works.`);
    }
  };

  try {
    const { contextProblems, ...dataset } = await steps.loadDataset();
    store.getState().setDataset(dataset);
    contextProblems.forEach((problem) => notice(`Context layer skipped: ${problem}`));
  } catch (error) {
    notice(`The bundled dataset could not be loaded (${describe(error)}); you can still import your own.`);
  }
  attempt('Applying the theme', () => steps.bindTheme(store));

  let restoring: Promise<unknown>;
  try {
    restoring = steps.restoreImports(store);
  } catch (error) {
    restoring = Promise.reject(error);
  }
  const restored = await settle(restoring, restoreWaitMs);
  if (restored === 'timeout')
    notice(
      'Data imported earlier is taking long to load from this browser; a link to it may not open until you reload.',
    );
  else if (restored !== 'done')
    notice(`Data imported earlier could not be loaded from this browser (${describe(restored.error)}).`);

  attempt('Opening the link', () => steps.bindUrl(store));
  attempt('Playback', () => steps.bindPlayback(store));
}
