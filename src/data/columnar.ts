/**
 * Incidents as columns of typed arrays, sorted by start day: what a GPU layer uploads once and
 * then filters by uniforms, and what a worker can transfer (not clone) to the page. 22 bytes an
 * incident, against ~250 for a GeoJSON feature object.
 *
 *   x, y      Float32  Web Mercator, 0..1 across the world (maplibre's MercatorCoordinate)
 *   start,end Float32  day numbers relative to `dayOrigin`, whole numbers: exact up to 2^24 days
 *                      (about 45,000 years), so every span the atlas accepts (1000 to ten years
 *                      from today, ~376,000 days) fits; the vertex shader reads them as floats
 *   category  Uint8    index into CATEGORIES
 *   precision Uint8    index into LOCATION_PRECISIONS
 *   order     Uint32   the incident's index in the source list, for picking
 */
import { CATEGORIES, LOCATION_PRECISIONS, type Category, type LocationPrecision } from './vocabulary';

export interface ColumnarIncidents {
  count: number;
  dayOrigin: number;
  x: Float32Array;
  y: Float32Array;
  start: Float32Array;
  end: Float32Array;
  category: Uint8Array;
  precision: Uint8Array;
  order: Uint32Array;
}

export interface ColumnInput {
  lngLat: [number, number];
  startDay: number;
  endDay: number;
  category: Category;
  precision: LocationPrecision;
}

export const mercatorX = (lng: number): number => (180 + lng) / 360;
export const mercatorY = (lat: number): number => {
  const clamped = Math.max(-85.051129, Math.min(85.051129, lat));
  return (180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (clamped * Math.PI) / 360))) / 360;
};

/** Where buildColumns reads an item's category and precision: on the item itself by default. */
export interface ColumnFields<T> {
  category: (item: T) => Category;
  precision: (item: T) => LocationPrecision;
}
const OWN_FIELDS: ColumnFields<ColumnInput> = { category: (i) => i.category, precision: (i) => i.precision };

type Placed = Pick<ColumnInput, 'lngLat' | 'startDay' | 'endDay'>;

/** Rows in start-day order (ties in list order); a list already in that order, as the store's is, is not sorted again. */
function startOrder(items: ReadonlyArray<Placed>): Uint32Array {
  const order = new Uint32Array(items.length);
  let sorted = true;
  for (let i = 0; i < items.length; i++) {
    order[i] = i;
    if (i > 0 && items[i].startDay < items[i - 1].startDay) sorted = false;
  }
  return sorted ? order : order.sort((a, b) => items[a].startDay - items[b].startDay || a - b);
}

export function buildColumns(items: ReadonlyArray<ColumnInput>): ColumnarIncidents;
export function buildColumns<T extends Placed>(items: ReadonlyArray<T>, fields: ColumnFields<T>): ColumnarIncidents;
export function buildColumns<T extends Placed>(
  items: ReadonlyArray<T>,
  fields = OWN_FIELDS as unknown as ColumnFields<T>,
): ColumnarIncidents {
  const count = items.length;
  const order = startOrder(items);
  const dayOrigin = count ? items[order[0]].startDay : 0;
  const c: ColumnarIncidents = {
    count,
    dayOrigin,
    order,
    x: new Float32Array(count),
    y: new Float32Array(count),
    start: new Float32Array(count),
    end: new Float32Array(count),
    category: new Uint8Array(count),
    precision: new Uint8Array(count),
  };
  for (let row = 0; row < count; row++) {
    const item = items[order[row]];
    c.x[row] = mercatorX(item.lngLat[0]);
    c.y[row] = mercatorY(item.lngLat[1]);
    c.start[row] = item.startDay - dayOrigin;
    c.end[row] = item.endDay - dayOrigin;
    c.category[row] = CATEGORIES.indexOf(fields.category(item));
    c.precision[row] = LOCATION_PRECISIONS.indexOf(fields.precision(item));
  }
  return c;
}

/** The buffers to list as transferables when posting columns from a worker. */
export const transferables = (c: ColumnarIncidents): ArrayBuffer[] =>
  [c.x, c.y, c.start, c.end, c.category, c.precision, c.order].map((a) => a.buffer as ArrayBuffer);

export const bytesPerIncident = (c: ColumnarIncidents): number =>
  c.count ? transferables(c).reduce((n, b) => n + b.byteLength, 0) / c.count : 0;
