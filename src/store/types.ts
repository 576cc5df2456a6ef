import type { Incident, Rejection } from '../data/parseIncidents';
import type { Actor, Source } from '../data/sourceCatalog';

/** [startDay, endDay], inclusive UTC day numbers. */
export type DayRange = [number, number];
/** [west, south, east, north] */
export type Bounds = [number, number, number, number];

export interface DataSlice {
  incidents: Incident[];
  rejected: Rejection[];
  sources: Map<string, Source>;
  sourceTexts: Map<string, string>;
  actors: Map<string, Actor>;
  datasetVersion: string;
  setDataset: (data: Pick<DataSlice, 'incidents' | 'rejected' | 'sources' | 'sourceTexts' | 'actors' | 'datasetVersion'>) => void;
}

export interface TimeSlice {
  timeDomain: DayRange;
  timeRange: DayRange;
  setTimeRange: (range: DayRange) => void;
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
  /** A request to fly the map to an incident; seq makes repeated requests for one id distinct. */
  flyTarget: { id: string; seq: number } | null;
  setViewBounds: (bounds: Bounds) => void;
  flyToIncident: (id: string) => void;
}

export type AppState = DataSlice & TimeSlice & SelectionSlice & ViewSlice;
