/**
 * The analysis panel on a slider tick: with no area drawn it does no turf work and does not even
 * re-render; with one drawn, the point-in-polygon work is done once for the area, and a tick
 * only narrows it to the window (the count still follows the window).
 */
import { readFileSync } from 'node:fs';
import { Profiler } from 'react';
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { appStore } from '../../store/appStore';
import { parseIncidents } from '../../data/parseIncidents';
import { selectIncidentsInWindow } from '../../store/selectors';
import { boxFromCorners, insidePolygon, measurePath } from '../../geo/analysis';
import { toDayNumber as day } from '../../lib/days';
import { AnalysisPanel } from './AnalysisPanel';

// The geo kernels that call turf, counted.
vi.mock('../../geo/analysis', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../geo/analysis')>();
  return { ...actual, insidePolygon: vi.fn(actual.insidePolygon), measurePath: vi.fn(actual.measurePath) };
});

const { incidents, rejected } = parseIncidents(JSON.parse(readFileSync('data/incidents.geojson', 'utf8')));
const AROUND_SABRATHA = { sw: [11.5, 32] as [number, number], ne: [13.5, 33.5] as [number, number] };

let commits = 0;
function renderPanel() {
  render(
    <Profiler
      id="analysis"
      onRender={() => {
        commits++;
      }}
    >
      <AnalysisPanel />
    </Profiler>,
  );
}

/** Move a week-long window day by day through February 2016, as a drag of the slider does. */
function tick(days: number, each: () => void = () => {}) {
  for (let start = day('2016-02-10'); start < day('2016-02-10') + days; start++) {
    act(() => appStore.getState().setTimeRange([start, start + 7]));
    each();
  }
}

beforeEach(() => {
  const s = appStore.getState();
  s.setDataset({
    incidents,
    rejected,
    sources: new Map(),
    sourceTexts: new Map(),
    actors: new Map(),
    datasetVersion: 't',
  });
  s.setDrawnArea(null);
  s.setArea(null);
  s.clearMeasure();
  s.setTool('none');
  s.setTimeRange([day('2016-02-01'), day('2016-02-08')]);
  commits = 0;
});
afterEach(() => {
  cleanup();
  vi.mocked(insidePolygon).mockClear();
  vi.mocked(measurePath).mockClear();
});

describe('AnalysisPanel on a slider tick', () => {
  it('with no area drawn, does no turf work and does not re-render, even while measuring and filtering by a linked area', () => {
    const s = appStore.getState();
    s.setTool('measure');
    s.addMeasurePoint([12.48, 32.79]);
    s.addMeasurePoint([13.19, 32.89]);
    s.setArea({ polygon: boxFromCorners(AROUND_SABRATHA.sw, AROUND_SABRATHA.ne), label: 'box from the link' });
    renderPanel();
    expect(screen.getByTestId('measure-result').textContent).toMatch(/along 1 leg/);
    vi.mocked(insidePolygon).mockClear();
    vi.mocked(measurePath).mockClear();
    const before = commits;

    tick(20);

    expect(insidePolygon).not.toHaveBeenCalled();
    expect(measurePath).not.toHaveBeenCalled();
    expect(commits - before, 'renders of the panel during the ticks').toBe(0);
  });

  it('with an area drawn, finds what is inside it once, and each tick only follows the window', () => {
    const box = boxFromCorners(AROUND_SABRATHA.sw, AROUND_SABRATHA.ne);
    const inBox = ([lng, lat]: [number, number]) => lng >= 11.5 && lng <= 13.5 && lat >= 32 && lat <= 33.5;
    act(() => appStore.getState().setDrawnArea(box));
    renderPanel();
    vi.mocked(insidePolygon).mockClear();

    const counts: number[] = [];
    tick(20, () => {
      const expected = selectIncidentsInWindow(appStore.getState()).filter((i) => inBox(i.lngLat)).length;
      expect(screen.getByTestId('area-result').textContent).toContain(
        `${expected} incident${expected === 1 ? '' : 's'} in the area drawn`,
      );
      counts.push(expected);
    });

    expect(new Set(counts).size).toBeGreaterThan(1); // the window did change what is inside
    expect(insidePolygon).not.toHaveBeenCalled();
  });
});
