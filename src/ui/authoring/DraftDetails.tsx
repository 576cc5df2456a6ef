/** One draft's fields, each with the words it came from and the doubt the extractor has about it. */
import type { DraftIncident } from '../../data/extract/draftTypes';
import { CATEGORY_LABELS } from '../../data/categoryColors';
import { DATE_PRECISION_WORDS, LOCATION_PRECISION_WORDS } from '../../data/vocabulary';

const figures = (list: DraftIncident['casualties']['killed']) =>
  list?.map((f) => `${f.text} (${f.attribution}${f.convention ? `; ${f.convention}` : ''})`).join('; ');

export function DraftDetails({ draft }: { draft: DraftIncident }) {
  const { when, where } = draft;
  const killed = figures(draft.casualties.killed);
  const wounded = figures(draft.casualties.wounded);
  return (
    <dl className="facts draft-facts">
      <div className="fact-row">
        <dt>What</dt>
        <dd>
          {CATEGORY_LABELS[draft.category]}
          {draft.categoryTriggers[0] && <span className="basis">from “{draft.categoryTriggers[0].words}”</span>}
        </dd>
      </div>
      <div className="fact-row">
        <dt>When</dt>
        <dd>
          {when.start}
          {when.end && when.end !== when.start ? ` – ${when.end}` : ''}{' '}
          <span className="precision">({DATE_PRECISION_WORDS[when.precision]})</span>
          <span className="basis">{when.basis}</span>
        </dd>
      </div>
      <div className="fact-row">
        <dt>Where</dt>
        <dd>
          {where ? (
            <>
              {where.name}, {where.country}{' '}
              <span className="precision">({LOCATION_PRECISION_WORDS[where.precision]})</span>
              <span className="basis">
                as written “{where.asWritten}”
                {where.kind === 'dateline' ? ' (the dateline: where the reporter was)' : ''}
              </span>
              {where.ambiguity && <span className="basis ambiguity">{where.ambiguity}</span>}
              {where.candidates.length > 1 && (
                <span className="basis">
                  Other candidates:{' '}
                  {where.candidates
                    .slice(1, 4)
                    .map((c) => `${c.name} (${c.country})`)
                    .join(', ')}
                </span>
              )}
            </>
          ) : (
            'No place the gazetteer knows'
          )}
        </dd>
      </div>
      {draft.actors.length > 0 && (
        <div className="fact-row">
          <dt>Actors</dt>
          <dd>
            {draft.actors.map((a) => `${a.name} (${a.role}${a.known ? '' : ', not in the actor table'})`).join('; ')}
          </dd>
        </div>
      )}
      {(killed || wounded) && (
        <div className="fact-row">
          <dt>Casualties</dt>
          <dd>
            {killed && <span className="basis-inline">Killed: {killed}</span>}
            {wounded && <span className="basis-inline">Wounded: {wounded}</span>}
          </dd>
        </div>
      )}
      <div className="fact-row">
        <dt>Excerpts</dt>
        <dd>
          {draft.excerpts.length} sentence{draft.excerpts.length === 1 ? '' : 's'}, marked in the text
        </dd>
      </div>
    </dl>
  );
}
