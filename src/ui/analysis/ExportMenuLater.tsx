/**
 * The Export menu, loaded just after the first paint: its button is drawn at once (inert for the
 * few milliseconds until its code arrives), so the first paint does not carry the menu, its
 * counts and its descriptions (scripts/checkDist.ts holds the first paint to 400 kB gzip).
 */
import { lazy, Suspense } from 'react';

const ExportMenu = lazy(() => import('./ExportMenu').then((m) => ({ default: m.ExportMenu })));

function ExportButtonWhileLoading() {
  return (
    <div className="popover popover-down map-export">
      <button type="button" className="popover-button" disabled aria-haspopup="menu">
        Export
        <span className="caret" aria-hidden="true">
          ▾
        </span>
      </button>
    </div>
  );
}

export function ExportMenuLater() {
  return (
    <Suspense fallback={<ExportButtonWhileLoading />}>
      <ExportMenu />
    </Suspense>
  );
}
