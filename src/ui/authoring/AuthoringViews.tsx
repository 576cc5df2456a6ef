/** The Add article dialog or the review of an article's drafts, whichever is open. */
import { useAppStore } from '../../store/appStore';
import { AddArticleDialog } from './AddArticleDialog';
import { ReviewView } from './ReviewView';
import './authoring.css';

export default function AuthoringViews() {
  const view = useAppStore((s) => s.authoringView);
  if (view === 'add') return <AddArticleDialog />;
  if (view === 'review') return <ReviewView />;
  return null;
}
