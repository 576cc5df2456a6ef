/**
 * Incidents per day, stacked by category, for the histogram under the time brush.
 *   - An incident with a real duration (a siege, a held city, anything reported as ongoing)
 *     counts 1 on every day it covers.
 *   - An incident known only to a week, a month or a few days is one event somewhere in that
 *     span: it is spread over the span (1/N per day) and drawn lighter, a span and not a spike.
 *   - A single-day incident counts 1 on its day.
 */
import type { Incident } from '../data/parseIncidents';
import { CATEGORIES } from '../data/vocabulary';

export interface Histogram {
  firstDay: number;
  days: number;
  /** certain[categoryIndex][dayOffset] */
  certain: Float32Array[];
  /** spread[categoryIndex][dayOffset]: the share of imprecisely dated incidents */
  spread: Float32Array[];
  /** The tallest day, for scaling. */
  max: number;
}

export function isDuration(incident: Incident): boolean {
  const p = incident.feature.properties;
  return (
    p.category === 'siege' ||
    p.category === 'seizure' ||
    p.status === 'ongoing' ||
    Boolean(p.when.startOpen || p.when.endOpen)
  );
}

export function buildHistogram(incidents: Incident[], [firstDay, lastDay]: [number, number]): Histogram {
  const days = Math.max(1, lastDay - firstDay + 1);
  const certain = CATEGORIES.map(() => new Float32Array(days));
  const spread = CATEGORIES.map(() => new Float32Array(days));
  for (const incident of incidents) {
    const c = CATEGORIES.indexOf(incident.feature.properties.category);
    const from = Math.max(incident.startDay, firstDay);
    const to = Math.min(incident.endDay, lastDay);
    if (from > to) continue;
    const span = incident.endDay - incident.startDay + 1;
    const duration = isDuration(incident);
    for (let day = from; day <= to; day++) {
      if (span === 1 || duration) certain[c][day - firstDay] += 1;
      else spread[c][day - firstDay] += 1 / span;
    }
  }
  let max = 0;
  for (let d = 0; d < days; d++) {
    let total = 0;
    for (let c = 0; c < CATEGORIES.length; c++) total += certain[c][d] + spread[c][d];
    max = Math.max(max, total);
  }
  return { firstDay, days, certain, spread, max };
}
