/**
 * "What the sources say": who says what about the incident, side by side, where they disagree,
 * how many of the reports are independent, and the grade of the sourcing. A table with headers
 * on wide screens; stacked cards, one per report, at phone width.
 */
import './sources.css';
import type { IncidentProperties } from '../../data/schema';
import { CLAIM_KINDS } from '../../data/claims/types';
import { useActorName, useSourcing } from './useSourcing';
import { SourcesTable } from './SourcesTable';
import { SourcesCards } from './SourcesCards';
import { GradeControl } from './GradeControl';
import { independenceLine } from './describeClaims';
import { useAppStore } from '../../store/appStore';
import type { MergedProperties } from '../../data/claims/mergeRecords';

export function WhatTheSourcesSay({ p, headingId }: { p: IncidentProperties; headingId: string }) {
  const sourcing = useSourcing(p);
  const actorName = useActorName();
  const { reports, rows, independence, suggested } = sourcing;
  const setAboutOpen = useAppStore((s) => s.setAboutOpen);
  const kinds = CLAIM_KINDS.filter((kind) => rows[kind].claimed > 0);
  return (
    <section className="what-sources-say" aria-labelledby={headingId}>
      <h3 id={headingId}>What the sources say</h3>
      <p className="independence" data-testid="independence">
        <strong>{independenceLine(reports.length, independence.groups.length)}</strong>
        {independence.reasons.map((reason) => (
          <span key={reason} className="basis">
            {reason}.
          </span>
        ))}
      </p>
      {(p as MergedProperties).mergedFrom?.map((m) => (
        <p key={m.id} className="merged-note" data-testid="merged-note">
          Merged with “{m.title}” ({m.id}) on {m.at.slice(0, 10)}: its excerpts and statements are shown here; both
          records stay stored as they were.
        </p>
      ))}
      <GradeControl key={p.id} incidentId={p.id} suggested={suggested} />
      {kinds.length === 0 ? (
        <p className="basis">The record holds no date, place, responsibility or casualty claims to compare.</p>
      ) : (
        <>
          <SourcesTable sourcing={sourcing} kinds={kinds} p={p} actorName={actorName} />
          <SourcesCards sourcing={sourcing} kinds={kinds} p={p} actorName={actorName} />
        </>
      )}
      <p className="basis">
        Disagreement, the most conservative value, independence and the grade follow written rules:
        <button type="button" className="link-button" onClick={() => setAboutOpen(true)}>
          how sources are compared and graded
        </button>
      </p>
    </section>
  );
}
