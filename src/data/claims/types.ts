/**
 * Claims, as the incident's data supports them: each report (one outlet's own words, or one
 * speaker it quotes) says something about the date, the place, who is responsible and how many
 * were killed or wounded. Nothing here is guessed: every claim points at the words it rests on.
 */

export const CLAIM_KINDS = ['date', 'place', 'responsibility', 'killed', 'wounded'] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

export const CLAIM_KIND_LABELS: Record<ClaimKind, string> = {
  date: 'Date',
  place: 'Place',
  responsibility: 'Perpetrator',
  killed: 'Killed',
  wounded: 'Wounded',
};

export interface Claim {
  kind: ClaimKind;
  /** The words as written: a date phrase, a place, an actor's name, a figure ("as many as 40"). */
  words: string;
  /** Index of the incident's excerpt that holds the words, when one does. */
  excerpt?: number;
  /** killed/wounded: the bounds the words state. */
  min?: number;
  max?: number;
  /** date: the days the words resolve to against the article's date (YYYY-MM-DD). */
  start?: string;
  end?: string;
  /** date: how the words were resolved, e.g. "'last week' in an article of 24 Feb 2016: 15–21 Feb 2016". */
  basis?: string;
  /** responsibility: actor ids named. */
  actors?: string[];
  /** killed/wounded: whether the words are verbatim in the archived text (undefined: no text to check). */
  verbatim?: boolean;
}

export interface Report {
  /** `${source}|${speaker}` */
  key: string;
  source: string;
  /** Who says so: the outlet itself, or the speaker it quotes. */
  speaker: string;
  /** True when these are the outlet's (or the agency it carries) own words. */
  ownVoice: boolean;
  outlet: string;
  /** The agency whose copy this is (the outlet itself unless it carries another's). */
  agency: string;
  /** Publication date, YYYY-MM-DD, when known. */
  published?: string;
  /** Indexes of the incident's excerpts credited to this report, in order. */
  excerpts: number[];
  claims: Partial<Record<ClaimKind, Claim[]>>;
}

/** What the claims kernel needs to know about a cited source. */
export interface SourceInfo {
  outlet: string;
  agency: string;
  published?: string;
  /** The archived text, when there is one. */
  text?: string;
}
