import { describe, expect, it } from 'vitest';
import { buildColumns, mercatorX, mercatorY } from './columnar';
import { buildPickIndex, mercatorPerPixel, pickIndexFrom, pickRow } from './pickIndex';
import { gpuKeeps } from './gpuKeepRule';
import { seededRandom } from './synthetic';
import { CATEGORIES, type Category } from './vocabulary';
import { toDayNumber as day } from '../lib/days';

const at = (lng: number, lat: number, day: number, category: Category = 'attack') => ({
  lngLat: [lng, lat] as [number, number],
  startDay: 100 + day,
  endDay: 100 + day,
  category,
  precision: 'city' as const,
});
const ALL = { from: 0, to: 1000, contained: false };
/** Rows are sorted by day; these helpers name incidents by their place in the input instead. */
const incidentAt = (c: ReturnType<typeof buildColumns>, row: number) => (row < 0 ? -1 : c.order[row]);

describe('picking on the GPU layer', () => {
  // Sirte, a point 0.01° east of it, and Aleppo, on different days.
  const c = buildColumns([at(16.59, 31.2, 0), at(16.6, 31.2, 5, 'airstrike'), at(37.16, 36.2, 9)]);
  const index = buildPickIndex(c);
  const click = (lng: number, lat: number, pixels: number, w = ALL, passes?: Uint8Array, zoom = 8) =>
    incidentAt(c, pickRow(index, c, mercatorX(lng), mercatorY(lat), pixels * mercatorPerPixel(zoom), w, passes));

  it('opens the incident nearest the click', () => {
    expect(click(16.592, 31.2, 10)).toBe(0);
    expect(click(16.598, 31.2, 10)).toBe(1);
    expect(click(37.16, 36.2, 10)).toBe(2);
  });

  it('finds nothing when the click is farther than the radius from every point', () => {
    expect(click(20, 31.2, 10)).toBe(-1);
  });

  it('never picks a point the layer is not drawing: outside the window, or failing the other filters (a hidden category among them)', () => {
    expect(click(16.592, 31.2, 10, { ...ALL, from: 4, to: 6 })).toBe(1);
    const passes = new Uint8Array(c.count).fill(1);
    passes[c.order.indexOf(0)] = 0; // what a hidden 'attack' category (or actor, search, area) leaves in the passes byte
    expect(click(16.592, 31.2, 10, ALL, passes)).toBe(1);
    expect(click(16.592, 31.2, 10, { ...ALL, from: 8, to: 9 })).toBe(-1);
  });

  it('gives a tie to the point drawn last, which is on top', () => {
    const twins = buildColumns([at(10, 10, 1), at(10, 10, 2)]);
    expect(pickRow(buildPickIndex(twins), twins, mercatorX(10), mercatorY(10), 1e-6, ALL)).toBe(1);
  });

  it('survives a transfer: the index rebuilt from its buffer answers the same', () => {
    const copy = pickIndexFrom(index.data.slice(0) as ArrayBuffer);
    expect(pickRow(copy, c, mercatorX(16.598), mercatorY(31.2), 10 * mercatorPerPixel(8), ALL)).toBe(
      pickRow(index, c, mercatorX(16.598), mercatorY(31.2), 10 * mercatorPerPixel(8), ALL),
    );
  });

  it('agrees with a brute-force scan over 5,000 random points and 200 random clicks', () => {
    const random = seededRandom(7);
    const items = Array.from({ length: 5000 }, () =>
      at(
        -10 + random() * 60,
        20 + random() * 20,
        Math.floor(random() * 60),
        CATEGORIES[Math.floor(random() * CATEGORIES.length)],
      ),
    );
    const cols = buildColumns(items);
    const idx = buildPickIndex(cols);
    for (let k = 0; k < 200; k++) {
      const x = mercatorX(-10 + random() * 60);
      const y = mercatorY(20 + random() * 20);
      const w = { from: Math.floor(random() * 40), to: 40 + Math.floor(random() * 20), contained: random() < 0.5 };
      const hidden = Math.floor(random() * CATEGORIES.length);
      const passes = Uint8Array.from(cols.category, (category) => (category === hidden ? 0 : 1));
      const r = 0.002;
      let expected = -1;
      let best = Infinity;
      for (let row = 0; row < cols.count; row++) {
        const d = (cols.x[row] - x) ** 2 + (cols.y[row] - y) ** 2;
        if (
          d <= r * r &&
          gpuKeeps(cols.start[row], cols.end[row], w, passes[row]) &&
          (d < best || (d === best && row > expected))
        ) {
          expected = row;
          best = d;
        }
      }
      expect(pickRow(idx, cols, x, y, r, w, passes)).toBe(expected);
    }
  });

  it('picks by date across centuries: a point of 1700 and one of 2016 on the same spot', () => {
    const old = { ...at(13.2, 32.9, 0), startDay: day('1700-06-01'), endDay: day('1700-06-01') };
    const recent = { ...at(13.2, 32.9, 0), startDay: day('2016-02-19'), endDay: day('2016-02-19') };
    const cols = buildColumns([recent, old]);
    const index = buildPickIndex(cols);
    const window = (from: string, to: string) => ({
      from: day(from) - cols.dayOrigin,
      to: day(to) - cols.dayOrigin,
      contained: false,
    });
    const pick = (w: ReturnType<typeof window>) =>
      incidentAt(cols, pickRow(index, cols, mercatorX(13.2), mercatorY(32.9), 1e-6, w));
    expect(pick(window('1700-01-01', '1700-12-31'))).toBe(1);
    expect(pick(window('2016-02-19', '2016-02-19'))).toBe(0);
    expect(pick(window('1701-01-01', '2016-02-18'))).toBe(-1);
  });
});
