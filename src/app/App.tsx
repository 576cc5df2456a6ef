/**
 * Page layout only. DOM order is the tab order: search → filters → time control → list → details,
 * then the map. On wide screens a grid puts them in three columns with the time bar along the
 * bottom; on phones the panels share a bottom sheet over a full-screen map. State lives in the store.
 */
import { MapView } from '../map/MapView';
import { IncidentList } from '../ui/IncidentList';
import { IncidentDetails } from '../ui/IncidentDetails';
import { SourceViewer } from '../ui/SourceViewer';
import { TimeBar } from '../ui/TimeBar';
import { Legend } from '../ui/Legend';
import { DataNotice } from '../ui/DataNotice';
import { ColocatedPicker } from '../ui/ColocatedPicker';
import { LiveAnnouncer } from '../ui/LiveAnnouncer';
import { SearchBox } from '../ui/filters/SearchBox';
import { FilterPanel } from '../ui/filters/FilterPanel';
import { MapToolbar } from '../ui/analysis/MapToolbar';
import { AnalysisPanel } from '../ui/analysis/AnalysisPanel';
import { AboutData } from '../ui/about/AboutData';
import { AboutButton } from '../ui/about/AboutButton';
import { ThemeSwitch } from '../ui/ThemeSwitch';
import { BottomSheet } from '../ui/layout/BottomSheet';
import { SkipLinks } from '../ui/layout/SkipLinks';
import { MapStatusOverlay } from '../ui/layout/MapStatusOverlay';
import { ImportButton } from '../ui/import/ImportButton';
import { ImportDropZone } from '../ui/import/ImportDropZone';
import { ImportStatus } from '../ui/import/ImportStatus';
import { ImportedLayers } from '../ui/import/ImportedLayers';

export function App() {
  return (
    <div className="app">
      <SkipLinks />
      <header className="app-header">
        <h1>Incident Atlas</h1>
        <p className="app-subtitle">Islamic State activity in Libya, Syria and Iraq, as reported in February 2016</p>
        <div className="header-actions">
          <ThemeSwitch />
          <ImportButton />
          <AboutButton />
        </div>
      </header>
      <DataNotice />
      <main className="app-main">
        <BottomSheet>
          <div className="panel panel-controls">
            <SearchBox />
            <FilterPanel />
            <ImportedLayers />
          </div>
          <TimeBar />
          <div className="panel panel-list">
            <IncidentList />
          </div>
          <IncidentDetails />
        </BottomSheet>
        <div className="map-area">
          <MapView />
          <MapStatusOverlay />
          <Legend />
          <MapToolbar />
          <AnalysisPanel />
          <ColocatedPicker />
          <ImportStatus />
        </div>
      </main>
      <SourceViewer />
      <LiveAnnouncer />
      <AboutData />
      <ImportDropZone />
    </div>
  );
}
