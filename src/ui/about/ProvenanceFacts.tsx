/**
 * The "Sourcing" line of an incident's details: what its account rests on (verbatim, quoted,
 * summary or none) and what that means; a coder's note shown as theirs; how the file's own scheme
 * classed the event; and whether the title was made by the importer. Text only, never HTML.
 */
import { PROVENANCE_DEFINITIONS } from '../../data/vocabulary';
import type { IncidentProperties } from '../../data/schema';

export function ProvenanceFacts({ properties: p }: { properties: IncidentProperties }) {
  return (
    <>
      <dt>Sourcing</dt>
      <dd data-testid="provenance">
        <strong className={`provenance provenance-${p.provenance}`}>{p.provenance}</strong>
        <span className="basis">{PROVENANCE_DEFINITIONS[p.provenance]}</span>
        {p.summary && (
          <>
            <blockquote className="summary-note" data-testid="summary-note">
              {p.summary.text}
            </blockquote>
            <span className="basis">Note by {p.summary.by}; a summary, not the words of a source.</span>
          </>
        )}
        {p.codedAs && (
          <span className="basis">
            Coded by {p.codedAs.scheme} as {p.codedAs.type}
            {p.codedAs.subType ? ` / ${p.codedAs.subType}` : ''}
          </span>
        )}
        {p.titleMade && <span className="basis">Title made by the importer from the row’s fields.</span>}
      </dd>
    </>
  );
}
