/**
 * The archived source text with the excerpt highlighted and scrolled into view. Text only: nothing
 * is parsed as HTML. Selecting text offers to quote it (the toolbar is its own chunk, loaded then).
 */
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useAppStore } from '../store/appStore';
import { formatDayRange, toDayNumber } from '../lib/days';

const QuoteToolbar = lazy(() => import('./authoring/QuoteToolbar'));

export function SourceViewer() {
  const reading = useAppStore((s) => s.reading);
  const incident = useAppStore((s) => (reading ? s.incidents.find((i) => i.id === reading.incidentId) : undefined));
  const sources = useAppStore((s) => s.sources);
  const texts = useAppStore((s) => s.sourceTexts);
  const closeSource = useAppStore((s) => s.closeSource);
  const articles = useAppStore((s) => s.articles);
  const markRef = useRef<HTMLElement>(null);
  const dialogRef = useRef<HTMLDivElement>(null);
  const opener = useRef<Element | null>(null);
  // The text box once something in it was selected, for the excerpt being read then.
  const [selecting, setSelecting] = useState<{ box: HTMLElement; for: unknown } | null>(null);

  const excerpt = reading && incident ? incident.feature.properties.excerpts[reading.excerpt] : undefined;

  useEffect(() => {
    if (!excerpt) return;
    opener.current = document.activeElement;
    markRef.current?.scrollIntoView({ block: 'center' });
    dialogRef.current?.focus({ preventScroll: true });
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      // Taken: the details panel's own Escape (which deselects) leaves this one alone, whichever listens first.
      event.preventDefault();
      close();
    };
    const close = () => {
      closeSource();
      if (opener.current instanceof HTMLElement) opener.current.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [excerpt, closeSource]);

  if (!excerpt) return null;
  const source = sources.get(excerpt.source);
  const text = texts.get(excerpt.source) ?? '';
  // An article added in this browser is read like a bundled one: its text and record are in the catalogue.
  const added = articles.some((a) => a.id === excerpt.source);
  const noticeSelection = (e: { currentTarget: HTMLElement }) => {
    if (window.getSelection()?.isCollapsed === false) setSelecting({ box: e.currentTarget, for: excerpt });
  };
  const found = text.slice(excerpt.offset, excerpt.offset + excerpt.quote.length) === excerpt.quote;
  const start = found ? excerpt.offset : -1;
  const close = () => {
    closeSource();
    if (opener.current instanceof HTMLElement) opener.current.focus();
  };

  return (
    <div className="source-backdrop" onClick={close}>
      <div
        ref={dialogRef}
        className="source-viewer"
        role="dialog"
        aria-modal="true"
        aria-label={`Source: ${source?.headline ?? excerpt.source}`}
        tabIndex={-1}
        onClick={(e) => e.stopPropagation()}
      >
        <header className="source-header">
          <div>
            <p className="outlet">
              {source?.outlet}
              {source?.carries ? ` (${source.carries})` : ''} · {source?.dateline ?? 'no dateline'} ·{' '}
              {source &&
                formatDayRange(
                  toDayNumber(source.published.date),
                  toDayNumber(source.published.end ?? source.published.date),
                )}
            </p>
            <h2>{source?.headline}</h2>
            <p className="basis">
              {added
                ? `Archived in this browser when added (${source?.archive.cleaning})`
                : `Archived text: data/sources/${excerpt.source}.txt`}{' '}
              · SHA-256 {source?.sha256.slice(0, 16)}…
            </p>
          </div>
          <button type="button" className="close-button" aria-label="Close source" onClick={close}>
            ×
          </button>
        </header>
        {!found && (
          <p className="notice notice-error">
            This excerpt was not found at its recorded position in the archived text.
          </p>
        )}
        {selecting?.for === excerpt && reading && (
          <Suspense fallback={null}>
            <QuoteToolbar
              container={selecting.box}
              sourceId={excerpt.source}
              text={text}
              incidentId={reading.incidentId}
              incidentTitle={incident?.feature.properties.title ?? ''}
            />
          </Suspense>
        )}
        <div
          className="source-text"
          data-testid="source-text"
          tabIndex={0}
          aria-label="Article text"
          onMouseUp={noticeSelection}
          onKeyUp={noticeSelection}
        >
          {start >= 0 ? (
            <>
              {text.slice(0, start)}
              <mark ref={markRef} data-testid="source-highlight">
                {excerpt.quote}
              </mark>
              {text.slice(start + excerpt.quote.length)}
            </>
          ) : (
            text
          )}
        </div>
      </div>
    </div>
  );
}
