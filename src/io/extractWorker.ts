/**
 * The extract worker: article text → draft incidents (src/data/extract/) off the main thread. The
 * gazetteer (public/extract/places.json, written by `npm run prep-extract`) is fetched and indexed
 * on the first article only, then kept for the next. It never touches the DOM, and it always
 * answers: a gazetteer that cannot be fetched or read, or anything that throws, is posted as a
 * failure with its reason.
 */
/// <reference lib="webworker" />
import actorTable from '../../data/actors.json';
import type { ActorEntry } from '../data/extract/actors';
import type { DraftIncident } from '../data/extract/draftTypes';
import { createExtractor, type ExtractDrafts } from '../data/extract/extractDrafts';
import { createPlaceFinder } from '../data/extract/places/createPlaceFinder';
import { checkGazetteer } from '../data/extract/places/gazetteerData';
import type { ArticleInput } from '../data/extract/types';

export interface ExtractRequest {
  article: ArticleInput;
}
export type ExtractStage = 'loading places' | 'finding incidents';
export type ExtractMessage =
  | { type: 'progress'; stage: ExtractStage }
  | { type: 'result'; drafts: DraftIncident[]; ms: number }
  | { type: 'failed'; reason: string };

let extractor: Promise<ExtractDrafts> | null = null;

async function loadExtractor(): Promise<ExtractDrafts> {
  // Under the app's base URL, so an app deployed at /atlas/ finds it too.
  const url = new URL(`${import.meta.env.BASE_URL}extract/places.json`, self.location.href);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`the gazetteer could not be fetched (HTTP ${response.status})`);
  const data = checkGazetteer(await response.json());
  const actors = (actorTable as { actors: ActorEntry[] }).actors;
  return createExtractor({ findPlaces: createPlaceFinder(data), actors });
}

const describe = (error: unknown) =>
  error instanceof Error || error instanceof DOMException ? `${error.name}: ${error.message}` : String(error);
const post = (message: ExtractMessage) => self.postMessage(message);

self.onmessage = async (event: MessageEvent<ExtractRequest>) => {
  try {
    if (!extractor) {
      post({ type: 'progress', stage: 'loading places' });
      extractor = loadExtractor();
      extractor.catch(() => (extractor = null));
    }
    const extract = await extractor;
    post({ type: 'progress', stage: 'finding incidents' });
    const started = performance.now();
    const drafts = extract(event.data.article);
    post({ type: 'result', drafts, ms: performance.now() - started });
  } catch (error) {
    post({ type: 'failed', reason: `finding incidents failed: ${describe(error)}` });
  }
};
