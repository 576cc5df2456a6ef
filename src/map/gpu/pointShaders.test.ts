/**
 * The vertex shader's keep test and its CPU twin, gpuKeeps() (which picking uses), must agree
 * line for line. No WebGL here: the shader's three keep lines are read from its source, their
 * GLSL names swapped for the twin's, and run in JavaScript over a table of spans, windows, rules
 * and passes bytes. (The browser test e2e/gpu.spec.ts checks the real shader's pixels.)
 */
import { describe, expect, it } from 'vitest';
import { gpuKeeps, type GpuWindow } from '../../data/gpuKeepRule';
import { VERTEX_SHADER } from './pointShaders';

const KEEP_LINES = /^\s*bool (overlaps|inside|keep) = .*;$/gm;
const GLSL_TO_JS: Array<[RegExp, string]> = [
  [/\bbool\b/g, 'const'],
  [/\ba_start\b/g, 'start'],
  [/\ba_end\b/g, 'end'],
  [/\ba_passes\b/g, 'passes'],
  [/\bu_window\.x\b/g, 'w.from'],
  [/\bu_window\.y\b/g, 'w.to'],
  [/\bu_contained\b/g, 'w.contained'],
  [/(\d)\.0\b/g, '$1'],
];

function shaderKeepTest(): (start: number, end: number, w: GpuWindow, passes: number) => boolean {
  const lines = VERTEX_SHADER.match(KEEP_LINES) ?? [];
  expect(lines.map((l) => l.trim().split(' ')[1])).toEqual(['overlaps', 'inside', 'keep']);
  const body = GLSL_TO_JS.reduce((code, [glsl, js]) => code.replace(glsl, js), lines.join('\n'));
  expect(body).not.toMatch(/\b[au]_\w+/); // every uniform and attribute the test reads has a CPU name
  return new Function('start', 'end', 'w', 'passes', `${body}\nreturn keep;`) as ReturnType<typeof shaderKeepTest>;
}

describe('the vertex shader keeps exactly what gpuKeeps keeps', () => {
  const shaderKeeps = shaderKeepTest();
  // start, end, from, to: every way a span can sit against a window.
  const CASES: Array<[number, number, number, number]> = [
    [5, 5, 5, 5],
    [5, 5, 6, 9],
    [5, 5, 0, 4],
    [3, 7, 5, 9],
    [3, 7, 0, 4],
    [3, 7, 4, 6],
    [3, 7, 3, 7],
    [3, 7, 8, 9],
    [0, 100, 40, 41],
    [10, 12, 12, 20],
    [10, 12, 0, 10],
    [0, 65_535, 0, 65_535],
    // Days of a record from 1 Jan 1000 to ten years ahead, beyond 16 bits: 1700 against 2016.
    [0, 0, 115_314, 115_318],
    [115_314, 115_318, 0, 115_314],
    [378_000, 378_756, 0, 377_999],
    [0, 378_756, 378_756, 378_756],
  ];
  it.each(CASES)('span %i–%i against window %i–%i, both rules, passing or not', (start, end, from, to) => {
    for (const contained of [false, true]) {
      for (const passes of [0, 1]) {
        const w = { from, to, contained };
        expect(shaderKeeps(start, end, w, passes)).toBe(gpuKeeps(start, end, w, passes));
      }
    }
  });

  it('has no category test of its own: hidden categories arrive through a_passes', () => {
    expect(VERTEX_SHADER).not.toMatch(/u_hidden/);
    expect(shaderKeeps(1, 1, { from: 0, to: 2, contained: false }, 1)).toBe(true);
  });
});
