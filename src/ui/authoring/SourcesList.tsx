/** "Sources": every article added in this browser, with its outlet, date, SHA-256 and accepted count. */
import { appStore, useAppStore } from '../../store/appStore';
import { reviewArticle } from '../../io/extractReview';

export default function SourcesList() {
  const articles = useAppStore((s) => s.articles);
  const sets = useAppStore((s) => s.importedSets);
  return (
    <section className="imported-layers" aria-labelledby="sources-heading">
      <h2 id="sources-heading">Sources</h2>
      <ul className="plain-list">
        {articles.map((a) => (
          <li key={a.id} className="imported-layer" data-testid={`article-${a.id}`}>
            <span className="toggle-label">{a.headline}</span>
            <span className="hint">
              {a.outlet} · {a.published.date} · {sets.find((s) => s.id === a.setId)?.count ?? 0} accepted · SHA-256{' '}
              {a.sha256.slice(0, 12)}…
            </span>
            <button
              type="button"
              className="link-button"
              aria-label={`Review drafts of ${a.headline}`}
              onClick={() => void reviewArticle(appStore, a.id)}
            >
              Review drafts
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
