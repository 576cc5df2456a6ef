/**
 * The words "What the sources say" shows: the name of a report, a claim as stated with what it
 * resolves to, who a report disagrees with, and each row's summary under the conservative-value
 * rule (data/claims/compareClaims.ts, written out in the About panel).
 */
import type { Claim, ClaimKind, Report } from '../../data/claims/types';
import type { RowComparison } from '../../data/claims/compareClaims';
import type { IncidentProperties } from '../../data/schema';
import { formatDay, formatDayRange, formatDayShort, toDayNumber } from '../../lib/days';
import { DATE_PRECISION_WORDS, LOCATION_PRECISION_WORDS } from '../../data/vocabulary';

const day = (iso: string | undefined) => (iso ? formatDay(toDayNumber(iso)) : 'undated');
const days = (start: string, end: string | undefined) => formatDayRange(toDayNumber(start), toDayNumber(end ?? start));

/** "Reuters" / "Hussein al-Thwadi, mayor of Sabratha". */
export const speakerOf = (r: Report) => r.speaker;

/** "own report · 19 Feb 2016" or "quoted by Reuters · 19 Feb 2016". */
export const outletLine = (r: Report) => `${r.ownVoice ? 'own report' : `quoted by ${r.outlet}`} · ${day(r.published)}`;

/** A report named in a sentence: "Reuters, 19 Feb 2016" or "Hussein al-Thwadi (in Reuters, 19 Feb 2016)". */
export const reportName = (r: Report) =>
  r.ownVoice ? `${r.speaker}, ${day(r.published)}` : `${r.speaker.split(',')[0]} (in ${r.outlet}, ${day(r.published)})`;

/** A report named briefly, inside a cell: "Reuters, 24 Feb" or "Hussein al-Thwadi". */
export const reportShortName = (r: Report) =>
  r.ownVoice
    ? `${r.speaker}${r.published ? `, ${formatDayShort(toDayNumber(r.published))}` : ''}`
    : r.speaker.split(',')[0];

const bounds = (c: Claim) => {
  if (c.min !== undefined && c.min === c.max) return `${c.min}`;
  if (c.min !== undefined && c.max !== undefined) return `${c.min}–${c.max}`;
  if (c.max !== undefined) return `at most ${c.max}`;
  if (c.min !== undefined) return `at least ${c.min}`;
  return 'no number';
};

/** What a claim resolves to, after its words: "19 Feb 2016", "at most 40", "United States". */
export function claimMeaning(c: Claim, actorName: (id: string) => string): string | null {
  if (c.kind === 'date' && c.start) return days(c.start, c.end);
  if (c.kind === 'killed' || c.kind === 'wounded') return bounds(c);
  if (c.kind === 'responsibility') return (c.actors ?? []).map(actorName).join(', ');
  return null;
}

const list = (names: string[]) =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;

/** "Disagrees with Hussein al-Thwadi and Reuters, 24 Feb", or null. */
export function disagreementText(row: RowComparison, report: Report, reports: Report[]): string | null {
  const others = row.disagreements.get(report.key) ?? [];
  if (others.length === 0) return null;
  return `Disagrees with ${list(others.map((key) => reportShortName(reports.find((r) => r.key === key)!)))}`;
}

const countDisagreeing = (row: RowComparison) => [...row.disagreements.values()].filter((d) => d.length > 0).length;

/** The summary line of one row, or null when no report makes a claim of that kind. */
export function rowSummary(
  row: RowComparison,
  p: IncidentProperties,
  actorName: (id: string) => string,
): string | null {
  if (row.claimed === 0) return null;
  const disagreeing = countDisagreeing(row);
  const agreement =
    row.claimed < 2 ? 'one report' : disagreeing > 0 ? `${disagreeing} of ${row.claimed} disagree` : 'consistent';
  const kind: ClaimKind = row.kind;
  if (kind === 'killed' || kind === 'wounded') {
    if (row.low === undefined) return `No number stated · ${agreement}`;
    const range = row.low === row.high ? `${row.low}` : `${row.low}–${row.high}`;
    return `Range ${range} · most conservative ${row.conservative} · ${agreement}`;
  }
  if (kind === 'date')
    return `${days(row.start!, row.end)} across reports · recorded as ${days(p.when.start, p.when.end)} (${DATE_PRECISION_WORDS[p.when.precision]}) · ${agreement}`;
  if (kind === 'responsibility') {
    const claimed = p.claimedBy?.length ? ` · claimed by ${p.claimedBy.map(actorName).join(', ')}` : '';
    return `Named: ${(row.actors ?? []).map(actorName).join(', ')}${claimed} · ${agreement}`;
  }
  return `Recorded as ${p.where.name} (${LOCATION_PRECISION_WORDS[p.where.precision]})`;
}

/** "3 reports, 2 independent". */
export const independenceLine = (reports: number, independent: number) =>
  `${reports} ${reports === 1 ? 'report' : 'reports'}, ${independent} independent`;
