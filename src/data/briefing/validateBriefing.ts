/**
 * Check a `.briefing.json` (or a decoded link) before anything of it is used. Each step is
 * checked on its own: a bad step is left out with a message naming the step and the field, like
 * the importer's row messages; the file is refused only when its frame is wrong or no step is left.
 */
import { CATEGORIES, LOCATION_PRECISIONS, PROVENANCES } from '../vocabulary';
import { GRADES } from '../claims/grade';
import { fromDayNumber, toDayNumber } from '../../lib/days';
import {
  BRIEFING_FORMAT,
  BRIEFING_VERSION,
  DEFAULT_STEP_SECONDS,
  MAX_CAPTION,
  MAX_STEPS,
  MAX_TITLE,
  type Briefing,
  type BriefingStep,
  type StepView,
} from './briefing';

export interface BriefingProblem {
  /** "the file", or "step 3". */
  where: string;
  message: string;
}

export interface BriefingCheck {
  briefing: Briefing | null;
  problems: BriefingProblem[];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isDay = (v: unknown): v is string =>
  typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && fromDayNumber(toDayNumber(v)) === v;
const LAYERS = ['points', 'clusters', 'heatmap', 'labels'] as const;
const shown = (v: unknown) => JSON.stringify(v)?.slice(0, 40) ?? String(v);

function listOf<T extends string>(v: unknown, allowed: readonly T[] | null, field: string): T[] {
  if (v === undefined) return [];
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) throw new Error(`${field} is not a list of names`);
  const bad = allowed ? v.find((x) => !allowed.includes(x as T)) : undefined;
  if (bad !== undefined) throw new Error(`${field} has an unknown value ${shown(bad)}`);
  return v as T[];
}

function checkCamera(v: unknown): StepView['camera'] {
  if (v === null || v === undefined) return null;
  if (!isObj(v)) throw new Error('camera is not { zoom, lat, lon } or null');
  const { zoom, lat, lon } = v;
  const ok = (n: unknown, max: number, min = -max) =>
    typeof n === 'number' && Number.isFinite(n) && n >= min && n <= max;
  if (!ok(zoom, 22, 0) || !ok(lat, 85.06) || !ok(lon, 180))
    throw new Error(`camera ${shown(v)} is out of range (zoom 0–22, lat ±85.06, lon ±180)`);
  return { zoom: zoom as number, lat: lat as number, lon: lon as number };
}

function checkView(v: unknown): StepView {
  if (!isObj(v)) throw new Error('view is missing');
  if (!isDay(v.from) || !isDay(v.to)) throw new Error(`view.from and view.to must be dates written YYYY-MM-DD`);
  if (v.from > v.to) throw new Error(`view.from ${v.from} is after view.to ${v.to}`);
  if (v.incident !== null && v.incident !== undefined && typeof v.incident !== 'string')
    throw new Error('view.incident is not an id');
  const layers = isObj(v.baseLayers) ? v.baseLayers : {};
  return {
    camera: checkCamera(v.camera),
    from: v.from,
    to: v.to,
    rule: v.rule === 'contained' ? 'contained' : 'overlaps',
    mode: v.mode === 'cumulative' ? 'cumulative' : 'sliding',
    incident: (v.incident as string | null | undefined) ?? null,
    hiddenCategories: listOf(v.hiddenCategories, CATEGORIES, 'view.hiddenCategories'),
    actorId: typeof v.actorId === 'string' ? v.actorId : null,
    hiddenPrecisions: listOf(v.hiddenPrecisions, LOCATION_PRECISIONS, 'view.hiddenPrecisions'),
    hiddenProvenances: listOf(v.hiddenProvenances, PROVENANCES, 'view.hiddenProvenances'),
    searchText: typeof v.searchText === 'string' ? v.searchText.slice(0, 200) : '',
    baseLayers: Object.fromEntries(
      LAYERS.map((l) => [l, typeof layers[l] === 'boolean' ? layers[l] : l !== 'heatmap']),
    ) as StepView['baseLayers'],
    contextLayersOn: listOf(v.contextLayersOn, null, 'view.contextLayersOn'),
    hiddenDatasets: listOf(v.hiddenDatasets, null, 'view.hiddenDatasets'),
    // Absent in briefings made before grades could be filtered: left absent, read as none / by category.
    ...(v.hiddenGrades !== undefined ? { hiddenGrades: listOf(v.hiddenGrades, GRADES, 'view.hiddenGrades') } : {}),
    ...(v.colourBy === 'grade' || v.colourBy === 'category' ? { colourBy: v.colourBy } : {}),
  };
}

