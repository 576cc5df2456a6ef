/**
 * Which reports are independent of each other. Two reports count once when:
 *   - both are the own words of one agency (Reuters on 19 and 24 Feb; CBS News carrying AP and
 *     AP itself): one newsroom's reporting, under whatever bylines;
 *   - their articles are near-identical texts (textSimilarity.ts): wire copy republished, and
 *     both are the outlet's own words or quote the same speaker;
 *   - they quote the same named speaker.
 * The groups are what is left: "3 reports, 2 independent".
 */
import type { Report } from './types';
import { containment, REPRINT_THRESHOLD, shingles } from './textSimilarity';

export interface Independence {
  /** Reports in groups that count once each, in the order of the reports given. */
  groups: Report[][];
  /** Why reports were counted together, in words. */
  reasons: string[];
}

const norm = (s: string) => s.trim().toLowerCase();
const UNKNOWN_AGENCY = new Set(['unknown', 'unknown source', 'imported']);

export function independentGroups(reports: Report[], textOf: (source: string) => string | undefined): Independence {
  const parent = reports.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const reasons: string[] = [];
  const join = (i: number, j: number, reason: string) => {
    const [a, b] = [find(i), find(j)];
    if (a === b) return;
    parent[Math.max(a, b)] = Math.min(a, b);
    if (!reasons.includes(reason)) reasons.push(reason);
  };
  const shingled = new Map<string, Set<string>>();
  const shinglesOf = (source: string) => {
    if (!shingled.has(source)) {
      const text = textOf(source);
      shingled.set(source, text === undefined ? new Set() : shingles(text));
    }
    return shingled.get(source)!;
  };

  reports.forEach((a, i) =>
    reports.slice(0, i).forEach((b, j) => {
      if (a.ownVoice && b.ownVoice && norm(a.agency) === norm(b.agency) && !UNKNOWN_AGENCY.has(norm(a.agency)))
        return join(i, j, `${a.agency} counts once: one agency’s reporting, whatever the byline`);
      if (!a.ownVoice && !b.ownVoice && norm(a.speaker) === norm(b.speaker))
        return join(i, j, `${a.speaker} counts once, however many outlets quote them`);
      const sameVoice = a.ownVoice === b.ownVoice && (a.ownVoice || norm(a.speaker) === norm(b.speaker));
      if (!sameVoice || a.source === b.source) return;
      const shared = containment(shinglesOf(a.source), shinglesOf(b.source));
      if (shared >= REPRINT_THRESHOLD)
        join(i, j, `${b.outlet} and ${a.outlet} count once: ${Math.round(shared * 100)}% of the text is the same`);
    }),
  );

  const groups = new Map<number, Report[]>();
  reports.forEach((r, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), r]);
  });
  return { groups: [...groups.values()], reasons };
}
