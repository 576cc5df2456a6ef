/**
 * The dataset rules beyond the schema: provenance "verbatim" with excerpts verbatim at their offsets, sources known and
 * unaltered, actors known, coordinates inside the named country, and no event before its report.
 * Pure: the caller supplies the texts, hashes and a country check.
 */
import type { Incident } from './parseIncidents';
import { toDayNumber } from '../lib/days';

export interface Problem {
  id: string;
  field: string;
  reason: string;
}

export interface ProvenanceContext {
  sources: Map<string, { published: { date: string }; sha256: string }>;
  /** Archived text per source id; undefined when the file is missing. */
  texts: Map<string, string | undefined>;
  /** SHA-256 of each archived text file as found on disk. */
  hashes: Map<string, string>;
  actorIds: Set<string>;
  countryCheck: (lngLat: [number, number], iso2: string) => { ok: true } | { ok: false; reason: string };
}

export function checkSources(ctx: ProvenanceContext): Problem[] {
  const problems: Problem[] = [];
  for (const [id, source] of ctx.sources) {
    const hash = ctx.hashes.get(id);
    if (ctx.texts.get(id) === undefined)
      problems.push({ id, field: 'sources.json', reason: `archived text data/sources/${id}.txt is missing` });
    else if (hash !== source.sha256)
      problems.push({
        id,
        field: 'sources.json sha256',
        reason: `data/sources/${id}.txt has SHA-256 ${hash?.slice(0, 12)}…, but sources.json records ${source.sha256.slice(0, 12)}…: the archived text was changed`,
      });
  }
  return problems;
}

export function checkIncident(incident: Incident, ctx: ProvenanceContext): Problem[] {
  const p = incident.feature.properties;
  const problems: Problem[] = [];
  const add = (field: string, reason: string) => problems.push({ id: p.id, field, reason });

  // data/ is the verbatim tier: each incident says so, and the excerpts below prove it.
  if (p.provenance !== 'verbatim')
    add(
      'provenance',
      `is "${p.provenance}"; every incident in data/ must be "verbatim" (excerpts checked against data/sources/)`,
    );
  p.excerpts.forEach((excerpt, i) => {
    const field = `excerpts[${i}]`;
    if (!ctx.sources.has(excerpt.source))
      return add(`${field}.source`, `unknown source "${excerpt.source}" (not in data/sources.json)`);
    const text = ctx.texts.get(excerpt.source);
    if (text === undefined) return add(`${field}.source`, `no archived text for "${excerpt.source}"`);
    if (text.slice(excerpt.offset, excerpt.offset + excerpt.quote.length) === excerpt.quote) return;
    const found = text.indexOf(excerpt.quote);
    add(
      `${field}.offset`,
      found >= 0
        ? `quote is verbatim but at offset ${found}, not ${excerpt.offset}`
        : `quote is not found verbatim in data/sources/${excerpt.source}.txt: "${excerpt.quote.slice(0, 60)}…"`,
    );
  });

  const earliest = p.excerpts
    .map((e) => ctx.sources.get(e.source)?.published.date)
    .filter((d): d is string => Boolean(d))
    .sort()[0];
  if (earliest && p.reported !== earliest)
    add('reported', `is ${p.reported}, but its earliest source was published ${earliest}`);
  if (toDayNumber(p.when.start) > toDayNumber(p.reported))
    add('when.start', `event starts ${p.when.start}, after its report date ${p.reported}`);

  p.actors.forEach((a, i) => {
    if (!ctx.actorIds.has(a.actor)) add(`actors[${i}].actor`, `unknown actor "${a.actor}" (not in data/actors.json)`);
  });
  (p.claimedBy ?? []).forEach((a, i) => {
    if (!ctx.actorIds.has(a)) add(`claimedBy[${i}]`, `unknown actor "${a}" (not in data/actors.json)`);
  });
  for (const kind of ['killed', 'wounded'] as const) {
    p.casualties?.[kind]?.forEach((f, i) => {
      if (!ctx.sources.has(f.source)) add(`casualties.${kind}[${i}].source`, `unknown source "${f.source}"`);
    });
  }

  const inCountry = ctx.countryCheck(incident.lngLat, p.where.country);
  if (!inCountry.ok) add('geometry.coordinates', inCountry.reason);
  return problems;
}
