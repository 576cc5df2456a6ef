/**
 * Article text → draft incidents. Pure: no DOM, no store; the gazetteer (inside `findPlaces`) and
 * the actor table are loaded once by the caller. One draft per event stated with a place and a
 * time; a sentence that restates a drafted event (same category, a compatible place and date)
 * adds its excerpt, casualties and actors to that draft instead. See docs/ingest-eval.md.
 */
import { categorise } from '../categoryRules';
import { addDays } from './calendar';
import { createActorFinder, type ActorEntry } from './actors';
import { findCasualties } from './casualties';
import { findDateline } from './dateline';
import { findDates } from './dates';
import { mergeActors, mergeFigures, titleOf, toActors, toFigures, toWhere, uniqueId } from './draftParts';
import { BACKGROUND_DAYS, type DraftIncident, type DraftWhere } from './draftTypes';
import { chooseEventPlaces } from './eventPlaces';
import { carryDate, chooseWhen, datesCompatible, type ChosenWhen } from './eventWhen';
import { splitSentences } from './sentences';
import type { ArticleInput, FindPlaces, PlaceMention, Sentence } from './types';

export interface ExtractorSetup {
  findPlaces: FindPlaces;
  actors: ActorEntry[];
}

export type ExtractDrafts = (input: ArticleInput) => DraftIncident[];

