import type { Incident, Rejection } from '../data/parseIncidents';
import type { RecordingJob } from './recordingJob';
import type { Actor, Source } from '../data/sourceCatalog';
import type { MatchRule, TimeIndex } from '../data/timeIndex';
import type { WindowMode } from '../time/window';
import type { TimelineZoom } from '../time/extent';
import type { WindowPreset } from '../time/windowPresets';
import type { ContextLayer } from '../data/contextLayers';
import type { ReferencePlace } from '../data/referencePlaces';
import type { ListOrder } from '../geo/orderIncidents';
import type { LazySearchIndex } from '../data/search';
import type { Category, LocationPrecision, Provenance } from '../data/vocabulary';
import type { Feature, Polygon } from 'geojson';
import type { ImportedSet, ImportedSource, ImportReport, RestoreProblem } from '../data/import/types';
import type { AuthoringSlice } from './authoringSlice';
import type { BriefingSlice } from './briefingSlice';
import type { EditsSlice } from './editsSlice';
import type { HistorySlice } from './historySlice';
import type { DuplicatesSlice } from './duplicatesSlice';
import type { Grade, GradeOverride } from '../data/claims/grade';

export type { ImportedSet, ImportedSource, ImportReport, RestoreProblem } from '../data/import/types';

/** [startDay, endDay], inclusive UTC day numbers. */
export type DayRange = [number, number];
export interface Camera {
  zoom: number;
  lat: number;
  lon: number;
}
/** [west, south, east, north] */
export type Bounds = [number, number, number, number];

export interface DataSlice {
  incidents: Incident[];
  rejected: Rejection[];
  sources: Map<string, Source>;
  sourceTexts: Map<string, string>;
  actors: Map<string, Actor>;
  datasetVersion: string;
  /** Built once per dataset from the time-sorted incidents. */
  timeIndex: TimeIndex;
  /** Built once per dataset: the searchable text of each incident, by index. */
  searchIndex: LazySearchIndex;
  contextLayers: ContextLayer[];
  /** Places that excerpts state distances from (data/reference-places.json), by `country|name as written`. */
  referencePlaces: Record<string, ReferencePlace>;
  setDataset: (
    data: Pick<DataSlice, 'incidents' | 'rejected' | 'sources' | 'sourceTexts' | 'actors' | 'datasetVersion'> & {
      contextLayers?: ContextLayer[];
      referencePlaces?: Record<string, ReferencePlace>;
    },
  ) => void;
}

export interface TimeSlice {
  timeDomain: DayRange;
  /** The window; it opens on the reporting period. */
  timeRange: DayRange;
  /** The months in which the sources were published (padded by a day): set with the dataset. */
  reportingPeriod: DayRange;
  /** What the brush draws: the reporting period (default) or the whole record. */
  timelineZoom: TimelineZoom;
  /** Whether an incident whose dates only partly overlap the window is shown. */
  matchRule: MatchRule;
  windowMode: WindowMode;
  isPlaying: boolean;
  /** Days advanced per second of playback. */
  playSpeed: number;
  /** Playback jumps to the next day with incidents instead of moving day by day. */
  stepToEvents: boolean;
  /** The histogram counts only incidents in the map view. */
  histogramInView: boolean;
  setTimeRange: (range: DayRange) => void;
  setMatchRule: (rule: MatchRule) => void;
  setWindowMode: (mode: WindowMode) => void;
  setPlaying: (playing: boolean) => void;
  setPlaySpeed: (daysPerSecond: number) => void;
  setStepToEvents: (on: boolean) => void;
  setHistogramInView: (on: boolean) => void;
  setTimelineZoom: (zoom: TimelineZoom) => void;
  /** Set the window to the reporting period or the whole record, and zoom the brush to match. */
  showPreset: (preset: WindowPreset) => void;
}

export interface SelectionSlice {
  selectedId: string | null;
  hoveredId: string | null;
  /** The excerpt being read in the source viewer, as [incident id, excerpt index]. */
  reading: { incidentId: string; excerpt: number } | null;
  /** Ids that share one coordinate and were clicked together: shown as a pick list. */
  colocated: string[] | null;
  selectIncident: (id: string | null) => void;
  hoverIncident: (id: string | null) => void;
  openSource: (incidentId: string, excerpt: number) => void;
  closeSource: () => void;
  showColocated: (ids: string[] | null) => void;
}

