/**
 * The import worker: reads a dropped file, geocodes place names against the offline places and
 * validates every row off the main thread, posting progress as it goes. It never touches the DOM.
 * The size limit is checked before a file is sent here (src/app/importFiles.ts).
 */
/// <reference lib="webworker" />
import gazetteer from '../../data/gazetteer.json';
import { importText, type ImportOutcome } from '../data/import/importText';
import { createPlaceLookup, placesFromBasemap, type PlaceLookup } from '../data/import/placeLookup';
import type { GazetteerPlace } from '../data/geocoder';

export interface ImportRequest {
  file: File;
  datasetId: string;
  existingIds: string[];
}
export type ImportMessage =
  { type: 'progress'; done: number; total: number } | { type: 'result'; outcome: ImportOutcome };

let places: Promise<PlaceLookup | null> | null = null;

async function loadPlaces(): Promise<PlaceLookup | null> {
  try {
    const response = await fetch(new URL('/basemap/places.geojson', self.location.origin));
    const basemap = placesFromBasemap((await response.json()).features);
    const extra = (gazetteer.places as Array<Omit<GazetteerPlace, 'source'>>).map((p) => ({
      ...p,
      source: 'gazetteer' as const,
    }));
    return createPlaceLookup([...basemap, ...extra], gazetteer.aliases);
  } catch {
    return null;
  }
}

self.onmessage = async (event: MessageEvent<ImportRequest>) => {
  const { file, datasetId, existingIds } = event.data;
  const post = (message: ImportMessage) => self.postMessage(message);
  const text = await file.text();
  places ??= loadPlaces();
  const outcome = importText(text, file.name, {
    datasetId,
    fileName: file.name,
    places: await places,
    existingIds: new Set(existingIds),
    onProgress: (done, total) => post({ type: 'progress', done, total }),
  });
  post({ type: 'result', outcome });
};
