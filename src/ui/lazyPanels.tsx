/**
 * Parts of the page that show only once the user asks for them (an incident selected, an article
 * opened in context, an analysis tool, an import, several incidents at one place, the Record
 * video dialog), each loaded as
 * its own chunk the first time it is needed. They are not drawn at first paint, so the first
 * paint does not carry their code: the first-paint JS budget is 400 kB gzip (scripts/checkDist.ts).
 *
 * Each is mounted only while the store says it is wanted, which is also the state in which the
 * part itself renders anything; so nothing changes for the user but when the code arrives.
 * Loading takes a few milliseconds from this origin (or the service worker's cache, offline).
 */
import { lazy, Suspense, useState, type ComponentType, type LazyExoticComponent } from 'react';
import { appStore, useAppStore } from '../store/appStore';
import { takeOnce } from '../lib/takeOnce';
import type { AppState } from '../store/types';

function whenWanted(wanted: (s: AppState) => boolean, Part: LazyExoticComponent<ComponentType>) {
  return function WhenWanted() {
    const show = useAppStore(wanted);
    if (!show) return null;
    return (
      <Suspense fallback={null}>
        <Part />
      </Suspense>
    );
  };
}

const IncidentDetails = lazy(() => import('./IncidentDetails').then((m) => ({ default: m.IncidentDetails })));

/** The details panel; a selection that came with the link is read at first render, so that it does not take focus. */
export function IncidentDetailsWhenSelected() {
  const show = useAppStore((s) => s.selectedId !== null);
  const [takeLinkSelection] = useState(() => takeOnce(appStore.getState().selectedId));
  if (!show) return null;
  return (
    <Suspense fallback={null}>
      <IncidentDetails takeLinkSelection={takeLinkSelection} />
    </Suspense>
  );
}

export const SourceViewerWhenReading = whenWanted(
  (s) => s.reading !== null,
  lazy(() => import('./SourceViewer').then((m) => ({ default: m.SourceViewer }))),
);

export const AnalysisPanelWhenInUse = whenWanted(
  (s) => s.tool !== 'none' || s.measurePoints.length > 0 || s.drawnArea !== null,
  lazy(() => import('./analysis/AnalysisPanel').then((m) => ({ default: m.AnalysisPanel }))),
);

export const ImportStatusWhenImporting = whenWanted(
  (s) => s.importJob !== null || s.importReport !== null,
  lazy(() => import('./import/ImportStatus').then((m) => ({ default: m.ImportStatus }))),
);

export const ColocatedPickerWhenOpen = whenWanted(
  (s) => s.colocated !== null,
  lazy(() => import('./ColocatedPicker').then((m) => ({ default: m.ColocatedPicker }))),
);

export const RestoreProblemsWhenAny = whenWanted(
  (s) => s.restoreProblems.length > 0,
  lazy(() => import('./import/RestoreProblems').then((m) => ({ default: m.RestoreProblems }))),
);

export const DataNoticeWhenAny = whenWanted(
  (s) => s.notices.length > 0 || s.rejected.length > 0,
  lazy(() => import('./DataNotice').then((m) => ({ default: m.DataNotice }))),
);

export const RecordDialogWhenOpen = whenWanted(
  (s) => s.recorderOpen,
  lazy(() => import('./recording/RecordDialog').then((m) => ({ default: m.RecordDialog }))),
);
