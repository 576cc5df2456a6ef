/**
 * The benchmark page (bench/index.html?variant=gpu&n=100000&seed=1): one page shell for every variant,
 * the same data, windows and viewport. Each ArrowRight on the range input applies the next of 30
 * seeded random windows; the time from that input to the painted frame is recorded.
 * scripts/bench.ts drives it and reads window.__bench.
 */
import { generateSynthetic, seededRandom, SYNTH_FIRST_DAY, type SyntheticPlace } from '../src/data/synthetic';
import { createBenchScene } from './benchScene';
import type { MapVariant } from './types';
import { createLeafletScene } from './leafletScene';
import type { SyntheticColumnsRequest, SyntheticColumnsResult } from './syntheticColumnsWorker';

interface LongTask {
  start: number;
  ms: number;
}
interface BenchState {
  loadMs: number | null;
  scrubMs: number[];
  longTasks: LongTask[];
  drawn: number;
  renderer: string;
  /** Click → incident found, per click, and how many clicks found one. */
  pickMs: number[];
  pickComputeMs: number[];
  picked: number;
  /** Windows painted since the page started, for the drag measure. */
  painted: number;
  busy: boolean;
  error?: string;
}
const state: BenchState = {
  loadMs: null,
  scrubMs: [],
  longTasks: [],
  drawn: 0,
  renderer: '',
  pickMs: [],
  pickComputeMs: [],
  picked: 0,
  painted: 0,
  busy: false,
};
(window as unknown as { __bench: BenchState }).__bench = state;

const params = new URLSearchParams(location.search);
const variant = (params.get('variant') ?? 'gpu') as MapVariant | 'leaflet';
const n = Number(params.get('n') ?? 10_000);
const seed = Number(params.get('seed') ?? 1);

new PerformanceObserver((list) =>
  list.getEntries().forEach((e) => state.longTasks.push({ start: e.startTime, ms: e.duration })),
).observe({ type: 'longtask', buffered: true });

const random = seededRandom(seed + 1000);
const WINDOWS = Array.from({ length: 30 }, () => {
  const from = SYNTH_FIRST_DAY + Math.floor(random() * 300);
  return [from, from + 60] as [number, number];
});

async function main() {
  const response = await fetch('/basemap/places.geojson');
  const places: SyntheticPlace[] = (
    (await response.json()).features as Array<{
      properties: { name: string; pop: number; iso2?: string };
      geometry: { coordinates: [number, number] };
    }>
  )
    .filter((p) => p.properties.pop >= 300_000)
    .map((p) => ({
      name: p.properties.name,
      country: p.properties.iso2 ?? 'XX',
      lngLat: p.geometry.coordinates,
      population: p.properties.pop,
    }));
  const container = document.getElementById('map')!;
  const scene =
    variant === 'leaflet'
      ? await createLeafletScene(container, generateSynthetic(n, seed, places))
      : await createBenchScene(
          container,
          variant,
          variant === 'gpu' ? columnsFromWorker({ n, seed, places }) : { items: generateSynthetic(n, seed, places) },
          params.has('readable'),
        );
  (window as unknown as { __benchScene: typeof scene }).__benchScene = scene;
  state.loadMs = performance.now();
  state.renderer = scene.renderer();
  state.drawn = scene.drawnCount();
  const slider = document.getElementById('window') as HTMLInputElement;
  const status = document.getElementById('status')!;
  slider.max = String(WINDOWS.length - 1);
  status.textContent = `${variant}, ${n} incidents, ready`;
  // At most one window in flight; inputs that arrive meanwhile collapse into the latest (as in the app).
  let busy = false;
  let pending: { value: number; started: number } | null = null;
  const run = async (value: number, started: number) => {
    busy = true;
    state.busy = true;
    const [from, to] = WINDOWS[value];
    await scene.apply(from, to);
    state.scrubMs.push(performance.now() - started);
    state.painted++;
    busy = false;
    state.busy = Boolean(pending);
    if (pending) {
      const next = pending;
      pending = null;
      await run(next.value, next.started);
    } else state.drawn = scene.drawnCount();
  };
  slider.addEventListener('input', (event) => {
    if (busy) pending = { value: Number(slider.value), started: event.timeStamp };
    else void run(Number(slider.value), event.timeStamp);
  });
  container.addEventListener('click', (event) => {
    const rect = container.getBoundingClientRect();
    const started = performance.now();
    const found = scene.pickAt([event.clientX - rect.left, event.clientY - rect.top]);
    state.pickComputeMs.push(performance.now() - started);
    state.pickMs.push(performance.now() - event.timeStamp);
    if (found !== null) state.picked++;
  });
  slider.focus();
}

function columnsFromWorker(request: SyntheticColumnsRequest): Promise<SyntheticColumnsResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./syntheticColumnsWorker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<SyntheticColumnsResult>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => reject(new Error(event.message));
    worker.postMessage(request);
  });
}

main().catch((error) => {
  state.error = String(error);
});
