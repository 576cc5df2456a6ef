/**
 * Articles the user added, and the review of one article's draft incidents. An added article joins
 * the source catalogue (`sources`, `sourceTexts`) under its own id, so that an excerpt citing it
 * shows its outlet and headline and opens highlighted in its archived text, like a bundled one.
 * The incidents accepted from it are an authored set in the imports slice.
 */
import type { StateCreator } from 'zustand/vanilla';
import type { DraftIncident } from '../data/extract/draftTypes';
import type { Source } from '../data/sourceCatalog';
import type { AppState } from './types';

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

export type DraftDecision = 'accepted' | 'rejected';

export interface ArticleReview {
  articleId: string;
  state: 'loading places' | 'finding incidents' | 'ready' | 'failed';
  drafts: DraftIncident[];
  decisions: Record<string, DraftDecision>;
  selectedDraft: string | null;
  reason?: string;
}

export interface AuthoringSlice {
  articles: AddedArticle[];
  /** Which authoring view is open: the Add article dialog, the review of drafts, or neither. */
  authoringView: 'add' | 'review' | null;
  review: ArticleReview | null;
  /** Add or replace an article (and its entry in the source catalogue). */
  putArticle: (article: AddedArticle) => void;
  setAuthoringView: (view: AuthoringSlice['authoringView']) => void;
  setReview: (review: ArticleReview | null) => void;
  patchReview: (articleId: string, patch: Partial<Omit<ArticleReview, 'articleId'>>) => void;
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
  setAuthoringView: (authoringView) => set({ authoringView }),
  setReview: (review) => set({ review }),
  patchReview: (articleId, patch) => {
    const review = get().review;
    if (review?.articleId === articleId) set({ review: { ...review, ...patch } });
  },
});