function checkStep(v: unknown): BriefingStep {
  if (!isObj(v)) throw new Error('is not an object');
  if (typeof v.id !== 'string' || !v.id) throw new Error('has no id');
  if (typeof v.caption !== 'string') throw new Error('caption is not text');
  if (v.caption.length > MAX_CAPTION) throw new Error(`caption is longer than ${MAX_CAPTION} characters`);
  const cited = v.cited ?? [];
  if (!Array.isArray(cited)) throw new Error('cited is not a list');
  for (const [n, c] of cited.entries())
    if (!isObj(c) || typeof c.incidentId !== 'string' || !Number.isInteger(c.index) || typeof c.quote !== 'string')
      throw new Error(`cited excerpt ${n + 1} needs incidentId, index and quote`);
  const seconds = v.seconds ?? DEFAULT_STEP_SECONDS;
  if (typeof seconds !== 'number' || !(seconds >= 1 && seconds <= 600))
    throw new Error(`seconds ${shown(seconds)} must be a number from 1 to 600`);
  return { id: v.id, caption: v.caption, view: checkView(v.view), cited: cited as BriefingStep['cited'], seconds };
}

export function validateBriefing(value: unknown): BriefingCheck {
  const refuse = (message: string): BriefingCheck => ({ briefing: null, problems: [{ where: 'the file', message }] });
  if (!isObj(value)) return refuse('is not a JSON object');
  if (value.format !== BRIEFING_FORMAT) return refuse(`is not a briefing (format should be "${BRIEFING_FORMAT}")`);
  if (value.version !== BRIEFING_VERSION)
    return refuse(`is briefing version ${shown(value.version)}; this app reads version ${BRIEFING_VERSION}`);
  if (typeof value.id !== 'string' || !value.id) return refuse('has no id');
  if (typeof value.title !== 'string' || value.title.length > MAX_TITLE)
    return refuse(`needs a title of at most ${MAX_TITLE} characters`);
  if (!Array.isArray(value.steps)) return refuse('has no list of steps');
  if (value.steps.length > MAX_STEPS) return refuse(`has ${value.steps.length} steps; at most ${MAX_STEPS} are read`);
  const problems: BriefingProblem[] = [];
  const steps: BriefingStep[] = [];
  const seen = new Set<string>();
  value.steps.forEach((raw: unknown, n: number) => {
    try {
      const step = checkStep(raw);
      if (seen.has(step.id)) throw new Error(`has the id ${shown(step.id)} of an earlier step`);
      seen.add(step.id);
      steps.push(step);
    } catch (error) {
      problems.push({ where: `step ${n + 1}`, message: (error as Error).message });
    }
  });
  if (steps.length === 0 && value.steps.length > 0)
    return {
      briefing: null,
      problems: [...problems, { where: 'the file', message: 'has no step that could be read' }],
    };
  const updated = typeof value.updated === 'string' && !Number.isNaN(Date.parse(value.updated)) ? value.updated : '';
  return {
    briefing: { format: BRIEFING_FORMAT, version: BRIEFING_VERSION, id: value.id, title: value.title, updated, steps },
    problems,
  };
}

/** "step 2: caption is not text" */
export const describeProblem = (p: BriefingProblem) => `${p.where[0].toUpperCase()}${p.where.slice(1)}: ${p.message}.`;
