/**
 * On a phone the panels (time control, details, search, filters, list) share one bottom sheet
 * that snaps between peek (the time control), half and full. Drag its handle, or tap or press it to cycle;
 * arrow keys on the handle step up and down. On wider screens the sheet has `display: contents`
 * and its children take their places in the page grid, so DOM order (and tab order) stays
 * search → filters → time → list → details everywhere.
 */
import {
  useEffect,
  useLayoutEffect,
  useRef,
  type KeyboardEvent,
  type MouseEvent,
  type PointerEvent,
  type ReactNode,
} from 'react';
import { appStore, useAppStore } from '../../store/appStore';
import type { SheetSnap } from '../../store/types';
import { nearestSnap, SNAP_ORDER } from './sheetSnaps';

const WORDS: Record<SheetSnap, string> = { peek: 'time control only', half: 'half the screen', full: 'full screen' };
const DRAG_SLOP_PX = 6;

export function BottomSheet({ children }: { children: ReactNode }) {
  const snap = useAppStore((s) => s.sheetSnap);
  const setSnap = useAppStore((s) => s.setSheetSnap);
  const hasDetails = useAppStore((s) => s.selectedId !== null);
  const sheetRef = useRef<HTMLDivElement>(null);
  const drag = useRef<{ startY: number; startH: number; moved: boolean } | null>(null);

  // Opening details lifts a peeking sheet; closing them leaves the sheet where the user put it.
  // The snap is read at that moment, not depended on, so a user's later drag is never undone.
  useEffect(() => {
    if (hasDetails && appStore.getState().sheetSnap === 'peek') setSnap('half');
  }, [hasDetails, setSnap]);

  useLayoutEffect(() => peekFollowsTimeBar(sheetRef.current), []);

  const onPointerDown = (e: PointerEvent<HTMLButtonElement>) => {
    const sheet = sheetRef.current;
    if (!sheet) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { startY: e.clientY, startH: sheet.getBoundingClientRect().height, moved: false };
  };
  const onPointerMove = (e: PointerEvent<HTMLButtonElement>) => {
    const d = drag.current;
    const sheet = sheetRef.current;
    if (!d || !sheet?.parentElement) return;
    const dy = e.clientY - d.startY;
    if (Math.abs(dy) > DRAG_SLOP_PX) d.moved = true;
    if (!d.moved) return;
    const height = Math.min(sheet.parentElement.clientHeight, Math.max(0, d.startH - dy));
    sheet.style.height = `${height}px`;
    sheet.dataset.dragging = 'true';
  };
  const cycle = () => setSnap(SNAP_ORDER[(SNAP_ORDER.indexOf(snap) + 1) % SNAP_ORDER.length]);
  const onPointerUp = (e: PointerEvent<HTMLButtonElement>) => {
    const d = drag.current;
    const sheet = sheetRef.current;
    drag.current = null;
    if (!d || !sheet?.parentElement) return;
    // A tap cycles here rather than on click: after a touch drag, browsers do not always send the next tap's click.
    if (!d.moved) {
      if (e.type === 'pointerup') cycle();
      return;
    }
    const height = sheet.getBoundingClientRect().height;
    const peek = parseFloat(getComputedStyle(sheet).getPropertyValue('--peek-h')) || 0;
    sheet.style.height = '';
    delete sheet.dataset.dragging;
    setSnap(nearestSnap(height, peek, sheet.parentElement.clientHeight));
  };
  /** Keyboard activation (Enter or Space) arrives as a click with no pointer behind it. */
  const onClick = (e: MouseEvent<HTMLButtonElement>) => {
    if (e.detail === 0) cycle();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>) => {
    const step = e.key === 'ArrowUp' ? 1 : e.key === 'ArrowDown' ? -1 : 0;
    if (!step) return;
    e.preventDefault();
    const index = Math.min(SNAP_ORDER.length - 1, Math.max(0, SNAP_ORDER.indexOf(snap) + step));
    setSnap(SNAP_ORDER[index]);
  };

  return (
    <div
      className="sheet"
      ref={sheetRef}
      data-snap={snap}
      data-details={hasDetails ? 'true' : undefined}
      data-testid="sheet"
    >
      <button
        type="button"
        className="sheet-handle"
        aria-label={`Panel size: ${WORDS[snap]}. Press to change, or use the up and down arrows.`}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
        onClick={onClick}
        onKeyDown={onKeyDown}
      >
        <span className="sheet-grip" aria-hidden="true" />
      </button>
      {children}
    </div>
  );
}

/** The peek is the handle plus the time bar, however tall the time bar wraps; the map's bottom controls sit above it. */
function peekFollowsTimeBar(sheet: HTMLElement | null): (() => void) | undefined {
  const timeBar = sheet?.querySelector<HTMLElement>('.time-bar');
  const handle = sheet?.querySelector<HTMLElement>('.sheet-handle');
  const main = sheet?.parentElement;
  if (!timeBar || !handle || !main) return undefined;
  const update = () => {
    if (handle.offsetHeight === 0) main.style.removeProperty('--peek-h');
    else main.style.setProperty('--peek-h', `${handle.offsetHeight + timeBar.offsetHeight}px`);
  };
  const observer = new ResizeObserver(update);
  observer.observe(timeBar);
  observer.observe(handle);
  // No first update() here: the observer reports both sizes after layout and before paint,
  // where reading offsetHeight now would force a layout of the whole page inside this render.
  return () => observer.disconnect();
}
