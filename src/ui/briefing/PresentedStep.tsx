/**
 * The step being presented: its number, its caption (plain text, line breaks kept) and the
 * excerpts it cites, with Previous, Next, Autoplay and Stop. ←/→ move between steps anywhere on
 * the page except where those keys already mean something (a text field, a slider). Autoplay
 * stays on each step for its own number of seconds and stops at the last.
 */
import { useEffect, useRef } from 'react';
import { appStore, useAppStore } from '../../store/appStore';
import { selectOpenBriefing, selectPresentedStep } from '../../store/briefingSlice';
import { CitedExcerpts } from './CitedExcerpts';
import './briefing.css';

/** Keys that a focused control uses itself. */
const ownsArrows = (el: Element | null) =>
  el instanceof HTMLElement &&
  (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName) || el.getAttribute('role') === 'slider');

export default function PresentedStep() {
  const step = useAppStore(selectPresentedStep);
  const index = useAppStore((s) => s.presenting?.index ?? 0);
  const seq = useAppStore((s) => s.presenting?.seq ?? 0);
  const count = useAppStore((s) => selectOpenBriefing(s)?.steps.length ?? 0);
  const title = useAppStore((s) => selectOpenBriefing(s)?.title ?? '');
  const autoplay = useAppStore((s) => s.autoplay);
  const { present, stopPresenting, setAutoplay } = appStore.getState();
  const next = useRef<HTMLButtonElement>(null);
  const section = useRef<HTMLElement>(null);

  // When presenting starts from a control that has gone (the closed panel), the focus comes here.
  // On a phone the step sits in the bottom sheet: a peeking sheet opens to half so the caption shows.
  useEffect(() => {
    if (!document.activeElement || document.activeElement === document.body) next.current?.focus();
    if (appStore.getState().sheetSnap === 'peek' && section.current?.closest('.sheet') && section.current.offsetParent)
      appStore.getState().setSheetSnap('half');
  }, []);
  useEffect(() => {
    // A block, not an expression: newer browsers return a promise from scrollIntoView, which is no cleanup.
    section.current?.scrollIntoView?.({ block: 'nearest' });
  }, [seq]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || ownsArrows(document.activeElement)) return;
      const i = appStore.getState().presenting?.index;
      if (i === undefined) return;
      if (e.key === 'ArrowRight') present(i + 1);
      else if (e.key === 'ArrowLeft') present(i - 1);
      else if (e.key === 'Escape') stopPresenting();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [present, stopPresenting]);

  useEffect(() => {
    if (!autoplay || !step) return;
    const timer = window.setTimeout(() => {
      if (index + 1 < count) present(index + 1);
      else setAutoplay(false);
    }, step.seconds * 1000);
    return () => window.clearTimeout(timer);
  }, [autoplay, step, index, count, seq, present, setAutoplay]);

  if (!step) return null;
  return (
    <section ref={section} className="presented-step" aria-label="Presented step" data-testid="presented-step">
      <div className="presented-step-head">
        <span className="presented-step-count">
          {title} · Step {index + 1} of {count}
          {step.view.camera ? '' : ' · no location'}
        </span>
        <div className="presented-step-actions">
          <button type="button" className="secondary-button" onClick={() => present(index - 1)} disabled={index === 0}>
            <span aria-hidden="true">←</span> Previous step
          </button>
          <button
            ref={next}
            type="button"
            className="secondary-button"
            onClick={() => present(index + 1)}
            disabled={index + 1 >= count}
          >
            Next step <span aria-hidden="true">→</span>
          </button>
          <button
            type="button"
            className="secondary-button"
            aria-pressed={autoplay}
            onClick={() => setAutoplay(!autoplay)}
            title={`Each step for its own time (this one ${step.seconds} s)`}
          >
            Autoplay
          </button>
          <button type="button" className="secondary-button" onClick={stopPresenting}>
            Stop presenting
          </button>
        </div>
      </div>
      <p className="presented-caption" data-testid="presented-caption">
        {step.caption || 'No caption'}
      </p>
      <CitedExcerpts cited={step.cited} />
    </section>
  );
}
