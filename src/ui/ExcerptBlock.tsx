/**
 * One verbatim excerpt as a blockquote, with its source and a button to read it in context.
 * A quote is shown as a bundled article's only when it is verbatim in that article's archived
 * text, at its offset: then nothing an import wrote (even under the article's id, as imports
 * stored before source namespaces could) relabels it. An imported quote says where it came from
 * and that it was not checked; a quote citing a bundled article it is not in says so.
 */
import type { Excerpt } from '../data/schema';
import type { Source } from '../data/sourceCatalog';
import { useAppStore } from '../store/appStore';
import { formatDayRange, toDayNumber } from '../lib/days';

function BundledCaption({ source }: { source: Source }) {
  const published = formatDayRange(
    toDayNumber(source.published.date),
    toDayNumber(source.published.end ?? source.published.date),
  );
  return (
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
  );
}

export function ExcerptBlock({ incidentId, index, excerpt }: { incidentId: string; index: number; excerpt: Excerpt }) {
  const source = useAppStore((s) => s.sources.get(excerpt.source));
  const openSource = useAppStore((s) => s.openSource);
  const imported = useAppStore((s) => s.importedSources.get(excerpt.source));
  const verbatim = useAppStore(
    (s) =>
      s.sourceTexts.get(excerpt.source)?.slice(excerpt.offset, excerpt.offset + excerpt.quote.length) === excerpt.quote,
  );
  return (
    <figure className="excerpt">
      <blockquote>{excerpt.quote}</blockquote>
      <figcaption>
        {source && verbatim ? (
          <BundledCaption source={source} />
        ) : imported ? (
          <>
            <span className="outlet">{imported.outlet ?? 'Imported'}</span>
            {' · '}from {imported.fileName}, {imported.unit} {imported.row}
            {imported.cited ? `, which cites “${imported.cited}”` : ''} · not checked against an archived text
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
            <BundledCaption source={source} />
            {' · '}not found in its archived text
          </>
        ) : (
          <span>Unknown source “{excerpt.source}”</span>
        )}
        {verbatim && (
          <button type="button" className="link-button" onClick={() => openSource(incidentId, index)}>
            Read in context
          </button>
        )}
      </figcaption>
    </figure>
  );
}
