/**
 * The shape of a draft incident: the project's incident schema as far as the text says, with the
 * offsets of the words behind every field so the analyst (and a test) can check each one.
 */
import type { ActorRole, Category, DatePrecision, LocationPrecision } from '../vocabulary';
import type { PlaceCandidate, PlaceMention, Span } from './types';

export interface DraftWhen {
  start: string;
  end?: string;
  precision: DatePrecision;
  basis: string;
  endOpen?: boolean;
  /** The date words; null when the text states no date and the draft falls back to publication. */
  evidence: Span | null;
}

export interface DraftWhere {
  asWritten: string;
  name: string;
  country: string;
  precision: LocationPrecision;
  kind: PlaceMention['kind'];
  candidates: PlaceCandidate[];
  ambiguity?: string;
  evidence: Span;
}

export interface DraftFigure {
  min?: number;
  max?: number;
  text: string;
  attribution: string;
  convention?: string;
  evidence: Span;
  attributionEvidence?: Span;
}

export interface DraftActorRef {
  actor: string;
  name: string;
  role: ActorRole;
  asWritten: string;
  known: boolean;
  roleBasis: string;
  evidence: Span;
}

export interface DraftExcerpt {
  quote: string;
  offset: number;
}

export interface DraftIncident {
  id: string;
  title: string;
  /** The words the title is made from (category triggers and the place). */
  titleEvidence: Span[];
  category: Category;
  categoryTriggers: Array<{ words: string; start: number; end: number }>;
  status: 'occurred' | 'ongoing' | 'planned';
  when: DraftWhen;
  /** An event well before publication (its window ended more than BACKGROUND_DAYS earlier). */
  background: boolean;
  reported: string;
  where: DraftWhere | null;
  actors: DraftActorRef[];
  casualties: { killed?: DraftFigure[]; wounded?: DraftFigure[] };
  excerpts: DraftExcerpt[];
}

/** How many days before publication an event must have ended to count as background. */
export const BACKGROUND_DAYS = 90;
