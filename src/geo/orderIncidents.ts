/**
 * The incident list's order: newest first by default, or oldest first, most killed, or nearest
 * the map centre. Incidents that ended before the reporting period (what the articles mention as
 * background, such as the 2015 attacks in Tunisia) are set apart, so they never lead the list.
 */
import type { Incident } from '../data/parseIncidents';
import { distanceKm } from './analysis';

export const LIST_ORDERS = ['newest', 'oldest', 'casualties', 'nearest'] as const;
export type ListOrder = (typeof LIST_ORDERS)[number];

export const LIST_ORDER_LABELS: Record<ListOrder, string> = {
  newest: 'Newest first',
  oldest: 'Oldest first',
  casualties: 'Most killed',
  nearest: 'Nearest the map centre',
};

export interface OrderedIncidents {
  current: Incident[];
  /** Ended before the reporting period began; shown under a collapsed "Background" heading. */
  background: Incident[];
}

/**
 * The largest number of people a source says were killed, or -1 when no source gives one. A range
 * counts by its upper bound ("as many as 40"), an open one by its lower bound ("at least 41").
 */
export function mostKilled(incident: Incident): number {
  const figures = incident.feature.properties.casualties?.killed ?? [];
  return figures.reduce((best, f) => Math.max(best, f.max ?? f.min ?? -1), -1);
}

const byNewest = (a: Incident, b: Incident) => b.endDay - a.endDay || b.startDay - a.startDay || a.index - b.index;

function comparator(order: ListOrder, centre: [number, number] | null): (a: Incident, b: Incident) => number {
  switch (order) {
    case 'oldest':
      return (a, b) => a.startDay - b.startDay || a.endDay - b.endDay || a.index - b.index;
    case 'casualties':
      return (a, b) => mostKilled(b) - mostKilled(a) || byNewest(a, b);
    case 'nearest': {
      if (!centre) return byNewest;
      const km = new Map<Incident, number>();
      const distance = (i: Incident) => km.get(i) ?? km.set(i, distanceKm(centre, i.lngLat)).get(i)!;
      return (a, b) => distance(a) - distance(b) || byNewest(a, b);
    }
    default:
      return byNewest;
  }
}

export function orderIncidents(
  incidents: readonly Incident[],
  order: ListOrder,
  reportingStart: number,
  centre: [number, number] | null = null,
): OrderedIncidents {
  const compare = comparator(order, centre);
  const current = incidents.filter((i) => i.endDay >= reportingStart).sort(compare);
  const background = incidents.filter((i) => i.endDay < reportingStart).sort(compare);
  return { current, background };
}
