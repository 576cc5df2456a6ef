/**
 * The review of one article: its "Draft incidents" beside its text. Selecting a draft marks the
 * words behind each of its fields in the text; the selected draft's panel (./DraftPanel) corrects, merges
 * and decides it. Stacked on phones. While a draft is placed on the map the review steps aside.
 */
import { useId, useMemo, useRef } from 'react';
import { useAppStore } from '../../store/appStore';
import { DATE_PRECISION_WORDS } from '../../data/vocabulary';
import { evidenceOf, EVIDENCE_WORDS, type EvidenceKind } from './evidenceSpans';
import { HighlightedText } from './HighlightedText';
import { DraftPanel } from './DraftPanel';
import { closeReview as close } from './reviewActions';
import { useModal } from './useModal';

const PROGRESS = {
  'loading places': 'Loading the gazetteer (once per visit)…',
  'finding incidents': 'Finding incidents in the text…',
};

export function ReviewView() {
  const id = useId();
  const box = useRef<HTMLDivElement>(null);
  const review = useAppStore((s) => s.review);
  const article = useAppStore((s) => s.articles.find((a) => a.id === s.review?.articleId));
  const patch = useAppStore((s) => s.patchReview);
  useModal(box, close);
  const selected = review?.drafts.find((d) => d.id === review.selectedDraft) ?? null;
  const spans = useMemo(() => (selected ? evidenceOf(selected) : []), [selected]);
  if (!review || !article) return null;

  const status =
    review.state === 'ready'
      ? `${review.drafts.length} draft incident${review.drafts.length === 1 ? '' : 's'} found`
      : review.state === 'failed'
        ? `Finding incidents failed: ${review.reason ?? 'no reason given'}. The article is stored; try again from Sources.`
        : PROGRESS[review.state];

  return (
    <div className="authoring-backdrop">
      <div
        ref={box}
        tabIndex={-1}
        className="review-view"
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
      >
        <header className="authoring-header">
          <div>
            <p className="outlet">
              {article.outlet} · {article.published.date} · SHA-256 {article.sha256.slice(0, 16)}…
            </p>
            <h2 id={`${id}-title`}>{article.headline}</h2>
            <p role="status" className="hint" data-testid="review-status">
              {status}
            </p>
          </div>
          <button type="button" className="close-button" aria-label="Close review" onClick={close}>
            ×
          </button>
        </header>
        {review.state === 'ready' && review.drafts.length === 0 && (
          <p className="notice notice-error review-empty">
            No draft incidents were found: no sentence names an event with a place the gazetteer knows. The article is
            stored and listed under Sources.
          </p>
        )}
        <div className="review-body">
          <section className="review-drafts" aria-labelledby={`${id}-drafts`}>
            <h3 id={`${id}-drafts`}>Draft incidents</h3>
            <ul className="plain-list draft-list" aria-labelledby={`${id}-drafts`}>
              {review.drafts.map((d) => (
                <li key={d.id}>
                  <button
                    type="button"
                    className="draft-item"
                    aria-pressed={d.id === review.selectedDraft}
                    onClick={() => patch(review.articleId, { selectedDraft: d.id })}
                  >
                    <span className="item-title">{d.title}</span>
                    <span className="hint">
                      {d.when.start} ({DATE_PRECISION_WORDS[d.when.precision]})
                      {d.where ? ` · “${d.where.asWritten}”` : ''}
                      {review.decisions[d.id] ? ` · ${review.decisions[d.id]}` : ''}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
            {selected && <DraftPanel draft={selected} review={review} article={article} />}
          </section>
          <section className="review-source" aria-label="The article, with the selected draft’s evidence marked">
            <p className="evidence-legend" aria-hidden="true">
              {(Object.keys(EVIDENCE_WORDS) as EvidenceKind[]).map((k) => (
                <span key={k} className={`ev-key ev-${k}`}>
                  {EVIDENCE_WORDS[k]}
                </span>
              ))}
            </p>
            <HighlightedText text={article.text} spans={spans} label="Article text" />
          </section>
        </div>
      </div>
    </div>
  );
}
