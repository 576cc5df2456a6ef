import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseIncidents } from '../data/parseIncidents';
import { toDayNumber as day } from '../lib/days';
import { mostKilled, orderIncidents } from './orderIncidents';

const { incidents } = parseIncidents(JSON.parse(readFileSync('data/incidents.geojson', 'utf8')));
const FEB_2016 = day('2016-02-01');
const SIRTE: [number, number] = [16.59, 31.2];
const ids = (list: { id: string }[]) => list.map((i) => i.id);

describe('the incident list order', () => {
  it('puts the newest first, and sets apart what ended before the reporting period', () => {
    const { current, background } = orderIncidents(incidents, 'newest', FEB_2016);
    expect(current.length + background.length).toBe(incidents.length);
    for (let k = 1; k < current.length; k++) expect(current[k - 1].endDay).toBeGreaterThanOrEqual(current[k].endDay);
    expect(current.every((i) => i.endDay >= FEB_2016)).toBe(true);
    expect(background.length).toBeGreaterThan(0);
    expect(background.every((i) => i.endDay < FEB_2016)).toBe(true);
    expect(current[0].feature.properties.when.start >= '2016-02').toBe(true);
  });

  it('oldest first is by start day', () => {
    const { current } = orderIncidents(incidents, 'oldest', FEB_2016);
    for (let k = 1; k < current.length; k++) expect(current[k - 1].startDay).toBeLessThanOrEqual(current[k].startDay);
  });

  it('most killed ranks by the largest figure a source gives, and incidents with none come last', () => {
    const { current } = orderIncidents(incidents, 'casualties', FEB_2016);
    const figures = current.map(mostKilled);
    expect(figures[0]).toBeGreaterThan(0);
    for (let k = 1; k < figures.length; k++) expect(figures[k - 1]).toBeGreaterThanOrEqual(figures[k]);
    expect(figures.at(-1)).toBe(-1);
  });

  it('nearest the map centre ranks by great-circle distance', () => {
    const { current } = orderIncidents(incidents, 'nearest', FEB_2016, SIRTE);
    expect(current[0].feature.properties.where.name).toMatch(/Sirte/);
    const farthest = current.at(-1)!;
    expect(Math.abs(farthest.lngLat[0] - SIRTE[0])).toBeGreaterThan(40); // the California filing
  });

  it('never loses or repeats an incident, whatever the order', () => {
    for (const order of ['newest', 'oldest', 'casualties', 'nearest'] as const) {
      const { current, background } = orderIncidents(incidents, order, FEB_2016, SIRTE);
      expect(new Set([...ids(current), ...ids(background)]).size).toBe(incidents.length);
    }
  });
});
