/** The Add article dialog or the review of an article's drafts, whichever is open. */
import { useAppStore } from '../../store/appStore';
import { AddArticleDialog } from './AddArticleDialog';
import { ReviewView } from './ReviewView';
import { ReviewPlacingBar } from './PlacingBar';
import { QuotePlacingBar } from './QuotePlacingBar';
import './authoring.css';

export default function AuthoringViews() {
  const view = useAppStore((s) => s.authoringView);
  const placing = useAppStore((s) => s.placingPin !== null);
  // Placing a draft on the map: the review steps aside so the map can be clicked, and comes back after.
  if (view === 'review' && placing) return <ReviewPlacingBar />;
  if (view === 'quote') return <QuotePlacingBar />;
  if (view === 'add') return <AddArticleDialog />;
  if (view === 'review') return <ReviewView />;
  return null;
}
