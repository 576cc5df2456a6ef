/**
 * Incidents per bar, stacked by category, for the histogram under the time brush. A bar is a
 * calendar unit (bins.ts): a day for a record of months, a week, a month, a year or a decade as
 * the drawn span grows, so the arrays hold at most MAX_BINS bars a category whatever the span.
 *   - An incident with a real duration (a siege, a held city, anything reported as ongoing)
 *     counts 1 in every bar it covers.
 *   - An incident known only to a week, a month or a few days is one event somewhere in that
 *     span: it is spread over the span by days (its share of each bar is the share of its days
 *     that fall there, summing to one) and drawn lighter, a span and not a spike.
 *   - A single-day incident counts 1 in the bar of its day.
 */
import type { Incident } from '../data/parseIncidents';
import { CATEGORIES } from '../data/vocabulary';
import { upperBound } from '../lib/upperBound';
import { binEdges, binUnitFor, type BinUnit } from './bins';

export interface Histogram {
  /** What one bar is. */
  unit: BinUnit;
  /** Bar i covers the days edges[i] to edges[i + 1] − 1; the first and last are clipped to the span. */
  edges: Int32Array;
  bins: number;
  /** The first day drawn (edges[0]). */
  firstDay: number;
  /** certain[categoryIndex][bar] */
  certain: Float32Array[];
  /** spread[categoryIndex][bar]: the share of imprecisely dated incidents */
  spread: Float32Array[];
  /** The tallest bar, for scaling. */
  max: number;
}

const CATEGORY_INDEX = new Map<string, number>(CATEGORIES.map((c, i) => [c, i]));

export function isDuration(incident: Incident): boolean {
  const p = incident.feature.properties;
  return (
    p.category === 'siege' ||
    p.category === 'seizure' ||
    p.status === 'ongoing' ||
    Boolean(p.when.startOpen || p.when.endOpen)
  );
}

export function buildHistogram(incidents: Incident[], [firstDay, to]: [number, number]): Histogram {
  const lastDay = Math.max(firstDay, to);
  const unit = binUnitFor([firstDay, lastDay]);
  const edges = binEdges([firstDay, lastDay], unit);
  const bins = edges.length - 1;
  const certain = CATEGORIES.map(() => new Float32Array(bins));
  const spread = CATEGORIES.map(() => new Float32Array(bins));
  for (const incident of incidents) {
    const c = CATEGORY_INDEX.get(incident.feature.properties.category) ?? -1;
    const from = Math.max(incident.startDay, firstDay);
    const until = Math.min(incident.endDay, lastDay);
    if (from > until) continue;
    const span = incident.endDay - incident.startDay + 1;
    const whole = span === 1 || isDuration(incident);
    for (let bar = upperBound(edges, from) - 1; bar < bins && edges[bar] <= until; bar++) {
      if (whole) certain[c][bar] += 1;
      else spread[c][bar] += (Math.min(until, edges[bar + 1] - 1) - Math.max(from, edges[bar]) + 1) / span;
    }
  }
  let max = 0;
  for (let bar = 0; bar < bins; bar++) {
    let total = 0;
    for (let c = 0; c < CATEGORIES.length; c++) total += certain[c][bar] + spread[c][bar];
    max = Math.max(max, total);
  }
  return { unit, edges, bins, firstDay, certain, spread, max };
}
