/**
 * The extraction benchmark inside a real browser worker: the same modules and the same gazetteer
 * file (public/extract/places.json) as the app's src/io/extractWorker.ts. It reports how long the
 * gazetteer took to fetch and index, then every run of every article.
 */
/// <reference lib="webworker" />
import actorTable from '../data/actors.json';
import type { ActorEntry } from '../src/data/extract/actors';
import { createExtractor } from '../src/data/extract/extractDrafts';
import { createPlaceFinder } from '../src/data/extract/places/createPlaceFinder';
import { checkGazetteer } from '../src/data/extract/places/gazetteerData';
import { timeRuns, type BenchArticle } from './extractArticles';

export interface ExtractBenchRequest {
  articles: BenchArticle[];
  runs: number;
}
export interface ExtractBenchResult {
  loadMs: number;
  times: Record<string, number[]>;
  drafts: Record<string, number>;
}

self.onmessage = async (event: MessageEvent<ExtractBenchRequest>) => {
  try {
    const started = performance.now();
    const response = await fetch(new URL('/extract/places.json', self.location.href));
    const data = checkGazetteer(await response.json());
    const extract = createExtractor({
      findPlaces: createPlaceFinder(data),
      actors: (actorTable as { actors: ActorEntry[] }).actors,
    });
    const loadMs = performance.now() - started;
    const times: Record<string, number[]> = {};
    const drafts: Record<string, number> = {};
    for (const article of event.data.articles) {
      drafts[article.id] = extract(article).length;
      times[article.id] = timeRuns(() => extract(article), event.data.runs);
    }
    self.postMessage({ loadMs, times, drafts } satisfies ExtractBenchResult);
  } catch (error) {
    self.postMessage({ error: String(error) });
  }
};
