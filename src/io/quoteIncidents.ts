/**
 * Quote by selection: a quote selected in the source viewer, of any archived article, becomes a new
 * incident the analyst places on the map, or an excerpt added to the incident being read. Every
 * quote is the verbatim slice of the archived text at its offset, checked here again before storing.
 */
import { authoredToIncident, type AuthoredDraft } from '../data/authoring/editDraft';
import type { FiguresInQuote } from '../data/claims/figuresInQuote';
import type { Excerpt, Figure } from '../data/schema';
import type { AppStore } from '../store/appStore';
import { heldQuotes, saveQuotes } from './storage/articles/persistQuotes';
import { QUOTED_SET, QUOTES_KEY, type StoredQuotes } from './storage/articles/quotedRecords';

export interface SelectedQuote {
  sourceId: string;
  offset: number;
  quote: string;
}

const randomPart = () =>
  Array.from(crypto.getRandomValues(new Uint8Array(4)), (b) => b.toString(16).padStart(2, '0')).join('');

function isVerbatim(store: AppStore, q: SelectedQuote): boolean {
  return (
    store
      .getState()
      .sourceTexts.get(q.sourceId)
      ?.slice(q.offset, q.offset + q.quote.length) === q.quote
  );
}

/** Begin a new incident from a quote: the viewer closes and the analyst places it on the map. */
export function startQuoteIncident(store: AppStore, q: SelectedQuote): string | null {
  const s = store.getState();
  const source = s.sources.get(q.sourceId);
  if (!source || !isVerbatim(store, q)) return 'the selection is not the archived text at its place';
  const published = source.published.date;
  const draft: AuthoredDraft = {
    id: `quote-${randomPart()}`,
    title: '',
    titleEvidence: [],
    category: 'other',
    categoryTriggers: [],
    status: 'occurred',
    when: {
      start: published,
      precision: 'approximate',
      basis: `set by the analyst; the article was published on ${published}`,
      evidence: null,
    },
    background: false,
    reported: published,
    where: null,
    actors: [],
    casualties: {},
    excerpts: [{ offset: q.offset, quote: q.quote }],
  };
  s.closeSource();
  s.setQuoteDraft({ sourceId: q.sourceId, draft });
  s.setAuthoringView('quote');
  s.startPlacingPin(draft.id, null);
  return null;
}

/** Store the placed quote draft as an incident in the quoted set. Resolves with its id, or why not. */
export async function saveQuoteIncident(store: AppStore, draft: AuthoredDraft): Promise<{ id: string } | string> {
  const pending = store.getState().quoteDraft;
  if (!pending) return 'there is no quote being placed';
  const text = store.getState().sourceTexts.get(pending.sourceId) ?? '';
  const id = `${QUOTED_SET}-${draft.id}`;
  const converted = authoredToIncident(draft, { sourceId: pending.sourceId, text }, id);
  if (!converted.ok) return converted.reason;
  const record = heldQuotes();
  const after = { ...record, incidents: [...record.incidents, converted.feature] };
  await saveQuotes(store, after);
  store.getState().setQuoteDraft(null);
  recordQuoteStep(store, `New incident from a quote: “${converted.feature.properties.title}”`, record, after, [id]);
  return { id };
}

