/**
 * The article text with the words behind each field of the selected draft in <mark> elements,
 * built from offsets (never from HTML), each naming the fields it supports. The first mark is
 * scrolled into view when the draft changes.
 */
import { useEffect, useMemo, useRef } from 'react';
import { EVIDENCE_WORDS, segmentsOf, type EvidenceSpan } from './evidenceSpans';

export function HighlightedText({ text, spans, label }: { text: string; spans: EvidenceSpan[]; label: string }) {
  const segments = useMemo(() => segmentsOf(text.length, spans), [text, spans]);
  const first = useRef<HTMLElement>(null);
  useEffect(() => {
    first.current?.scrollIntoView?.({ block: 'center' });
  }, [spans]);
  const firstMarked = segments.findIndex((s) => s.kinds.length > 0);
  return (
    <div className="source-text review-text" data-testid="review-text" tabIndex={0} role="region" aria-label={label}>
      {segments.map((s, i) => {
        const words = text.slice(s.start, s.end);
        if (s.kinds.length === 0) return words;
        return (
          <mark
            key={s.start}
            ref={i === firstMarked ? first : undefined}
            className={s.kinds.map((k) => `ev-${k}`).join(' ')}
            data-kinds={s.kinds.join(' ')}
            title={s.kinds.map((k) => EVIDENCE_WORDS[k]).join(', ')}
          >
            {words}
          </mark>
        );
      })}
    </div>
  );
}
