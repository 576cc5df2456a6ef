/**
 * The reports of one incident and the claims each supports, derived from what the record already
 * has: casualty statements (with who gave them), `claimedBy`, the date's basis and the place as
 * written. An excerpt is credited to a speaker the record names (a casualty attribution) when it
 * names them; otherwise to the outlet. A date claim is made only from words the date's basis
 * quotes; a responsibility claim only names an actor the record holds as perpetrator.
 */
import type { IncidentProperties } from '../schema';
import type { Actor } from '../sourceCatalog';
import { findDates } from '../extract/dates';
import { createActorFinder } from '../extract/actors';
import type { Claim, ClaimKind, Report, SourceInfo } from './types';

export interface ReportContext {
  sourceInfo: (id: string) => SourceInfo | undefined;
  actors: readonly Actor[];
  /** One finder shared by every record (reportContext.ts); built here when absent. */
  findActors?: ReturnType<typeof createActorFinder>;
}

/** Curly quotes and apostrophes as straight ones, for matching words as written. */
export const plainQuotes = (s: string) => s.replace(/[’‘]/g, "'").replace(/[“”]/g, '"');
const has = (text: string, words: string) => plainQuotes(text).toLowerCase().includes(plainQuotes(words).toLowerCase());

/** "Hussein al-Thwadi, mayor of Sabratha" → "Hussein al-Thwadi": the name before any description. */
const nameOf = (attribution: string) => attribution.split(',')[0].trim();

export function isOwnVoice(attribution: string, info: SourceInfo): boolean {
  const a = attribution.trim().toLowerCase();
  return a === info.outlet.toLowerCase() || a === info.agency.toLowerCase();
}

/**
 * `gradeOnly`: just what the grade rule reads (reports, and who each holds responsible when
 * there are two reports to disagree), without dates and places: the path that grades a large import.
 */
export function deriveReports(p: IncidentProperties, ctx: ReportContext, gradeOnly = false): Report[] {
  const reports = new Map<string, Report>();
  const figures = [...(p.casualties?.killed ?? []), ...(p.casualties?.wounded ?? [])];
  const infoOf = (id: string): SourceInfo => ctx.sourceInfo(id) ?? { outlet: 'Unknown source', agency: id };
  const reportFor = (source: string, speaker: string | null): Report => {
    const info = infoOf(source);
    const who = speaker ?? (info.agency !== info.outlet ? `${info.outlet} (${info.agency})` : info.outlet);
    const key = `${source}|${who}`;
    let report = reports.get(key);
    if (!report) {
      report = {
        key,
        source,
        speaker: who,
        ownVoice: speaker === null,
        outlet: info.outlet,
        agency: info.agency,
        published: info.published,
        excerpts: [],
        claims: {},
      };
      reports.set(key, report);
    }
    return report;
  };
  const add = (report: Report, claim: Claim) => (report.claims[claim.kind] ??= []).push(claim);
  /** Speakers the record names for a source: the attributions of its casualty figures. */
  const speakersIn = (source: string) =>
    [...new Set(figures.filter((f) => f.source === source).map((f) => f.attribution))].filter(
      (a) => !isOwnVoice(a, infoOf(source)),
    );

  const findActors =
    ctx.findActors ?? createActorFinder(ctx.actors.map((a) => ({ id: a.id, name: a.name, aliases: a.aliases })));
  const perpetrators = new Set(p.actors.filter((a) => a.role === 'perpetrator').map((a) => a.actor));
  const placeWords = [p.where.asWritten, ...p.where.name.split(',').map((s) => s.trim())];

  const excerptReports: Report[] = [];
  p.excerpts.forEach((excerpt, index) => {
    const speaker = speakersIn(excerpt.source).find((a) => has(excerpt.quote, nameOf(a))) ?? null;
    const report = reportFor(excerpt.source, speaker);
    report.excerpts.push(index);
    const span = { start: 0, end: excerpt.quote.length };
    const published = report.published;
    if (published && !gradeOnly)
      for (const m of findDates(excerpt.quote, span, published)) {
        if (m.reporting || m.future || !has(p.when.basis, m.asWritten)) continue;
        add(report, { kind: 'date', words: m.asWritten, excerpt: index, ...m.when, end: m.when.end ?? m.when.start });
      }
    const place = gradeOnly ? undefined : placeWords.find((w) => w && has(excerpt.quote, w));
    if (place) add(report, { kind: 'place', words: place, excerpt: index });
    excerptReports.push(report);
  });

  for (const kind of ['killed', 'wounded'] as const satisfies ClaimKind[])
    for (const f of p.casualties?.[kind] ?? []) {
      const info = infoOf(f.source);
      const report = reportFor(f.source, isOwnVoice(f.attribution, info) ? null : f.attribution);
      const excerpt = p.excerpts.findIndex((e) => e.source === f.source && has(e.quote, f.text));
      add(report, {
        kind,
        words: f.text,
        min: f.min,
        max: f.max,
        excerpt: excerpt >= 0 ? excerpt : undefined,
        verbatim: info.text === undefined ? undefined : has(info.text, f.text),
      });
    }

  // Responsibility as each excerpt words it; for the grade alone, only when two reports could disagree.
  if (perpetrators.size > 0 && (!gradeOnly || reports.size > 1))
    p.excerpts.forEach((excerpt, index) => {
      const named = findActors(excerpt.quote, { start: 0, end: excerpt.quote.length }).filter((m) =>
        perpetrators.has(m.actor),
      );
      if (named.length > 0)
        add(excerptReports[index], {
          kind: 'responsibility',
          words: named.map((m) => m.asWritten).join('; '),
          actors: [...new Set(named.map((m) => m.actor))],
          excerpt: index,
        });
    });

  return [...reports.values()].sort(
    (a, b) => (a.published ?? '').localeCompare(b.published ?? '') || Number(b.ownVoice) - Number(a.ownVoice),
  );
}