/** Add a selected quote to an incident as a further excerpt. Returns why not, if refused. */
export async function addQuoteToIncident(
  store: AppStore,
  incidentId: string,
  q: SelectedQuote,
): Promise<string | null> {
  const incident = store.getState().incidents.find((i) => i.id === incidentId);
  if (!incident) return 'the incident is no longer loaded';
  if (!isVerbatim(store, q)) return 'the selection is not the archived text at its place';
  const excerpt = { source: q.sourceId, offset: q.offset, quote: q.quote };
  const same = (e: typeof excerpt) =>
    e.source === excerpt.source && e.offset === excerpt.offset && e.quote === excerpt.quote;
  if (incident.feature.properties.excerpts.some(same)) return 'this quote is already one of its excerpts';
  const record = heldQuotes();
  const own = record.incidents.find((f) => f.properties.id === incidentId);
  let after: StoredQuotes;
  if (own) {
    const incidents = record.incidents.map((f) =>
      f === own ? { ...f, properties: { ...f.properties, excerpts: [...f.properties.excerpts, excerpt] } } : f,
    );
    after = { ...record, incidents };
  } else {
    const further = [...record.further, { incidentId, draftId: `quote-${randomPart()}`, excerpts: [excerpt] }];
    after = { ...record, further };
  }
  await saveQuotes(store, after);
  recordQuoteStep(store, `Add a quote to “${incident.feature.properties.title}”`, record, after, [incidentId]);
  return null;
}

/** Casualty figures read in a selection (data/claims/figuresInQuote), as the analyst confirmed who gives them. */
export type ConfirmedFigures = Pick<FiguresInQuote, 'excerpt' | 'killed' | 'wounded'>;

/**
 * Add casualty claims to an incident: the sentence they rest on joins its excerpts (unless it is
 * one already), and the figures join its killed and wounded statements. Returns why not, if refused.
 */
export async function addFiguresToIncident(
  store: AppStore,
  incidentId: string,
  figures: ConfirmedFigures,
): Promise<string | null> {
  const incident = store.getState().incidents.find((i) => i.id === incidentId);
  if (!incident) return 'the incident is no longer loaded';
  const { excerpt, killed, wounded } = figures;
  if (!isVerbatim(store, { sourceId: excerpt.source, offset: excerpt.offset, quote: excerpt.quote }))
    return 'the sentence is not the archived text at its place';
  const p = incident.feature.properties;
  const fresh = (list: Figure[], kind: 'killed' | 'wounded') =>
    list.filter((f) => !(p.casualties?.[kind] ?? []).some((x) => x.source === f.source && x.text === f.text));
  const casualties = { killed: fresh(killed, 'killed'), wounded: fresh(wounded, 'wounded') };
  if (casualties.killed.length + casualties.wounded.length === 0) return 'the incident already has these figures';
  const same = (e: Excerpt) => e.source === excerpt.source && e.offset === excerpt.offset && e.quote === excerpt.quote;
  const newExcerpts = p.excerpts.some(same) ? [] : [excerpt];
  const record = heldQuotes();
  const own = record.incidents.find((f) => f.properties.id === incidentId);
  let after: StoredQuotes;
  if (own) {
    const q = own.properties;
    const joined = (kind: 'killed' | 'wounded') => [...(q.casualties?.[kind] ?? []), ...casualties[kind]];
    const properties = {
      ...q,
      excerpts: [...q.excerpts, ...newExcerpts],
      casualties: { killed: joined('killed'), wounded: joined('wounded') },
    };
    after = { ...record, incidents: record.incidents.map((f) => (f === own ? { ...f, properties } : f)) };
  } else {
    const entry = { incidentId, draftId: `quote-${randomPart()}`, excerpts: newExcerpts, casualties };
    after = { ...record, further: [...record.further, entry] };
  }
  await saveQuotes(store, after);
  const n = casualties.killed.length + casualties.wounded.length;
  recordQuoteStep(
    store,
    `Add ${n === 1 ? 'a casualty figure' : `${n} casualty figures`} to “${p.title}”`,
    record,
    after,
    [incidentId],
  );
  return null;
}

/** Undoable (store/historySlice, kind 'quotes', applier in io/storage/edits/bindEditStorage). */
function recordQuoteStep(store: AppStore, label: string, before: StoredQuotes, after: StoredQuotes, ids: string[]) {
  const at = new Date().toISOString();
  store.getState().recordStep({ label, kind: 'quotes', key: QUOTES_KEY, before, after, incidentIds: ids, at });
}
