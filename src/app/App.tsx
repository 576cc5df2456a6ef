/** Page layout only: header, list, map, details, time bar, source viewer. State lives in the store. */
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

export function App() {
  return (
    <div className="app">
      <a className="skip-link" href="#incident-list">Skip to the incident list</a>
      <header className="app-header">
        <h1>Incident Atlas</h1>
        <p className="app-subtitle">Islamic State activity in Libya, Syria and Iraq, as reported in February 2016</p>
        <AboutButton />
      </header>
      <DataNotice />
      <main className="app-main">
        <aside className="panel panel-left">
          <SearchBox />
          <FilterPanel />
          <IncidentList />
        </aside>
        <div className="map-area">
          <MapView />
          <Legend />
          <MapToolbar />
          <AnalysisPanel />
          <ColocatedPicker />
        </div>
        <IncidentDetails />
      </main>
      <TimeBar />
      <SourceViewer />
      <LiveAnnouncer />
      <AboutData />
    </div>
  );
}
