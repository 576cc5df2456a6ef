/**
 * A stored article, checked again as it is read back: every metadata field, the text against its
 * SHA-256, each accepted incident against the schema, and each of its excerpts and figures citing
 * this article, verbatim in its text at its offset. Storage can hold what this version of the app
 * never wrote (an older version, another tab, a hand edit), so nothing passes on unchecked.
 */
import { excerptSchema, incidentFeatureSchema, type IncidentFeature } from '../../../data/schema';
import { describeIssue } from '../../../data/describeIssue';
import type { AddedArticle, DraftDecision, FurtherSource } from '../../../store/authoringSlice';
import { isPlainObject } from '../imports/checkSet';
import type { StoredArticle } from './articleRecords';
import { sha256Hex } from './sha256';
import { checkStoredDrafts } from '../../../data/authoring/storedDrafts';

export type CheckedArticle =
  { ok: true; record: StoredArticle; dropped?: string } | { ok: false; name: string; reason: string };

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function checkMeta(a: Record<string, unknown>, key: IDBValidKey): AddedArticle | string {
  const text = (name: string) => (typeof a[name] === 'string' && (a[name] as string).trim() ? null : name);
  const missing = ['id', 'setId', 'headline', 'outlet', 'language', 'sha256', 'text', 'cleaning', 'addedAt'].find(
    (name) => text(name),
  );
  if (missing) return `its ${missing} is not text`;
  if (a.id !== key) return 'its id does not match the key it is stored under';
  if (!ID.test(a.setId as string) || a.id !== `${a.setId}-article`) return 'its id is not in its set’s namespace';
  if (a.url !== undefined && (typeof a.url !== 'string' || !/^https?:\/\//i.test(a.url)))
    return 'its link is not http(s)';
  const published = a.published;
  if (!isPlainObject(published) || typeof published.date !== 'string' || !DAY.test(published.date))
    return 'its publication date is not a date';
  if (typeof published.basis !== 'string') return 'its publication date has no basis';
  return {
    id: a.id as string,
    setId: a.setId as string,
    headline: a.headline as string,
    outlet: a.outlet as string,
    ...(a.url !== undefined ? { url: a.url as string } : {}),
    language: a.language as string,
    published: { date: published.date, basis: published.basis },
    sha256: a.sha256 as string,
    text: a.text as string,
    cleaning: a.cleaning as string,
    addedAt: a.addedAt as string,
  };
}

function checkFeature(raw: unknown, i: number, article: AddedArticle): IncidentFeature | string {
  const parsed = incidentFeatureSchema.safeParse(raw);
  if (!parsed.success) {
    const { field, reason } = describeIssue(parsed.error.issues[0]);
    return `accepted incident ${i + 1} no longer passes the checks: ${field} ${reason}`;
  }
  const p = parsed.data.properties;
  if (!p.id.startsWith(`${article.setId}-`)) return `accepted incident ${i + 1} (${p.id}) lies outside its set`;
  for (const e of p.excerpts) {
    if (e.source !== article.id) return `accepted incident ${p.id} cites another source (${e.source})`;
    if (article.text.slice(e.offset, e.offset + e.quote.length) !== e.quote)
      return `accepted incident ${p.id} has an excerpt that is not in the article at character ${e.offset}`;
  }
  const figures = [...(p.casualties?.killed ?? []), ...(p.casualties?.wounded ?? [])];
  if (figures.some((f) => f.source !== article.id)) return `accepted incident ${p.id} cites a figure elsewhere`;
  return parsed.data;
}

/** The excerpts added as further sources: each cites this article and is verbatim in it at its offset. */
function checkFurther(raw: unknown, article: AddedArticle): FurtherSource[] | string {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) return 'its further sources are not a list';
  const further: FurtherSource[] = [];
  for (const [i, f] of raw.entries()) {
    if (
      !isPlainObject(f) ||
      typeof f.incidentId !== 'string' ||
      typeof f.draftId !== 'string' ||
      !Array.isArray(f.excerpts)
    )
      return `further source ${i + 1} is not a record of excerpts for an incident`;
    const excerpts = f.excerpts.map((e) => excerptSchema.safeParse(e));
    if (excerpts.some((e) => !e.success)) return `further source ${i + 1} has an excerpt that fails the checks`;
    const checked = excerpts.flatMap((e) => (e.success ? [e.data] : []));
    for (const e of checked)
      if (e.source !== article.id || article.text.slice(e.offset, e.offset + e.quote.length) !== e.quote)
        return `further source ${i + 1} (for ${f.incidentId}) has an excerpt that is not in the article at character ${e.offset}`;
    further.push({ incidentId: f.incidentId, draftId: f.draftId, excerpts: checked });
  }
  return further;
}

export async function checkStoredArticle(key: IDBValidKey, value: unknown): Promise<CheckedArticle> {
  const name = isPlainObject(value) && isPlainObject(value.article) ? String(value.article.headline) : String(key);
  const refuse = (reason: string): CheckedArticle => ({ ok: false, name, reason });
  if (!isPlainObject(value) || !isPlainObject(value.article)) return refuse('the record is not an article');
  const article = checkMeta(value.article, key);
  if (typeof article === 'string') return refuse(article);
  if ((await sha256Hex(article.text)) !== article.sha256)
    return refuse('its text no longer matches its SHA-256: it changed after it was archived');
  if (!Array.isArray(value.accepted)) return refuse('its accepted incidents are not a list');
  const accepted: IncidentFeature[] = [];
  for (const [i, raw] of value.accepted.entries()) {
    const feature = checkFeature(raw, i, article);
    if (typeof feature === 'string') return refuse(feature);
    accepted.push(feature);
  }
  const further = checkFurther(value.further, article);
  if (typeof further === 'string') return refuse(further);
  const decisions: Record<string, DraftDecision> = {};
  if (isPlainObject(value.decisions))
    for (const [id, d] of Object.entries(value.decisions))
      if (d === 'accepted' || d === 'rejected' || d === 'further source') decisions[id] = d;
  const drafts = checkStoredDrafts(value.drafts, article.text);
  const record: StoredArticle = { article, accepted, decisions, further };
  if (Array.isArray(drafts)) record.drafts = drafts;
  return drafts && !Array.isArray(drafts) ? { ok: true, record, dropped: drafts.dropped } : { ok: true, record };
}
