/** One verbatim excerpt as a blockquote, with its source and a button to read it in context. */
import type { Excerpt } from '../data/schema';
import { useAppStore } from '../store/appStore';
import { formatDayRange, toDayNumber } from '../lib/days';

export function ExcerptBlock({ incidentId, index, excerpt }: { incidentId: string; index: number; excerpt: Excerpt }) {
  const source = useAppStore((s) => s.sources.get(excerpt.source));
  const openSource = useAppStore((s) => s.openSource);
  const imported = useAppStore((s) => s.importedSources.get(excerpt.source));
  const archived = useAppStore((s) => s.sourceTexts.has(excerpt.source));
  const published = source
    ? formatDayRange(toDayNumber(source.published.date), toDayNumber(source.published.end ?? source.published.date))
    : '';
  return (
    <figure className="excerpt">
      <blockquote>{excerpt.quote}</blockquote>
      <figcaption>
        {imported ? (
          <>
            <span className="outlet">{imported.outlet ?? 'Imported'}</span>
            {' · '}from {imported.fileName}, {imported.unit} {imported.row} · not checked against an archived text
            {imported.url && (
              <>
                {' '}
                ·{' '}
                <a href={imported.url} target="_blank" rel="noopener noreferrer nofollow">
                  cited page
                </a>
              </>
            )}
          </>
        ) : source ? (
          <>
            <span className="outlet">
              {source.outlet}
              {source.carries ? ` (${source.carries})` : ''}
            </span>
            {' · '}
            <cite>{source.headline}</cite>
            {source.dateline ? ` · ${source.dateline}` : ''}
            {' · '}
            {published}
            {source.published.precision !== 'day' ? ` (${source.published.precision})` : ''}
          </>
        ) : (
          <span>Unknown source “{excerpt.source}”</span>
        )}
        {archived && (
          <button type="button" className="link-button" onClick={() => openSource(incidentId, index)}>
            Read in context
          </button>
        )}
      </figcaption>
    </figure>
  );
}
