/**
 * The benchmark page (bench.html?variant=gpu&n=100000&seed=1): one page shell for every variant,
 * the same data, windows and viewport. Each ArrowRight on the range input applies the next of 30
 * seeded random windows; the time from that input to the painted frame is recorded.
 * scripts/bench.ts drives it and reads window.__bench.
 */
import { generateSynthetic, seededRandom, SYNTH_FIRST_DAY, type SyntheticPlace } from '../data/synthetic';
import { createBenchScene, type MapVariant } from '../map/bench/benchScene';
import { createLeafletScene } from './leafletScene';

interface BenchState { loadMs: number | null; scrubMs: number[]; longTasks: number[]; drawn: number; renderer: string; error?: string }
const state: BenchState = { loadMs: null, scrubMs: [], longTasks: [], drawn: 0, renderer: '' };
(window as unknown as { __bench: BenchState }).__bench = state;

const params = new URLSearchParams(location.search);
const variant = (params.get('variant') ?? 'gpu') as MapVariant | 'leaflet';
const n = Number(params.get('n') ?? 10_000);
const seed = Number(params.get('seed') ?? 1);

new PerformanceObserver((list) => list.getEntries().forEach((e) => state.longTasks.push(e.duration))).observe({ type: 'longtask', buffered: true });

const random = seededRandom(seed + 1000);
const WINDOWS = Array.from({ length: 30 }, () => {
  const from = SYNTH_FIRST_DAY + Math.floor(random() * 300);
  return [from, from + 60] as [number, number];
});

async function main() {
  const response = await fetch('/basemap/places.geojson');
  const places: SyntheticPlace[] = ((await response.json()).features as Array<{ properties: { name: string; pop: number; iso2?: string }; geometry: { coordinates: [number, number] } }>)
    .filter((p) => p.properties.pop >= 300_000)
    .map((p) => ({ name: p.properties.name, country: p.properties.iso2 ?? 'XX', lngLat: p.geometry.coordinates, population: p.properties.pop }));
  const items = generateSynthetic(n, seed, places);
  const container = document.getElementById('map')!;
  const scene = variant === 'leaflet' ? await createLeafletScene(container, items) : await createBenchScene(container, variant, items, params.has('readable'));
  (window as unknown as { __benchScene: typeof scene }).__benchScene = scene;
  state.loadMs = performance.now();
  state.renderer = scene.renderer();
  state.drawn = scene.drawnCount();
  const slider = document.getElementById('window') as HTMLInputElement;
  const status = document.getElementById('status')!;
  slider.max = String(WINDOWS.length - 1);
  status.textContent = `${variant}, ${n} incidents, ready`;
  let busy: Promise<void> = Promise.resolve();
  slider.addEventListener('input', (event) => {
    const started = event.timeStamp;
    const [from, to] = WINDOWS[Number(slider.value)];
    busy = busy.then(async () => {
      await scene.apply(from, to);
      state.scrubMs.push(performance.now() - started);
      state.drawn = scene.drawnCount();
    });
  });
  slider.focus();
}

main().catch((error) => {
  state.error = String(error);
});
