/**
 * The words behind each field of a draft, as spans of the article text, and the text cut into
 * segments at every span edge, so that the review can wrap each piece in a <mark> naming the
 * fields it supports. Built from offsets only; the text is never parsed.
 */
import type { DraftIncident } from '../../data/extract/draftTypes';

export type EvidenceKind = 'excerpt' | 'place' | 'date' | 'actor' | 'casualties';

export interface EvidenceSpan {
  kind: EvidenceKind;
  start: number;
  end: number;
}

export const EVIDENCE_WORDS: Record<EvidenceKind, string> = {
  excerpt: 'excerpt',
  place: 'place',
  date: 'date',
  actor: 'actor',
  casualties: 'casualties',
};

export function evidenceOf(draft: DraftIncident): EvidenceSpan[] {
  const spans: EvidenceSpan[] = draft.excerpts.map((e) => ({
    kind: 'excerpt',
    start: e.offset,
    end: e.offset + e.quote.length,
  }));
  if (draft.where) spans.push({ kind: 'place', ...draft.where.evidence });
  if (draft.when.evidence) spans.push({ kind: 'date', ...draft.when.evidence });
  for (const a of draft.actors) spans.push({ kind: 'actor', ...a.evidence });
  for (const f of [...(draft.casualties.killed ?? []), ...(draft.casualties.wounded ?? [])])
    spans.push({ kind: 'casualties', ...f.evidence });
  return spans.filter((s) => s.end > s.start);
}

export interface Segment {
  start: number;
  end: number;
  /** The fields these words support, excerpt first; empty for plain text. */
  kinds: EvidenceKind[];
}

const ORDER: EvidenceKind[] = ['excerpt', 'place', 'date', 'actor', 'casualties'];

/** The whole text [0, length) cut at every span edge; adjacent segments never share kinds and bounds. */
export function segmentsOf(length: number, spans: EvidenceSpan[]): Segment[] {
  const cuts = new Set([0, length]);
  for (const s of spans) {
    cuts.add(Math.max(0, Math.min(length, s.start)));
    cuts.add(Math.max(0, Math.min(length, s.end)));
  }
  const edges = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < edges.length - 1; i++) {
    const [start, end] = [edges[i], edges[i + 1]];
    const kinds = ORDER.filter((k) => spans.some((s) => s.kind === k && s.start <= start && s.end >= end));
    const last = segments[segments.length - 1];
    if (last && last.kinds.join() === kinds.join()) last.end = end;
    else segments.push({ start, end, kinds });
  }
  return segments;
}
