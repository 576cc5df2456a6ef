/**
 * Building the parts of a draft from a sentence's findings: where (from a place mention), the
 * casualty lists, actors with roles, the title, the id.
 */
import type { Category } from '../vocabulary';
import { assignRoles, slugify, type ActorMention } from './actors';
import type { CasualtyFigure } from './casualties';
import type { DraftActorRef, DraftFigure, DraftIncident, DraftWhere } from './draftTypes';
import type { PlaceMention } from './types';

export const VIOLENT: Category[] = ['airstrike', 'attack', 'bombing', 'clashes', 'seizure', 'siege'];

const CATEGORY_TITLE: Record<Category, string> = {
  airstrike: 'Air strike',
  attack: 'Attack',
  bombing: 'Bombing',
  clashes: 'Fighting',
  seizure: 'Armed group takes or holds ground',
  siege: 'Siege',
  humanitarian: 'Aid',
  security: 'Security event',
  diplomacy: 'Meeting or agreement',
  legal: 'Legal action',
  other: 'Event',
};

export function toWhere(m: PlaceMention): DraftWhere {
  const top = m.candidates[0];
  return {
    asWritten: m.asWritten,
    name: top.name,
    country: top.country,
    precision: top.precision,
    kind: m.kind,
    candidates: m.candidates.slice(0, 5),
    ...(m.ambiguity ? { ambiguity: m.ambiguity } : {}),
    evidence: { start: m.start, end: m.end },
  };
}

export function toFigures(figures: CasualtyFigure[]): DraftIncident['casualties'] {
  const out: DraftIncident['casualties'] = {};
  for (const f of figures) {
    const figure: DraftFigure = {
      ...(f.min !== undefined ? { min: f.min } : {}),
      ...(f.max !== undefined ? { max: f.max } : {}),
      text: f.text,
      attribution: f.attribution,
      ...(f.convention ? { convention: f.convention } : {}),
      evidence: { start: f.start, end: f.end },
      ...(f.attributionSpan ? { attributionEvidence: f.attributionSpan } : {}),
    };
    (out[f.kind] ??= []).push(figure);
  }
  return out;
}

export function mergeFigures(into: DraftIncident['casualties'], more: DraftIncident['casualties']): void {
  for (const kind of ['killed', 'wounded'] as const) {
    for (const f of more[kind] ?? []) {
      const list = (into[kind] ??= []);
      if (!list.some((g) => g.evidence.start === f.evidence.start)) list.push(f);
    }
  }
}

export function toActors(text: string, mentions: ActorMention[], category: Category): DraftActorRef[] {
  return assignRoles(text, mentions, VIOLENT.includes(category)).map((a) => ({
    actor: a.actor,
    name: a.name,
    role: a.role,
    asWritten: a.asWritten,
    known: a.known,
    roleBasis: a.roleBasis,
    evidence: { start: a.start, end: a.end },
  }));
}

export function mergeActors(into: DraftActorRef[], more: DraftActorRef[]): void {
  for (const a of more)
    if (!into.some((b) => b.actor === a.actor))
      into.push({ ...a, role: a.role === 'perpetrator' ? 'participant' : a.role });
}

export function titleOf(category: Category, where: DraftWhere | null, background: boolean): string {
  const place = where ? ` in ${where.name}` : ' (place not stated)';
  return `${CATEGORY_TITLE[category]}${place}${background ? ' (background)' : ''}`;
}

export function uniqueId(base: string, taken: Set<string>): string {
  const slug = slugify(base);
  let id = slug;
  for (let n = 2; taken.has(id); n++) id = `${slug}-${n}`;
  taken.add(id);
  return id;
}

/** Great-circle distance in km. */
export function kmApart(a: { lon: number; lat: number }, b: { lon: number; lat: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}
