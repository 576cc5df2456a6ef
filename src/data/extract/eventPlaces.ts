/**
 * Which of a sentence's place mentions are where its event happened. Reference places ("near
 * Damascus", "9 miles southwest of Basra") give way to the places they locate; demonyms and
 * organisation names ("Misrata forces") place nothing when anything else is said; a dateline is
 * where the reporter filed from, so it places only events a reporter attends (meetings, drills, filings),
 * never a strike or an aid drop reported from the capital; and only the finest level said is kept (Bamako over
 * Mali). Places joined by "and" or commas share a role ("Es Sider and Ras Lanuf").
 */
import { LOCATION_PRECISIONS, type Category, type LocationPrecision } from '../vocabulary';
import type { PlaceMention } from './types';

const REFERENCE_BEFORE =
  /\b(?:near|outside|nearby|neighbou?ring|north|south|east|west|north-?east|north-?west|south-?east|south-?west|miles|km|kilometres|kilometers|from|towards?)(?: of)?(?: the)?(?: [\p{Ll}-]+){0,3}? $/u;
/** Where a speaker was, not where the event was: "speaking to reporters in Geneva", "told Reuters in Oslo". */
const SPEAKER_PLACE_BEFORE =
  /\b(?:speaking|spoke|told|said|talking)(?: to)?(?: reporters| journalists| Reuters| a news conference)? in $/;
const LIST_JOINER = /^(?:,|,? and|,? or| &)\s*$/;

/** Events a reporter attends where they file from; a strike or an aid drop is reported from elsewhere. */
const DATELINE_EVENTS: Category[] = ['diplomacy', 'legal', 'security', 'other'];

const rankOf = (p: LocationPrecision) => LOCATION_PRECISIONS.indexOf(p);

export function chooseEventPlaces(text: string, mentions: PlaceMention[], category: Category): PlaceMention[] {
  const datelineOk = DATELINE_EVENTS.includes(category);
  const usable = mentions.filter(
    (m) =>
      m.candidates.length > 0 &&
      m.kind !== 'demonym' &&
      (datelineOk ||
        (m.kind !== 'dateline' && !SPEAKER_PLACE_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)))),
  );
  const literal = usable.filter((m) => m.kind !== 'nested');
  const pool = literal.length > 0 ? literal : usable;
  const reference = new Set<PlaceMention>();
  pool.forEach((m, i) => {
    const before = text.slice(Math.max(0, m.start - 40), m.start);
    const prev = pool[i - 1];
    const joined = prev && LIST_JOINER.test(text.slice(prev.end, m.start));
    if (joined ? reference.has(prev) : REFERENCE_BEFORE.test(before)) reference.add(m);
  });
  const located = pool.filter((m) => !reference.has(m));
  const chosen = located.length > 0 ? located : pool;
  if (chosen.length === 0) return [];
  const finest = Math.min(...chosen.map((m) => rankOf(m.candidates[0].precision)));
  const seen = new Set<string>();
  return chosen.filter((m) => {
    const top = m.candidates[0];
    if (rankOf(top.precision) !== finest || seen.has(top.source)) return false;
    seen.add(top.source);
    return true;
  });
}
