import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/600.css';
import './ui/theme.css';
import './ui/styles.css';
import './ui/layout.css';
import { appStore } from './store/appStore';
import { loadDataset } from './io/loadDataset';
import { App } from './app/App';
import { bindUrl } from './io/bindUrl';
import { bindPlayback } from './app/playback';
import { bindTheme } from './app/bindTheme';
import { startUp } from './app/startUp';
import { registerServiceWorker } from './io/serviceWorkerUpdates';

// A briefing link's hash is read before the app writes its own state into the address.
const openingHash = window.location.hash;
// The dataset is parsed and checked in a worker while this page's JavaScript starts; stored
// imports are restored before the link is applied, so that links to them keep working.
await startUp(appStore, {
  loadDataset,
  bindTheme,
  restoreImports: (store) =>
    Promise.all([
      // Stored imports (their own chunk too: the first paint does not carry the storage code).
      import('./io/persistImports').then((m) => m.restoreImports(store)),
      import('./io/storage/articles/persistArticles').then((m) => m.restoreArticles(store)),
      // Local edits of incidents, laid over them, and the undo appliers (loaded off the first paint).
      import('./io/storage/edits/bindEditStorage').then((m) => m.bindEditStorage(store)),
    ]),
  bindUrl,
  bindPlayback,
});
// Grade overrides the analyst made earlier (storage failures are said in the section itself).
// Grade overrides stored earlier (their own chunk, like the other stores read at start).
void import('./io/storage/grades/bindGradeStorage').then((m) => m.bindGradeStorage(appStore));
// Briefings stored earlier, then the one a link holds (both their own chunks).
void import('./io/storage/briefings/bindBriefingStorage')
  .then((m) => m.bindBriefingStorage(appStore))
  .then(() => (openingHash.includes('briefing=') ? import('./io/briefingLink') : null))
  .then((m) => m?.openBriefingFromHash(appStore, openingHash));
// Decisions on possible duplicates: merges are applied to the list as soon as they are read.
void import('./io/storage/duplicates/bindDuplicateStorage').then((m) => m.bindDuplicateStorage(appStore));

const container = document.getElementById('root')!;
createRoot(container, { onUncaughtError: (error) => showFatalError(container, error) }).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
// The offline copy: precached in the background; a newer build waits for the user's Reload.
registerServiceWorker();

/**
 * The last net: an error that even the page's own error boundary could not catch (React then
 * unmounts everything). Written with plain DOM text, no React, so that the page is never blank.
 */
function showFatalError(root: HTMLElement, error: unknown): void {
  console.error(error);
  // React empties the root after reporting; write once it has.
  setTimeout(() => {
    if (root.childElementCount > 0) return;
    const box = document.createElement('section');
    box.className = 'panel-failure page';
    box.setAttribute('role', 'alert');
    const title = document.createElement('p');
    title.append(
      Object.assign(document.createElement('strong'), { textContent: 'Incident Atlas could not be shown.' }),
    );
    const detail = document.createElement('p');
    detail.textContent = `It failed with: ${error instanceof Error ? error.message : String(error)}`.slice(0, 400);
    const reload = Object.assign(document.createElement('button'), { type: 'button', className: 'secondary-button' });
    reload.textContent = 'Reload the page';
    reload.addEventListener('click', () => window.location.reload());
    box.append(title, detail, reload);
    root.append(box);
  }, 0);
}
