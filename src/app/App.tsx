/**
 * Page layout only. DOM order is the tab order: search → filters → time control → list → details,
 * then the map. On wide screens a grid puts them in three columns with the time bar along the
 * bottom; on phones the panels share a bottom sheet over a full-screen map. State lives in the store.
 * Each part sits in its own error boundary (Guard, below), and the whole page in one more, so
 * that one record a part cannot show, or one bug, takes down that part only, never the page.
 */
import { DuplicatesPanel } from '../ui/sources/DuplicatesPanel';
import { MapView } from '../map/MapView';
import {
  AnalysisPanelWhenInUse,
  ColocatedPickerWhenOpen,
  DataNoticeWhenAny,
  RecordDialogWhenOpen,
  ImportStatusWhenImporting,
  IncidentDetailsWhenSelected,
  SourceViewerWhenReading,
} from '../ui/lazyPanels';
import { IncidentList } from '../ui/IncidentList';
import { TimeBar } from '../ui/TimeBar';
import { Legend } from '../ui/Legend';
import { LiveAnnouncer } from '../ui/LiveAnnouncer';
import { UpdatePrompt } from '../ui/UpdatePrompt';
import { SearchBox } from '../ui/filters/SearchBox';
import { FilterPanel } from '../ui/filters/FilterPanel';
import { MapToolbar } from '../ui/analysis/MapToolbar';
import { AboutRoot } from '../ui/about/AboutRoot';
import { AboutButton } from '../ui/about/AboutButton';
import { ThemeSwitch } from '../ui/ThemeSwitch';
import { BottomSheet } from '../ui/layout/BottomSheet';
import { SkipLinks } from '../ui/layout/SkipLinks';
import { MapStatusOverlay } from '../ui/layout/MapStatusOverlay';
import { ImportButton } from '../ui/import/ImportButton';
import { ImportDropZone } from '../ui/import/ImportDropZone';
import { ImportedLayers } from '../ui/import/ImportedLayers';
import { AddArticleButton, AuthoringRoot, SourcesPanel } from '../ui/authoring/AuthoringRoot';
import { BriefingPanelSlot, BriefingsButton, PresentedStepSlot } from '../ui/briefing/BriefingEntry';
import { lazy, Suspense, type ReactNode } from 'react';
import { appStore, useAppStore } from '../store/appStore';
import type { AppState } from '../store/types';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { createRecoveryActions } from './recoveryActions';

const closeSource = () => appStore.getState().closeSource();
const closeAbout = () => appStore.getState().setAboutOpen(false);
const closeColocated = () => appStore.getState().showColocated(null);
const selected = (s: AppState) => s.selectedId;
const importedSets = (s: AppState) => s.importedSets;
const incidents = (s: AppState) => s.incidents;
const reading = (s: AppState) => s.reading;
const aboutOpen = (s: AppState) => s.aboutOpen;
const colocated = (s: AppState) => s.colocated;
const importReport = (s: AppState) => s.importReport;

const actions = createRecoveryActions(appStore);
/** Undo and Redo of authoring steps (and their keys), loaded after the first paint. */
const UndoControls = lazy(() => import('../ui/editing/UndoControls').then((m) => ({ default: m.UndoControls })));
const nothing = () => null;

/**
 * An error boundary with the app's ways out (export, clear stored data). `retryOn` picks the state
 * that, when it changes, gives a failed part another try: the details panel is tried again for
 * the next incident selected.
 */
function Guard({
  retryOn = nothing,
  ...props
}: {
  what: string;
  className?: string;
  onReset?: () => void;
  resetLabel?: string;
  retryOn?: (s: AppState) => unknown;
  children: ReactNode;
}) {
  const resetKey = useAppStore(retryOn);
  return <ErrorBoundary actions={actions} resetKey={resetKey} {...props} />;
}

export function App() {
  return (
    <Guard what="Incident Atlas" className="page" resetLabel="Start the app again">
      <Layout />
    </Guard>
  );
}

function Layout() {
  return (
    <div className="app">
      <SkipLinks />
      <header className="app-header">
        <h1>Incident Atlas</h1>
        <p className="app-subtitle">Islamic State activity in Libya, Syria and Iraq, as reported in February 2016</p>
        <div className="header-actions">
          <Guard what="The theme switch">
            <ThemeSwitch />
          </Guard>
          <Guard what="Undo and redo">
            <Suspense fallback={null}>
              <UndoControls />
            </Suspense>
          </Guard>
          <Guard what="The Add article button">
            <AddArticleButton />
          </Guard>
          <Guard what="The Briefings button">
            <span className="wide-only">
              <BriefingsButton />
            </span>
          </Guard>
          <Guard what="The import button">
            <ImportButton />
          </Guard>
          <Guard what="The About button">
            <AboutButton />
          </Guard>
        </div>
      </header>
      <Guard what="The notices">
        <DataNoticeWhenAny />
      </Guard>
      <main className="app-main">
        <BottomSheet>
          <Guard what="The presented step">
            <PresentedStepSlot />
          </Guard>
          <div className="panel panel-controls">
            <Guard what="The Briefings button">
              <div className="phone-only sheet-briefings">
                <BriefingsButton className="secondary-button" />
              </div>
            </Guard>
            <Guard what="Search and filters">
              <SearchBox />
              <FilterPanel />
            </Guard>
            <Guard what="Your imported layers" retryOn={importedSets}>
              <ImportedLayers />
            </Guard>
            <Guard what="Your sources">
              <SourcesPanel />
            </Guard>
            <Guard what="Possible duplicates">
              <DuplicatesPanel />
            </Guard>
          </div>
          <Guard what="The time bar" className="time-bar">
            <TimeBar />
          </Guard>
          <div className="panel panel-list">
            <Guard what="The incident list" retryOn={incidents}>
              <IncidentList />
            </Guard>
          </div>
          <Guard what="The incident details" className="panel panel-right" retryOn={selected}>
            <IncidentDetailsWhenSelected />
          </Guard>
        </BottomSheet>
        <div className="map-area">
          <Guard what="The map">
            <MapView />
            <MapStatusOverlay />
          </Guard>
          <Guard what="The legend" className="floating">
            <Legend />
          </Guard>
          <Guard what="The analysis tools" className="floating">
            <MapToolbar />
            <AnalysisPanelWhenInUse />
          </Guard>
          <Guard
            what="The list of incidents at one place"
            className="floating"
            onReset={closeColocated}
            retryOn={colocated}
          >
            <ColocatedPickerWhenOpen />
          </Guard>
          <Guard what="Briefings" className="floating">
            <BriefingPanelSlot />
          </Guard>
          <Guard what="The import report" className="floating" retryOn={importReport}>
            <ImportStatusWhenImporting />
          </Guard>
        </div>
      </main>
      <Guard what="The source viewer" className="dialog" onReset={closeSource} retryOn={reading}>
        <SourceViewerWhenReading />
      </Guard>
      <Guard what="Authoring" className="dialog">
        <AuthoringRoot />
      </Guard>
      <LiveAnnouncer />
      <UpdatePrompt />
      <Guard what="About this data" className="dialog" onReset={closeAbout} retryOn={aboutOpen}>
        <AboutRoot />
      </Guard>
      <Guard what="Record video" className="dialog">
        <RecordDialogWhenOpen />
      </Guard>
      <Guard what="The drop zone for files" className="dialog">
        <ImportDropZone />
      </Guard>
    </div>
  );
}
