/**
 * The selected draft: its fields with the words behind them, the place picker, corrections to its
 * title, category, actors and dates, merging, and the decision: Accept, Reject, or, when it looks
 * like an incident already in the atlas, Add as a further source to that one.
 */
import { useState } from 'react';
import { appStore } from '../../store/appStore';
import { addFurtherSource, decideDraft, incidentIdOf } from '../../io/extractReview';
import type { AuthoredDraft } from '../../data/authoring/editDraft';
import type { AddedArticle, ArticleReview } from '../../store/authoringSlice';
import { DraftDetails } from './DraftDetails';
import { PlacePicker } from './PlacePicker';
import { DraftFieldsEditor } from './DraftFieldsEditor';
import { DateEditor } from './DateEditor';
import { MergeDrafts } from './MergeDrafts';
import { FurtherSourceOffer, useSimilarIncident } from './FurtherSourceOffer';
import { showOnMap } from './reviewActions';

interface Props {
  draft: AuthoredDraft;
  review: ArticleReview;
  article: AddedArticle;
}

export function DraftPanel({ draft, review, article }: Props) {
  const [said, setSaid] = useState<{ draft: string; text: string } | null>(null);
  const similar = useSimilarIncident(draft, article.setId);
  const decision = review.decisions[draft.id];
  const furtherOf = decision === 'further source' ? similar?.incident.id : undefined;

  const decide = async (choice: 'accepted' | 'rejected') => {
    const refused = await decideDraft(appStore, draft.id, choice);
    const text = refused ?? (choice === 'accepted' ? `Accepted: “${draft.title}” is on the map.` : 'Rejected.');
    setSaid({ draft: draft.id, text });
  };
  const addFurther = async () => {
    if (!similar) return;
    const refused = await addFurtherSource(appStore, draft.id, similar.incident.id);
    const title = similar.incident.feature.properties.title;
    setSaid({ draft: draft.id, text: refused ?? `Added as a further source to “${title}”.` });
  };
  const shown = decision === 'accepted' ? incidentIdOf(article.setId, draft.id) : furtherOf;

  return (
    <div className="draft-detail" aria-label={`Draft: ${draft.title}`} role="group">
      <DraftDetails draft={draft} />
      {similar && (!decision || decision === 'rejected') && (
        <FurtherSourceOffer similar={similar} onAdd={() => void addFurther()} />
      )}
      <PlacePicker draft={draft} />
      <details className="draft-corrections">
        <summary>Correct title, category, actors, dates</summary>
        <DraftFieldsEditor draft={draft} />
        <DateEditor key={draft.id} draft={draft} />
      </details>
      <MergeDrafts key={draft.id} draft={draft} drafts={review.drafts} />
      <div className="dialog-actions">
        <button type="button" className="primary-button" onClick={() => void decide('accepted')}>
          {decision === 'accepted' ? 'Accept changes' : 'Accept'}
        </button>
        <button
          type="button"
          className="secondary-button"
          onClick={() => void decide('rejected')}
          disabled={decision === 'rejected'}
        >
          Reject
        </button>
        {shown && (
          <button type="button" className="secondary-button" onClick={() => showOnMap(shown)}>
            Show on map
          </button>
        )}
      </div>
      <p role="status" className="hint" data-testid="decision-status">
        {said?.draft === draft.id ? said.text : ''}
      </p>
    </div>
  );
}
