/**
 * The entry points to authoring that are always on the page (the Add article button and the
 * Sources panel's place), and the authoring views themselves, loaded as their own chunks the
 * first time one is needed, so first paint does not carry them.
 */
import { lazy, Suspense } from 'react';
import { useAppStore } from '../../store/appStore';

const AuthoringViews = lazy(() => import('./AuthoringViews'));
const SourcesList = lazy(() => import('./SourcesList'));

export function AuthoringRoot() {
  const view = useAppStore((s) => s.authoringView);
  if (!view) return null;
  return (
    <Suspense fallback={null}>
      <AuthoringViews />
    </Suspense>
  );
}

export function AddArticleButton() {
  const open = useAppStore((s) => s.setAuthoringView);
  return (
    // On a phone the header has room for "Add" alone; the button's name stays "Add article".
    <button type="button" className="header-button" aria-label="Add article" onClick={() => open('add')}>
      Add<span className="wide-only"> article</span>
    </button>
  );
}

/** The Sources panel, loaded with its own chunk once there is an added article to list. */
export function SourcesPanel() {
  const any = useAppStore((s) => s.articles.length > 0);
  if (!any) return null;
  return (
    <Suspense fallback={null}>
      <SourcesList />
    </Suspense>
  );
}
