/**
 * Articles the user added, and the review of one article's draft incidents. An added article joins
 * the source catalogue (`sources`, `sourceTexts`) under its own id, so that an excerpt citing it
 * shows its outlet and headline and opens highlighted in its archived text, like a bundled one.
 * The incidents accepted from it are an authored set in the imports slice.
 */
import type { StateCreator } from 'zustand/vanilla';
import type { AuthoredDraft } from '../data/authoring/editDraft';
import type { Excerpt, IncidentFeature } from '../data/schema';
import type { Source } from '../data/sourceCatalog';
import { derivedFromIncidents } from './dataSlice';
import { rebuildKeepingEdit } from './editsSlice';
import type { AppState, LngLat } from './types';

export interface AddedArticle {
  /** The source id excerpts cite: `${setId}-article`, in its set's namespace. */
  id: string;
  /** The authored set that holds the incidents accepted from this article. */
  setId: string;
  headline: string;
  outlet: string;
  url?: string;
  language: string;
  published: { date: string; basis: string };
  /** Lower-case hex SHA-256 of the UTF-8 text, as data/sources.json records it. */
  sha256: string;
  text: string;
  /** How the text was obtained: pasted, or reduced from an HTML file, named. */
  cleaning: string;
  addedAt: string;
}

/** Accepted as a new incident, rejected, or added as a further source to an incident already in the atlas. */
export type DraftDecision = 'accepted' | 'rejected' | 'further source';

/** Excerpts of an added article kept as a further source of an incident that is not the article's own. */
export interface FurtherSource {
  incidentId: string;
  draftId: string;
  excerpts: Excerpt[];
  /** Casualty claims the analyst set from selected words (data/claims/figuresInQuote), each resting on one of `excerpts`. */
  casualties?: Casualties;
}

type Casualties = NonNullable<IncidentFeature['properties']['casualties']>;
type FigureList = NonNullable<Casualties['killed']>;
const sameFigure = (a: FigureList[number], b: FigureList[number]) =>
  a.source === b.source && a.text === b.text && a.attribution === b.attribution && a.min === b.min && a.max === b.max;

/** The incident's own figures (those `before` added taken out) with those `after` adds, or null when unchanged. */
function withFurtherFigures(own: Casualties | undefined, before: Casualties[], after: Casualties[]): Casualties | null {
  const next: Casualties = {};
  let changed = false;
  for (const kind of ['killed', 'wounded'] as const) {
    const shown = before.flatMap((c) => c[kind] ?? []);
    const kept = (own?.[kind] ?? []).filter((f) => !shown.some((x) => sameFigure(x, f)));
    const added = after.flatMap((c) => c[kind] ?? []);
    if (kept.length !== (own?.[kind] ?? []).length || added.length > 0) changed = true;
    if (kept.length + added.length > 0) next[kind] = [...kept, ...added];
  }
  return changed ? next : null;
}

/** The analyst is placing a draft on the map: the point so far (null before the first click). */
export interface PinRequest {
  draftId: string;
  lngLat: LngLat | null;
}

export interface ArticleReview {
  articleId: string;
  state: 'loading places' | 'finding incidents' | 'ready' | 'failed';
  drafts: AuthoredDraft[];
  decisions: Record<string, DraftDecision>;
  selectedDraft: string | null;
  reason?: string;
}

export interface AuthoringSlice {
  articles: AddedArticle[];
  /** Which authoring view is open: the Add article dialog, the review of drafts, or neither. */
  authoringView: 'add' | 'review' | 'quote' | null;
  /** A new incident from a quote selected in the source viewer, being placed on the map. */
  quoteDraft: { sourceId: string; draft: AuthoredDraft } | null;
  setQuoteDraft: (quoteDraft: AuthoringSlice['quoteDraft']) => void;
  /** The further-source excerpts shown in incidents, by the record that holds them (an article id, or the quotes). */
  furtherApplied: Record<string, FurtherSource[]>;
  review: ArticleReview | null;
  /** Add or replace an article (and its entry in the source catalogue). */
  putArticle: (article: AddedArticle) => void;
  setAuthoringView: (view: AuthoringSlice['authoringView']) => void;
  setReview: (review: ArticleReview | null) => void;
  patchReview: (articleId: string, patch: Partial<Omit<ArticleReview, 'articleId'>>) => void;
  /** Set by the review while the analyst places a draft on the map; the map (src/map/bindPlacingPin) draws and moves the pin. */
  placingPin: PinRequest | null;
  startPlacingPin: (draftId: string, at?: LngLat | null) => void;
  movePin: (lngLat: LngLat) => void;
  stopPlacingPin: () => void;
  /** Replace one draft under review with the analyst's corrected version. */
  updateDraft: (draft: AuthoredDraft) => void;
  /** Merge draft `secondId` into `firstId`: `merged` (made by data/authoring/editDraft) takes the first one's place. */
  mergeDrafts: (firstId: string, secondId: string, merged: AuthoredDraft) => void;
  /**
   * Show the further sources one record holds in the incidents they were added to (not those of
   * the record's own set): what this record showed before is taken out first, so applying twice
   * changes nothing.
   */
  applyFurtherSources: (key: string, setId: string, further: FurtherSource[]) => void;
}

