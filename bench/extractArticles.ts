/**
 * The articles both sides of the extraction benchmark time: the archived articles of data/ and a
 * 1,500-word article made by joining their words in catalogue order (as scripts/benchIngest.ts
 * makes it). Pure, so the browser page and the Node run build exactly the same inputs.
 */
export interface BenchArticle {
  id: string;
  published: string;
  text: string;
}

export const SYNTHETIC_ID = 'synthetic 1,500 words';

export function benchArticles(
  sources: Array<{ id: string; published: { date: string } }>,
  textOf: (id: string) => string,
): BenchArticle[] {
  const articles = sources.map((s) => ({ id: s.id, published: s.published.date, text: textOf(s.id) }));
  const words = articles.flatMap((a) => a.text.split(/\s+/).filter(Boolean));
  return [...articles, { id: SYNTHETIC_ID, published: '2016-02-24', text: words.slice(0, 1500).join(' ') }];
}

/** Runs after one warm-up, in ms, sorted. */
export function timeRuns(run: () => void, runs: number): number[] {
  run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    run();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b);
}

export const quantile = (sorted: number[], q: number): number =>
  sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
