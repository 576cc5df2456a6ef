/**
 * The source ids of a feature in our schema, claimed for the import it comes from. An import may
 * write only its own source ids, `${datasetId}-` and a suffix without hyphens (so that no other
 * import's id, `${otherId}-r5`, can ever equal one), and never a bundled article's. A quote that
 * cites a bundled article keeps that citation only when it is verbatim in the article's archived
 * text (at the offset where it really is); every other citation becomes an imported, unchecked
 * source of this file that remembers the id the file gave. The provenance is worked out here, never
 * taken from the file: "verbatim" when every excerpt is verbatim in a bundled article, else "quoted".
 */
import type { IncidentFeature } from '../schema';
import { quoted } from './echo';
import type { ImportedSource, ImportUnit, RowProblem } from './types';

export interface SourceContext {
  datasetId: string;
  fileName: string;
  /** The archived text of each bundled source, by id. */
  bundledTexts?: ReadonlyMap<string, string>;
}

/** Whether a source key is one this dataset may write. */
export const inNamespace = (key: string, datasetId: string): boolean =>
  key.startsWith(`${datasetId}-`) && /^[a-z0-9]+$/.test(key.slice(datasetId.length + 1));

export interface Claimed {
  feature: IncidentFeature;
  sources: Record<string, ImportedSource>;
  notes: RowProblem[];
}

export function claimSources(feature: IncidentFeature, row: number, unit: ImportUnit, ctx: SourceContext): Claimed {
  const sources: Record<string, ImportedSource> = {};
  const notes: RowProblem[] = [];
  /** What each id the file cites became: kept (a verified bundled article) or a key of this import. */
  const became = new Map<string, string>();
  const claim = (cited: string, key: string) => {
    sources[key] = { fileName: ctx.fileName, unit, row, cited };
    if (!became.has(cited)) became.set(cited, key);
    return key;
  };
  let checked = 0;
  const excerpts = feature.properties.excerpts.map((excerpt, k) => {
    const text = ctx.bundledTexts?.get(excerpt.source);
    if (text !== undefined) {
      const article = quoted(excerpt.source, 120);
      const at =
        text.slice(excerpt.offset, excerpt.offset + excerpt.quote.length) === excerpt.quote
          ? excerpt.offset
          : text.indexOf(excerpt.quote);
      if (at >= 0) {
        const said = at === excerpt.offset ? '' : ` (the file says ${excerpt.offset})`;
        notes.push({
          row,
          field: `excerpts[${k}]`,
          reason: `is verbatim in the bundled article ${article} at character ${at}${said}; it is shown as that article’s checked quote`,
        });
        if (!became.has(excerpt.source)) became.set(excerpt.source, excerpt.source);
        checked++;
        return { ...excerpt, offset: at };
      }
      notes.push({
        row,
        field: `excerpts[${k}].source`,
        reason: `cites the bundled article ${article}, but its quote is not in that archived text; it is kept as an imported, unchecked quote`,
      });
    }
    return { ...excerpt, source: claim(excerpt.source, `${ctx.datasetId}-f${row}e${k}`) };
  });
  let figure = 0;
  const figureSource = (cited: string) => became.get(cited) ?? claim(cited, `${ctx.datasetId}-f${row}c${figure++}`);
  const casualties = feature.properties.casualties;
  const figures = casualties && {
    ...(casualties.killed ? { killed: casualties.killed.map((f) => ({ ...f, source: figureSource(f.source) })) } : {}),
    ...(casualties.wounded
      ? { wounded: casualties.wounded.map((f) => ({ ...f, source: figureSource(f.source) })) }
      : {}),
  };
  // What the file says its provenance is counts for nothing: "verbatim" only when every excerpt was just checked.
  const given = feature.properties;
  const provenance =
    excerpts.length === 0
      ? given.summary
        ? ('summary' as const)
        : ('none' as const)
      : checked === excerpts.length
        ? ('verbatim' as const)
        : ('quoted' as const);
  const properties = { ...given, excerpts, provenance, ...(figures ? { casualties: figures } : {}) };
  return { feature: { ...feature, properties }, sources, notes };
}
