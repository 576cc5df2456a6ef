import type { Incident, Rejection } from '../data/parseIncidents';
import type { Actor, Source } from '../data/sourceCatalog';
import type { MatchRule, TimeIndex } from '../data/timeIndex';
import type { WindowMode } from '../time/window';
import type { TimelineZoom } from '../time/extent';

/** [startDay, endDay], inclusive UTC day numbers. */
export type DayRange = [number, number];
export interface Camera { zoom: number; lat: number; lon: number }
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
  setDataset: (data: Pick<DataSlice, 'incidents' | 'rejected' | 'sources' | 'sourceTexts' | 'actors' | 'datasetVersion'>) => void;
}

export interface TimeSlice {
  timeDomain: DayRange;
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
}

export type AppState = DataSlice & TimeSlice & SelectionSlice & ViewSlice;
