import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseIncidents } from '../data/parseIncidents';
import { toDayNumber as day } from '../lib/days';
import { concentrationBox, insideBox, outsideBox } from './startView';

const { incidents } = parseIncidents(JSON.parse(readFileSync('data/incidents.geojson', 'utf8')));
const FEB_2016: [number, number] = [day('2016-01-31'), day('2016-03-01')];
const PLACES: Record<string, [number, number]> = {
  Sabratha: [12.48, 32.79],
  Sirte: [16.59, 31.2],
  Aleppo: [37.16, 36.2],
  'Deir al-Zor': [40.14, 35.33],
  Zubair: [47.7, 30.39],
};

describe('the start view', () => {
  const box = concentrationBox(incidents, FEB_2016)!;

  it('frames Libya, Syria and Iraq, not the Atlantic', () => {
    for (const [name, at] of Object.entries(PLACES)) expect(insideBox(at, box), name).toBe(true);
    expect(box[0]).toBeGreaterThan(-60);
  });

  it('lists what it leaves out, and that includes San Bernardino', () => {
    const elsewhere = outsideBox(incidents, box);
    expect(elsewhere.length).toBeGreaterThan(0);
    expect(elsewhere.length).toBeLessThan(incidents.length / 5);
    expect(elsewhere.some((i) => /San Bernardino|California/.test(i.feature.properties.where.name))).toBe(true);
    expect(elsewhere.every((i) => !insideBox(i.lngLat, box))).toBe(true);
  });

  it('frames every incident when they all sit together, and nothing when there is none', () => {
    const libya = incidents.filter((i) => i.feature.properties.where.country === 'LY');
    const libyaBox = concentrationBox(libya, null, 1)!;
    expect(outsideBox(libya, libyaBox)).toEqual([]);
    expect(concentrationBox([], FEB_2016)).toBeNull();
  });

  it('uses every incident when none falls in the period', () => {
    expect(concentrationBox(incidents, [day('1990-01-01'), day('1990-02-01')])).not.toBeNull();
  });
});
