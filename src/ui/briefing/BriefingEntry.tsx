/**
 * The entry points to briefings that are always on the page: the Briefings button in the header,
 * the place of the Briefings panel over the map, and the place of the presented step's caption
 * (over the map on wide screens, in the bottom sheet on phones). The panel and the caption are
 * their own chunks, loaded the first time they are needed, so first paint does not carry them.
 */
import { lazy, Suspense } from 'react';
import { useAppStore } from '../../store/appStore';

const BriefingPanel = lazy(() => import('./BriefingPanel'));
const PresentedStep = lazy(() => import('./PresentedStep'));

/** `where`: the header on wide screens; on phones, whose header is full, the top of the panels in the sheet. */
export function BriefingsButton({ className = 'header-button' }: { className?: string }) {
  const open = useAppStore((s) => s.briefingPanelOpen);
  const setOpen = useAppStore((s) => s.setBriefingPanelOpen);
  return (
    <button
      type="button"
      className={className}
      aria-expanded={open}
      aria-controls={open ? 'briefing-panel' : undefined}
      onClick={() => setOpen(!open)}
    >
      Briefings
    </button>
  );
}

export function BriefingPanelSlot() {
  const open = useAppStore((s) => s.briefingPanelOpen);
  if (!open) return null;
  return (
    <Suspense fallback={null}>
      <BriefingPanel />
    </Suspense>
  );
}

/** Where the presented step shows: first in the bottom sheet, so that on a phone it sits above the time control. */
export function PresentedStepSlot() {
  const presenting = useAppStore((s) => s.presenting !== null);
  if (!presenting) return null;
  return (
    <Suspense fallback={null}>
      <PresentedStep />
    </Suspense>
  );
}
