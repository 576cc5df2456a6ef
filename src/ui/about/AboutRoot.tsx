/**
 * "About this data" is loaded the first time it is opened, as its own chunk, so the first paint
 * does not carry its text and tables (the first-paint JS budget is 400 kB gzip).
 */
import { lazy, Suspense } from 'react';
import { useAppStore } from '../../store/appStore';

const AboutData = lazy(() => import('./AboutData').then((m) => ({ default: m.AboutData })));

export function AboutRoot() {
  const open = useAppStore((s) => s.aboutOpen);
  if (!open) return null;
  return (
    <Suspense fallback={null}>
      <AboutData />
    </Suspense>
  );
}