export interface ViewSlice {
  /** Visible map bounds, written on moveend; null until the map has loaded. */
  viewBounds: Bounds | null;
  /** The camera as the URL holds it (#map=zoom/lat/lon); written on moveend, read once at start. */
  camera: Camera | null;
  /** A request to fly the map to an incident; seq makes repeated requests for one id distinct. */
  flyTarget: { id: string; seq: number } | null;
  setViewBounds: (bounds: Bounds, camera?: Camera) => void;
  /** Messages about things that were ignored, e.g. bad URL parameters. */
  notices: string[];
  addNotice: (message: string) => void;
  dismissNotices: () => void;
  flyToIncident: (id: string) => void;
  /** A request to frame one dataset on the map (made right after it is imported); seq makes repeats distinct. */
  frameRequest: { datasetId: string; seq: number } | null;
  requestFrame: (datasetId: string) => void;
  /** A request to save the map as a PNG; seq makes repeated requests distinct. */
  imageRequest: { seq: number; caption: string } | null;
  aboutOpen: boolean;
  setAboutOpen: (open: boolean) => void;
  requestImage: (caption: string) => void;
  /** The Record video dialog is open; the recording's state (store/recordingJob.ts), and a merge into it. */
  recorderOpen: boolean;
  setRecorderOpen: (open: boolean) => void;
  recording: RecordingJob;
  setRecording: (patch: Partial<RecordingJob>) => void;
  /** How the incident list is sorted (newest first by default). */
  listOrder: ListOrder;
  setListOrder: (order: ListOrder) => void;
}

export type ColourBy = 'category' | 'grade';
export type BaseLayer = 'points' | 'clusters' | 'heatmap' | 'labels';
export interface AreaFilter {
  polygon: Feature<Polygon>;
  label: string;
}

export interface FiltersSlice {
  hiddenCategories: Category[];
  /** Canonical actor id, or null for any actor. */
  actorId: string | null;
  hiddenPrecisions: LocationPrecision[];
  /** What an incident rests on (verbatim, quoted, summary, none): the levels hidden. */
  hiddenProvenances: Provenance[];
  /** Grades (override in force, else suggested) hidden; grading runs only while one is. */
  hiddenGrades: Grade[];
  searchText: string;
  /** An area drawn on the map that has become a filter. */
  area: AreaFilter | null;
  baseLayers: Record<BaseLayer, boolean>;
  /** What the markers' colour says: the category (default) or the grade. */
  colourBy: ColourBy;
  setColourBy: (colourBy: ColourBy) => void;
  /** Ids of the context layers that are switched on. */
  contextLayersOn: string[];
  toggleCategory: (category: Category) => void;
  setActor: (actorId: string | null) => void;
  togglePrecision: (precision: LocationPrecision) => void;
  toggleProvenance: (provenance: Provenance) => void;
  toggleGrade: (grade: Grade) => void;
  setSearchText: (text: string) => void;
  setArea: (area: AreaFilter | null) => void;
  setBaseLayer: (layer: BaseLayer, on: boolean) => void;
  setContextLayer: (id: string, on: boolean) => void;
  clearFilters: () => void;
}

export type LngLat = [number, number];
export type Tool = 'none' | 'measure' | 'area';

export interface AnalysisSlice {
  tool: Tool;
  measurePoints: LngLat[];
  /** Radius of the "nearby" search around the selected incident, or null when it is off. */
  nearbyKm: number | null;
  /** The area drawn with the area tool, before (or after) it becomes the filter. */
  drawnArea: Feature<Polygon> | null;
  setTool: (tool: Tool) => void;
  addMeasurePoint: (point: LngLat) => void;
  clearMeasure: () => void;
  setNearbyKm: (km: number | null) => void;
  setDrawnArea: (area: Feature<Polygon> | null) => void;
}

export type ThemeChoice = 'system' | 'light' | 'dark';
/** The phone layout's bottom sheet: just the time control, half the screen, or all of it. */
export type SheetSnap = 'peek' | 'half' | 'full';
export type MapStatus = { state: 'loading' } | { state: 'ready' } | { state: 'failed'; reason: string };

