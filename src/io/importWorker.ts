/**
 * The import worker: reads a dropped file's bytes, decodes them (UTF-8, or what else they are,
 * with a notice), geocodes place names against the offline places and validates every row off the
 * main thread, posting progress as it goes. It never touches the DOM, and it always answers: a
 * file that cannot be read, or anything that throws, is posted as a failure with its reason.
 * A UTF-8 CSV is read as it streams in (src/io/streamCsvFile.ts); JSON, UTF-16 and a CSV in
 * another encoding are read whole (data/import/importRoute.ts says which, from the file's first
 * 64 KiB). The size limits are checked before a file is sent here (src/io/importFiles.ts).
 */
/// <reference lib="webworker" />
import gazetteer from '../../data/gazetteer.json';
import { importBytes, type ImportContext, type ImportOutcome } from '../data/import/importText';
import { refuse } from '../data/import/importOutcome';
import { SAMPLE } from '../data/import/decodeText';
import { notUtf8, routeImport } from '../data/import/importRoute';
import { streamCsvFile } from './streamCsvFile';
import { createPlaceLookup, placesFromBasemap, type PlaceLookup } from '../data/import/placeLookup';
import type { GazetteerPlace } from '../data/geocoder';
import type { ProfileChoice } from '../data/import/profiles/profileTypes';

export interface ImportRequest {
  file: File;
  datasetId: string;
  existingIds: string[];
  /** The archived text of each bundled source, by id: a quote citing one is kept as its only if verbatim there. */
  bundledTexts: Map<string, string>;
  /** The profile the user chose; detected from the header when "auto" or absent. */
  profile?: ProfileChoice;
}
export type ImportMessage =
  /** Rows validated (`done` of `total`); while a streamed CSV is read, bytes read of the file's size, and rows so far. */
  | { type: 'progress'; done: number; total: number; reading?: { rows: number } }
  /** Part of the outcome's features, sent ahead of it so that no one message takes long to read (FEATURES_PER_MESSAGE). */
  | { type: 'features'; features: ImportOutcome['features'] }
  | { type: 'result'; outcome: ImportOutcome }
  | { type: 'failed'; reason: string };

let places: Promise<PlaceLookup | null> | null = null;

async function loadPlaces(): Promise<PlaceLookup | null> {
  try {
    // Under the app's base URL, so an app deployed at /atlas/ finds its places too.
    const response = await fetch(new URL(`${import.meta.env.BASE_URL}basemap/places.geojson`, self.location.href));
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

const describe = (error: unknown) =>
  error instanceof Error || error instanceof DOMException ? `${error.name}: ${error.message}` : String(error);
const post = (message: ImportMessage) => self.postMessage(message);

/**
 * The page reads each message in one task; 100,000 features in one took over a second there.
 * In parts of this many, each is read in well under 100 ms.
 */
export const FEATURES_PER_MESSAGE = 5_000;

/** The outcome, its features ahead of it in parts; the result then carries the rest. */
function postOutcome(outcome: ImportOutcome): void {
  const { features } = outcome;
  let sent = 0;
  for (; features.length - sent > FEATURES_PER_MESSAGE; sent += FEATURES_PER_MESSAGE)
    post({ type: 'features', features: features.slice(sent, sent + FEATURES_PER_MESSAGE) });
  post({ type: 'result', outcome: { ...outcome, features: features.slice(sent) } });
}

const unreadable = (error: unknown) =>
  `the file could not be read (it may have changed since it was chosen; choose it again): ${describe(error)}`;

async function run({ file, datasetId, existingIds, bundledTexts, profile }: ImportRequest): Promise<void> {
  post({ type: 'progress', done: 0, total: 0 });
  let sample: Uint8Array;
  try {
    sample = new Uint8Array(await file.slice(0, SAMPLE).arrayBuffer());
  } catch (error) {
    return post({ type: 'failed', reason: unreadable(error) });
  }
  places ??= loadPlaces();
  const ctx: ImportContext = {
    datasetId,
    fileName: file.name,
    places: await places,
    existingIds: new Set(existingIds),
    bundledTexts,
    profile,
    onParsing: () => post({ type: 'progress', done: 0, total: 0 }),
    onProgress: (done, total) => post({ type: 'progress', done, total }),
  };
  let route = routeImport(file.name, file.size, sample);
  if (route.kind === 'stream') {
    const onRead = (bytes: number, rows: number) =>
      post({ type: 'progress', done: bytes, total: file.size, reading: { rows } });
    const streamed = await streamCsvFile(file, { ...ctx, onParsing: undefined }, onRead);
    if (streamed.kind === 'read') return postOutcome(streamed.outcome);
    if (streamed.kind === 'unreadable') return post({ type: 'failed', reason: unreadable(streamed.error) });
    route = notUtf8(file.size, streamed.offset);
  }
  if (route.kind === 'refuse') return post({ type: 'result', outcome: refuse(route.reason) });
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (error) {
    return post({ type: 'failed', reason: unreadable(error) });
  }
  postOutcome(importBytes(bytes, file.name, ctx));
}

self.onmessage = async (event: MessageEvent<ImportRequest>) => {
  try {
    await run(event.data);
  } catch (error) {
    post({ type: 'failed', reason: `the import failed: ${describe(error)}` });
  }
};
