/**
 * Drafts as a GeoJSON FeatureCollection: one Feature per draft, `properties` the draft (the
 * incident schema as far as the text says, with evidence offsets), a Point at the top place
 * candidate when there is one and null geometry otherwise.
 */
import type { DraftIncident } from './draftTypes';

export interface DraftFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] } | null;
  properties: DraftIncident;
}

export interface DraftCollection {
  type: 'FeatureCollection';
  features: DraftFeature[];
}

export function draftsToFeatureCollection(drafts: DraftIncident[]): DraftCollection {
  return {
    type: 'FeatureCollection',
    features: drafts.map((draft) => {
      const top = draft.where?.candidates[0];
      return {
        type: 'Feature',
        id: draft.id,
        geometry: top ? { type: 'Point', coordinates: [top.lon, top.lat] } : null,
        properties: draft,
      };
    }),
  };
}
