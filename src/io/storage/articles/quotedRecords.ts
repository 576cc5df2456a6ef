/**
 * Incidents made from quotes selected in the source viewer, of any article (bundled or added), and
 * quotes added to incidents already in the atlas: one record in the `articles` store under its own
 * key, written whole at once. Read back, every excerpt is checked again against the archived text
 * it cites, at its offset, so nothing passes on unchecked.
 */
import { casualtiesSchema, incidentFeatureSchema, type IncidentFeature } from '../../../data/schema';
import { describeIssue } from '../../../data/describeIssue';
import type { FurtherSource } from '../../../store/authoringSlice';
import { isPlainObject } from '../imports/checkSet';
import { writeTransaction } from '../transactions';

export const QUOTES_KEY = 'quoted-incidents';
/** The authored set that holds incidents made from quotes; their ids are `quoted-…`. */
export const QUOTED_SET = 'quoted';

export interface StoredQuotes {
  /** The store's key path is `article.id`: the quotes sit under their own key beside the articles. */
  article: { id: typeof QUOTES_KEY };
  incidents: IncidentFeature[];
  further: FurtherSource[];
}

export const emptyQuotes = (): StoredQuotes => ({ article: { id: QUOTES_KEY }, incidents: [], further: [] });

export function putQuotes(record: StoredQuotes): Promise<void> {
  return writeTransaction(['articles'], (tx) => {
    tx.objectStore('articles').put(record);
  });
}

type Texts = ReadonlyMap<string, string>;
const verbatim = (texts: Texts, e: { source: string; offset: number; quote: string }) =>
  texts.get(e.source)?.slice(e.offset, e.offset + e.quote.length) === e.quote;

/** Figures added by selection: well formed, and each one's words found in the archived text it cites. */
function checkFigures(value: unknown, texts: Texts): FurtherSource['casualties'] | string {
  if (value === undefined) return undefined;
  const parsed = casualtiesSchema.safeParse(value);
  if (!parsed.success) {
    const { field, reason } = describeIssue(parsed.error.issues[0]);
    return `no longer passes the checks: ${field} ${reason}`;
  }
  const all = [...(parsed.data.killed ?? []), ...(parsed.data.wounded ?? [])];
  const unfound = all.find((f) => !texts.get(f.source)?.includes(f.text));
  return unfound ? `(“${unfound.text}”) is not in ${unfound.source}` : parsed.data;
}

/** The stored quotes checked again, or why they cannot be restored. */
export function checkStoredQuotes(value: unknown, texts: Texts): StoredQuotes | string {
  if (!isPlainObject(value) || !Array.isArray(value.incidents) || !Array.isArray(value.further))
    return 'the record is not a list of quoted incidents';
  const incidents: IncidentFeature[] = [];
  for (const [i, raw] of value.incidents.entries()) {
    const parsed = incidentFeatureSchema.safeParse(raw);
    if (!parsed.success) {
      const { field, reason } = describeIssue(parsed.error.issues[0]);
      return `quoted incident ${i + 1} no longer passes the checks: ${field} ${reason}`;
    }
    const p = parsed.data.properties;
    if (!p.id.startsWith(`${QUOTED_SET}-`)) return `quoted incident ${i + 1} (${p.id}) lies outside its set`;
    const bad = p.excerpts.find((e) => !verbatim(texts, e));
    if (bad) return `quoted incident ${p.id} has an excerpt that is not in ${bad.source} at character ${bad.offset}`;
    incidents.push(parsed.data);
  }
  const further: FurtherSource[] = [];
  for (const f of value.further) {
    if (!isPlainObject(f) || typeof f.incidentId !== 'string' || !Array.isArray(f.excerpts))
      return 'a quote added to an incident is not a record of excerpts';
    const excerpts = f.excerpts.filter(
      (e): e is FurtherSource['excerpts'][number] =>
        isPlainObject(e) && typeof e.source === 'string' && typeof e.offset === 'number' && typeof e.quote === 'string',
    );
    const bad = excerpts.find((e) => !verbatim(texts, e));
    if (excerpts.length !== f.excerpts.length || bad)
      return `a quote added to ${f.incidentId} is not in its archived text at its offset`;
    const casualties = checkFigures(f.casualties, texts);
    if (typeof casualties === 'string') return `a casualty figure added to ${f.incidentId} ${casualties}`;
    further.push({
      incidentId: f.incidentId,
      draftId: String(f.draftId),
      excerpts,
      ...(casualties ? { casualties } : {}),
    });
  }
  return { article: { id: QUOTES_KEY }, incidents, further };
}
