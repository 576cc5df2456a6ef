/** "Possible duplicates", collapsible beside the filters; the list (and the search for pairs) loads when first opened. */
import { lazy, Suspense, useState } from 'react';

const DuplicatesList = lazy(() => import('./DuplicatesList').then((m) => ({ default: m.DuplicatesList })));

export function DuplicatesPanel() {
  const [opened, setOpened] = useState(false);
  return (
    <details className="duplicates-panel" onToggle={(e) => e.currentTarget.open && setOpened(true)}>
      <summary>Possible duplicates</summary>
      {opened && (
        <Suspense fallback={<p className="hint">Looking for pairs…</p>}>
          <DuplicatesList />
        </Suspense>
      )}
    </details>
  );
}
