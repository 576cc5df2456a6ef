/**
 * Possible duplicates: pairs of incidents that may be one event reported twice (a bundled record
 * and an imported row, or two authored from two articles). A pair is listed when both are of the
 * same category, lie within `km` of each other (great-circle), their dates are at most `days`
 * apart (the gap between their spans; overlapping spans are 0 apart) and they name an actor in common.
 *
 * It scales by bucketing, not by comparing all pairs: points go into grid cells at least `km`
 * wide (narrower in degrees of longitude toward the poles), so that a match can only be in the
 * same cell or one of its eight neighbours; within those, each cell is sorted by start day and
 * swept over the days that could match. Longitudes are not wrapped at ±180°.
 */
import { distanceKm } from './analysis';

export interface DuplicateRule {
  km: number;
  days: number;
}
export const DEFAULT_DUPLICATE_RULE: DuplicateRule = { km: 10, days: 2 };

export interface DuplicateCandidate {
  id: string;
  category: string;
  lngLat: [number, number];
  startDay: number;
  endDay: number;
  actors: readonly string[];
}

export interface DuplicatePair {
  /** Ids in alphabetical order: `${a}|${b}` is the pair's key. */
  a: string;
  b: string;
  km: number;
  /** Days between the two spans; 0 when they overlap. */
  daysApart: number;
  sharedActors: string[];
}

const KM_PER_DEGREE = 111.32;
export const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** `stats.compared`: candidate pairs looked at (the work the bucketing leaves), for tests and benchmarks. */
export function findDuplicates(
  items: readonly DuplicateCandidate[],
  rule: DuplicateRule,
  stats: { compared: number } = { compared: 0 },
): DuplicatePair[] {
  const km = Math.max(0.001, rule.km);
  const rowDeg = km / KM_PER_DEGREE;
  /** Degrees of longitude a cell of row r spans: `km` at the row's poleward edge, so wider elsewhere. */
  const colDeg = (row: number) => {
    const edge = Math.min(89.9, Math.max(Math.abs(row), Math.abs(row + 1)) * rowDeg);
    return Math.min(360, rowDeg / Math.max(0.001, Math.cos((edge * Math.PI) / 180)));
  };
  const cells = new Map<string, { row: number; col: number; list: number[]; longest: number }>();
  items.forEach((item, i) => {
    const row = Math.floor(item.lngLat[1] / rowDeg);
    const col = Math.floor(item.lngLat[0] / colDeg(row));
    const key = `${row}:${col}`;
    const cell = cells.get(key);
    if (cell) cell.list.push(i);
    else cells.set(key, { row, col, list: [i], longest: 0 });
  });
  for (const cell of cells.values()) {
    cell.list.sort((x, y) => items[x].startDay - items[y].startDay);
    for (const i of cell.list) cell.longest = Math.max(cell.longest, items[i].endDay - items[i].startDay);
  }

  const pairs: DuplicatePair[] = [];
  for (const cell of cells.values()) {
    // The cells a match can be in: this one's longitudes, a cell wider, in this row and the two beside it.
    const [west, east] = [cell.col * colDeg(cell.row), (cell.col + 1) * colDeg(cell.row)];
    const near: Array<NonNullable<ReturnType<typeof cells.get>>> = [];
    for (let r = cell.row - 1; r <= cell.row + 1; r++)
      for (let c = Math.floor(west / colDeg(r)) - 1; c <= Math.floor(east / colDeg(r)) + 1; c++) {
        const other = cells.get(`${r}:${c}`);
        if (other) near.push(other);
      }
    for (const i of cell.list) {
      const a = items[i];
      for (const other of near) {
        const list = other.list;
        // Spans that could come within `days` of a's: starting no earlier than a's start less the cell's longest span.
        for (let k = firstFrom(list, items, a.startDay - rule.days - other.longest); k < list.length; k++) {
          const j = list[k];
          const b = items[j];
          if (b.startDay > a.endDay + rule.days) break;
          stats.compared++;
          if (j <= i || b.category !== a.category) continue;
          const daysApart = Math.max(0, b.startDay - a.endDay, a.startDay - b.endDay);
          if (daysApart > rule.days) continue;
          const sharedActors = a.actors.filter((x) => b.actors.includes(x));
          if (sharedActors.length === 0) continue;
          const d = distanceKm(a.lngLat, b.lngLat);
          if (d > rule.km) continue;
          const [first, second] = a.id < b.id ? [a.id, b.id] : [b.id, a.id];
          pairs.push({ a: first, b: second, km: d, daysApart, sharedActors });
        }
      }
    }
  }
  return pairs.sort(
    (x, y) => x.km - y.km || x.daysApart - y.daysApart || pairKey(x.a, x.b).localeCompare(pairKey(y.a, y.b)),
  );
}

/** The first position in a start-sorted cell whose start day is at least `day`. */
function firstFrom(list: number[], items: readonly DuplicateCandidate[], day: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[list[mid]].startDay < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
