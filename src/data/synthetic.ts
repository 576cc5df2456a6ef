/**
 * Synthetic incidents for benchmarks: clustered around real places (weighted by the square root of
 * population), spread over a year from 1 Jan 2016, with every category and date and location
 * precision. A seeded generator (mulberry32) makes the same seed give the same incidents, in Node
 * (`npm run synth`) and in the benchmark page alike.
 */
import {
  CATEGORIES,
  DATE_PRECISIONS,
  LOCATION_PRECISIONS,
  type Category,
  type DatePrecision,
  type LocationPrecision,
} from './vocabulary';

export interface SyntheticPlace {
  name: string;
  country: string;
  lngLat: [number, number];
  population: number;
}
export interface SyntheticIncident {
  lngLat: [number, number];
  startDay: number;
  endDay: number;
  category: Category;
  datePrecision: DatePrecision;
  precision: LocationPrecision;
  place: SyntheticPlace;
}

/** 16,801 is 1 Jan 2016 as a UTC day number. */
export const SYNTH_FIRST_DAY = 16_801;

export function seededRandom(seed: number): () => number {
  let s = seed | 0;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SPAN: Record<DatePrecision, (r: number) => number> = {
  day: () => 0,
  days: (r) => 1 + Math.floor(r * 6),
  week: () => 6,
  month: () => 29,
  approximate: (r) => Math.floor(r * 60),
};

export function generateSynthetic(n: number, seed: number, places: SyntheticPlace[]): SyntheticIncident[] {
  if (places.length === 0) throw new Error('no places to scatter incidents around');
  const rand = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)];
  const cumulative: number[] = [];
  places.reduce((sum, p, i) => (cumulative[i] = sum + Math.sqrt(Math.max(1, p.population))), 0);
  const total = cumulative[cumulative.length - 1];
  const weighted = () => {
    const r = rand() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < r) lo = mid + 1;
      else hi = mid;
    }
    return places[lo];
  };
  const gaussian = () => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
  const out: SyntheticIncident[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const place = weighted();
    const datePrecision = pick(DATE_PRECISIONS);
    const startDay = SYNTH_FIRST_DAY + Math.floor(rand() * 366);
    const lng = Number((place.lngLat[0] + gaussian() * 0.3).toFixed(4));
    const lat = Number(Math.max(-85, Math.min(85, place.lngLat[1] + gaussian() * 0.3)).toFixed(4));
    out[i] = {
      lngLat: [lng, lat],
      startDay,
      endDay: startDay + SPAN[datePrecision](rand()),
      category: pick(CATEGORIES),
      datePrecision,
      precision: pick(LOCATION_PRECISIONS),
      place,
    };
  }
  return out;
}
