/**
 * "A new version is ready — Reload": shown when the service worker has installed a newer build,
 * so the app never changes under the user. Reload hands over to it and reloads the page; until
 * then the open version keeps working, online or not.
 */
import { useSyncExternalStore } from 'react';
import { serviceWorkerUpdates } from '../io/serviceWorkerUpdates';
import './UpdatePrompt.css';

export function UpdatePrompt() {
  const ready = useSyncExternalStore(serviceWorkerUpdates.subscribe, serviceWorkerUpdates.isReady);
  if (!ready) return null;
  return (
    <div className="update-prompt" role="status" aria-label="Update">
      <span>A new version is ready</span>
      <span aria-hidden="true">—</span>
      <button type="button" className="update-prompt-reload" onClick={() => serviceWorkerUpdates.applyUpdate()}>
        Reload
      </button>
    </div>
  );
}