/** An added article as the source catalogue holds it. */
export function asSource(article: AddedArticle): Source {
  return {
    id: article.id,
    outlet: article.outlet,
    headline: article.headline,
    dateline: null,
    bylines: [],
    published: { date: article.published.date, precision: 'day', basis: article.published.basis },
    archive: { seed: article.url ?? 'added in this browser', cleaning: article.cleaning },
    sha256: article.sha256,
  };
}

type Slice = StateCreator<AppState, [['zustand/subscribeWithSelector', never]], [], AuthoringSlice>;

export const createAuthoringSlice: Slice = (set, get) => ({
  articles: [],
  authoringView: null,
  review: null,
  putArticle: (article) => {
    const s = get();
    set({
      articles: [...s.articles.filter((a) => a.id !== article.id), article],
      sources: new Map(s.sources).set(article.id, asSource(article)),
      sourceTexts: new Map(s.sourceTexts).set(article.id, article.text),
    });
  },
  // Leaving the review or a quote also ends placing a pin: the map would otherwise keep ignoring clicks.
  setAuthoringView: (authoringView) =>
    set(
      authoringView === 'review' || authoringView === 'quote'
        ? { authoringView }
        : { authoringView, placingPin: null, quoteDraft: null },
    ),
  setReview: (review) => set({ review }),
  patchReview: (articleId, patch) => {
    const review = get().review;
    if (review?.articleId === articleId) set({ review: { ...review, ...patch } });
  },
  placingPin: null,
  startPlacingPin: (draftId, at = null) => set({ placingPin: { draftId, lngLat: at } }),
  movePin: (lngLat) => {
    const pin = get().placingPin;
    if (pin) set({ placingPin: { ...pin, lngLat } });
  },
  stopPlacingPin: () => set({ placingPin: null }),
  updateDraft: (draft) => {
    const review = get().review;
    if (!review?.drafts.some((d) => d.id === draft.id)) return;
    set({ review: { ...review, drafts: review.drafts.map((d) => (d.id === draft.id ? draft : d)) } });
  },
  mergeDrafts: (firstId, secondId, merged) => {
    const review = get().review;
    if (!review || firstId === secondId || !review.drafts.some((d) => d.id === secondId)) return;
    const drafts = review.drafts.filter((d) => d.id !== secondId).map((d) => (d.id === firstId ? merged : d));
    set({ review: { ...review, drafts, selectedDraft: firstId } });
  },
  quoteDraft: null,
  setQuoteDraft: (quoteDraft) => set({ quoteDraft }),
  furtherApplied: {},
  applyFurtherSources: (key, setId, further) => {
    const s = get();
    const before = s.furtherApplied[key] ?? [];
    const same = (a: Excerpt, b: Excerpt) => a.source === b.source && a.offset === b.offset && a.quote === b.quote;
    let changed = false;
    const editOriginals = { ...s.editOriginals };
    const incidents = s.incidents.map((incident) => {
      if (incident.datasetId === setId) return incident;
      const p = incident.feature.properties;
      const shown = before.filter((f) => f.incidentId === incident.id).flatMap((f) => f.excerpts);
      const own = p.excerpts.filter((e) => !shown.some((x) => same(x, e)));
      const added = further.filter((f) => f.incidentId === incident.id).flatMap((f) => f.excerpts);
      const figures = withFurtherFigures(
        p.casualties,
        before.flatMap((f) => (f.incidentId === incident.id && f.casualties ? [f.casualties] : [])),
        further.flatMap((f) => (f.incidentId === incident.id && f.casualties ? [f.casualties] : [])),
      );
      if (own.length === p.excerpts.length && added.length === 0 && !figures) return incident;
      changed = true;
      // Excerpts and further figures are never edited, so the edited copy and the original get the same ones.
      const excerpts = [...own, ...added];
      const withExcerpts = (f: IncidentFeature) => ({
        ...f,
        properties: { ...f.properties, excerpts, ...(figures ? { casualties: figures } : {}) },
      });
      return { ...incident, feature: rebuildKeepingEdit(incident, withExcerpts, editOriginals) };
    });
    const furtherApplied = { ...s.furtherApplied, [key]: further };
    set(changed ? { ...derivedFromIncidents(incidents, s.actors), furtherApplied, editOriginals } : { furtherApplied });
  },
});