export interface DisplaySlice {
  themeChoice: ThemeChoice;
  /** What prefers-color-scheme says; kept in the store so "system" follows it live. */
  systemDark: boolean;
  sheetSnap: SheetSnap;
  mapStatus: MapStatus;
  setThemeChoice: (choice: ThemeChoice) => void;
  setSystemDark: (dark: boolean) => void;
  setSheetSnap: (snap: SheetSnap) => void;
  setMapStatus: (status: MapStatus) => void;
}

export interface ImportedSetEntry {
  set: ImportedSet;
  /** New objects (just normalised), handed to the store: it numbers them in place. */
  incidents: Incident[];
  sources: Record<string, ImportedSource>;
}
/** Bytes this origin stores, and the most it may. */
export interface StorageUse {
  usage: number;
  quota: number;
}

export interface ImportsSlice {
  importedSets: ImportedSet[];
  importedSources: Map<string, ImportedSource>;
  hiddenDatasets: string[];
  /** The file being read, with progress; null when idle. */
  /**
   * The file being imported: rows validated (`done` of `total`), or, while a CSV streams in, bytes
   * read of its size with the rows read so far; `rowsPerSecond` since this phase (reading or
   * validating) began, once it has run a second.
   */
  importJob: {
    fileName: string;
    done: number;
    total: number;
    reading?: { rows: number };
    rowsPerSecond?: number;
  } | null;
  importReport: ImportReport | null;
  addImportedSet: (set: ImportedSet, incidents: Incident[], sources: Record<string, ImportedSource>) => void;
  /** Several sets in one update (restoring from storage); incidents whose ids are already loaded are left out. */
  addImportedSets: (entries: ImportedSetEntry[]) => void;
  /**
   * The same, worked out with a pause between steps, and applied in one update once done: a
   * restore of 100,000 stored incidents does not hold up the page.
   */
  addImportedSetsPausing: (entries: ImportedSetEntry[], pause: () => Promise<void>) => Promise<void>;
  /** Change what is said about a loaded set, e.g. that its stored copy is gone. */
  updateImportedSet: (id: string, patch: Partial<Pick<ImportedSet, 'stored' | 'notSavedReason'>>) => void;
  removeImportedSet: (id: string) => void;
  /** Stored records that could not be restored as they were, until exported or deleted. */
  restoreProblems: RestoreProblem[];
  putRestoreProblem: (problem: RestoreProblem) => void;
  dropRestoreProblem: (id: string) => void;
  /** How much this origin stores against its quota (navigator.storage.estimate()), when known. */
  storageUse: StorageUse | null;
  setStorageUse: (use: StorageUse | null) => void;
  toggleImportedSet: (id: string) => void;
  setImportJob: (job: ImportsSlice['importJob']) => void;
  setImportReport: (report: ImportReport | null) => void;
}

export interface GradesSlice {
  /** Grade overrides by incident id, newest last; the newest is in force unless it withdrew the override. */
  gradeHistory: Record<string, GradeOverride[]>;
  /** Why overrides could not be stored in this browser, when they could not. */
  gradeStorageProblem: string | null;
  /** Override an incident's grade (null: back to the suggested one); the reason must not be empty. */
  overrideGrade: (id: string, grade: Grade | null, reason: string, at?: string) => void;
  /** Histories read from storage: at start what this visit already decided is kept ('mine'); from another tab theirs wins. */
  restoreGradeHistory: (histories: Record<string, GradeOverride[]>, prefer?: 'mine' | 'theirs') => void;
  setGradeStorageProblem: (problem: string | null) => void;
  /** Whether the grading kernels are loaded (they are not part of the first paint). */
  graderReady: boolean;
  /** Load them, once; resolves when they are in. */
  loadGrader: () => Promise<void>;
}

export type AppState = DataSlice &
  TimeSlice &
  SelectionSlice &
  ViewSlice &
  FiltersSlice &
  AnalysisSlice &
  DisplaySlice &
  ImportsSlice &
  AuthoringSlice &
  GradesSlice &
  BriefingSlice &
  EditsSlice &
  HistorySlice &
  DuplicatesSlice;
