/**
 * The date of a sentence's event, from its date mentions. The first date that is neither in the
 * future nor the date of a statement wins. A statement's date ("officials said on Sunday") dates
 * a meeting, a filing or an announcement itself; for anything else it only bounds the event, so
 * it is kept as an approximate date and the basis says so. With no date at all the draft is dated
 * to the publication, approximate, and the basis says that nothing was stated.
 */
import type { Category } from '../vocabulary';
import { longDate } from './calendar';
import type { DateMention } from './dates';
import type { DraftWhen } from './draftTypes';

const STATEMENT_EVENTS: Category[] = ['diplomacy', 'legal'];
const ONGOING = /\b(?:are|is) (?:now |still |also |currently )?(?!being\b)[a-z]+ing\b/;

export interface ChosenWhen {
  when: DraftWhen;
  /** A date was stated in the sentence (not a fall-back to publication). */
  stated: boolean;
  future: boolean;
  ongoing: boolean;
}

export function chooseWhen(dates: DateMention[], category: Category, published: string, sentence: string): ChosenWhen {
  const past = dates.filter((d) => !d.future);
  const event = past.find((d) => !d.reporting);
  const statement = past.find((d) => d.reporting);
  const future = dates.find((d) => d.future);
  const ongoing = ONGOING.exec(sentence);
  if (event) return { when: fromMention(event), stated: true, future: false, ongoing: false };
  if (statement && STATEMENT_EVENTS.includes(category)) {
    return { when: fromMention(statement), stated: true, future: false, ongoing: false };
  }
  if (statement) {
    const w = statement.when;
    return {
      when: {
        start: w.start,
        precision: 'approximate',
        basis: `${w.basis}; that is when it was reported — the day of the event itself is not stated`,
        evidence: { start: statement.start, end: statement.end },
      },
      stated: true,
      future: false,
      ongoing: false,
    };
  }
  if (future) return { when: fromMention(future), stated: true, future: true, ongoing: false };
  const basis = ongoing
    ? `Described as ongoing ('${ongoing[0]}') in an article of ${longDate(published)}; start and end not stated`
    : `No date stated; reported in an article of ${longDate(published)}`;
  return {
    when: { start: published, precision: 'approximate', basis, evidence: null },
    stated: false,
    future: false,
    ongoing: !!ongoing,
  };
}

function fromMention(d: DateMention): DraftWhen {
  return { ...d.when, evidence: { start: d.start, end: d.end } };
}

/**
 * A sentence with no date of its own that follows a dated one ("In the past 24 hours, 114 U.N.
 * trucks delivered…" then "These were Madaya, Zabadani…") takes that date, and its basis says so.
 */
export function carryDate(chosen: ChosenWhen, previous: ChosenWhen | undefined): ChosenWhen {
  if (chosen.stated || chosen.ongoing || !previous?.stated || previous.future) return chosen;
  const w = previous.when;
  return {
    ...previous,
    when: { ...w, basis: `${w.basis}; carried from the sentence before, which this one continues` },
  };
}

/** True when two dates can be the same event: either unstated, or their windows overlap. */
export function datesCompatible(a: DraftWhen, b: DraftWhen): boolean {
  if (!a.evidence || !b.evidence) return true;
  // "recently": approximate, open, bounded only by publication.
  if ((a.precision === 'approximate' && !a.end) || (b.precision === 'approximate' && !b.end)) return true;
  return a.start <= (b.end ?? b.start) && b.start <= (a.end ?? a.start);
}