const QUOTE_START = /^["“‘']/;

export function createExtractor({ findPlaces, actors }: ExtractorSetup): ExtractDrafts {
  const findActors = createActorFinder(actors);
  return (input) => {
    const { text, published } = input;
    const sentences = splitSentences(text);
    const places = findPlaces(input, sentences);
    const fallback = input.outlet ?? 'the article (no source named)';
    const dateline = findDateline(input);
    const headline = sentences.filter((s) => s.paragraph === 0 && dateline && dateline.start > s.start);
    const body = sentences.filter((s) => !headline.includes(s));
    const drafts: DraftIncident[] = [];
    const ids = new Set<string>();
    let last: { draft: DraftIncident; paragraph: number } | undefined;
    let previous: { chosen: ChosenWhen; paragraph: number } | undefined;

    for (const [sentence, mergeOnly] of [
      ...body.map((s) => [s, false] as const),
      ...headline.map((s) => [s, true] as const),
    ]) {
      const words = text.slice(sentence.start, sentence.end);
      const choice = categorise(text, sentence.start, sentence.end);
      const dates = findDates(text, sentence, published);
      const own = chooseWhen(dates, choice.category, published, words);
      const chosen = carryDate(
        own,
        previous && previous.paragraph >= sentence.paragraph - 1 ? previous.chosen : undefined,
      );
      previous = { chosen: own, paragraph: sentence.paragraph };
      const inSentence = places.filter((p) => p.start >= sentence.start && p.end <= sentence.end);
      const eventPlaces: Array<PlaceMention | null> = chooseEventPlaces(text, inSentence, choice.category);
      const casualties = toFigures(findCasualties(text, sentence, fallback));
      const actorRefs = toActors(text, findActors(text, sentence), choice.category);
      const excerpt = { quote: words, offset: sentence.start };
      const canCreate = !mergeOnly && !QUOTE_START.test(words);
      const hasFigures = !!(casualties.killed || casualties.wounded);
      if (choice.category === 'other' && !chosen.stated && !hasFigures) continue;

      if (eventPlaces.length === 0) {
        // No place: the sentence can only add to the event just drafted, if it reads as the same one.
        const target = last && last.paragraph >= sentence.paragraph - 1 ? last.draft : undefined;
        const sameEvent =
          sameKind(target?.category ?? '', choice.category) || (choice.category === 'other' && hasFigures);
        if (target && sameEvent && datesCompatible(target.when, chosen.when)) {
          addTo(target, excerpt, casualties, actorRefs, null, chosen);
          last = { draft: target, paragraph: sentence.paragraph };
        }
        continue;
      }
      for (const mention of eventPlaces) {
        const where = mention ? toWhere(mention) : null;
        const same = drafts.find(
          (d) =>
            sameKind(d.category, choice.category) &&
            placesCompatible(d.where, where) &&
            datesCompatible(d.when, chosen.when) &&
            // Two places named in one sentence are two places, not one event said twice.
            !(
              d.excerpts.some((e) => e.offset === sentence.start) &&
              d.where?.candidates[0].source !== where?.candidates[0].source
            ),
        );
        if (same) {
          addTo(same, excerpt, casualties, actorRefs, where, chosen);
          last = { draft: same, paragraph: sentence.paragraph };
          continue;
        }
        if (!canCreate || !worthDrafting(where, chosen, choice.category, own.stated)) continue;
        const draft = newDraft(where, chosen, choice, published, ids);
        addTo(draft, excerpt, casualties, actorRefs, null, chosen);
        drafts.push(draft);
        last = { draft, paragraph: sentence.paragraph };
      }
    }
    return drafts;
  };
}

/** A new event needs a place finer than a country, or a country and a stated (or ongoing) time. */
function worthDrafting(where: DraftWhere | null, chosen: ChosenWhen, category: string, ownDate: boolean): boolean {
  if (!where) return false;
  if (category === 'other') return where.precision !== 'country' && ownDate;
  return where.precision !== 'country' || chosen.stated || chosen.ongoing;
}

function newDraft(
  where: DraftWhere | null,
  chosen: ChosenWhen,
  choice: ReturnType<typeof categorise>,
  published: string,
  ids: Set<string>,
): DraftIncident {
  const background =
    (chosen.when.end ?? chosen.when.start) < addDays(published, -BACKGROUND_DAYS) && !chosen.when.endOpen;
  const title = titleOf(choice.category, where, background);
  return {
    id: uniqueId(`${choice.category}-${where?.name ?? 'unplaced'}-${chosen.when.start}`, ids),
    title,
    titleEvidence: [
      ...choice.triggers.slice(0, 1).map((t) => ({ start: t.start, end: t.end })),
      ...(where ? [where.evidence] : []),
    ],
    category: choice.category,
    categoryTriggers: choice.triggers,
    status: chosen.future ? 'planned' : chosen.ongoing ? 'ongoing' : 'occurred',
    when: chosen.when,
    background,
    reported: published,
    where,
    actors: [],
    casualties: {},
    excerpts: [],
  };
}

function addTo(
  draft: DraftIncident,
  excerpt: { quote: string; offset: number },
  casualties: DraftIncident['casualties'],
  actors: DraftIncident['actors'],
  where: DraftWhere | null,
  chosen: ChosenWhen,
): void {
  if (!draft.excerpts.some((e) => e.offset === excerpt.offset)) draft.excerpts.push(excerpt);
  mergeFigures(draft.casualties, casualties);
  mergeActors(draft.actors, actors);
  if (!draft.when.evidence && chosen.when.evidence) draft.when = chosen.when;
  if (where && draft.where && finer(where, draft.where)) {
    draft.where = where;
    draft.title = titleOf(draft.category, where, draft.background);
  }
}

/** Fighting and an attack in one place on one day are one event told two ways. */
const sameKind = (a: string, b: string) =>
  a === b || (['attack', 'clashes'].includes(a) && ['attack', 'clashes'].includes(b));

const LEVEL = ['poi', 'district', 'city', 'region', 'country'];
const finer = (a: DraftWhere, b: DraftWhere) => LEVEL.indexOf(a.precision) < LEVEL.indexOf(b.precision);

/** The same gazetteer entry, or one of the two is a country and the other lies in it. */
function placesCompatible(a: DraftWhere | null, b: DraftWhere | null): boolean {
  if (!a || !b) return !a && !b;
  const ta = a.candidates[0];
  const tb = b.candidates[0];
  if (ta.source === tb.source) return true;
  return (a.precision === 'country' || b.precision === 'country') && ta.country === tb.country;
}

export type { Sentence };
