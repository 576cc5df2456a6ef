/**
 * The folder rule in eslint.config.js, exercised through ESLint itself: an import up the ladder
 * (lib ← data ← {geo, time} ← store ← io ← {map, ui} ← app) fails the lint with a message naming
 * the rule, and the imports the ladder allows pass.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function ladderErrors(from: string, to: string): Promise<string[]> {
  const depth = from.split('/').length - 1; // src/<folder>/x.ts is one level below src
  const spec = `${'../'.repeat(depth)}${to}`;
  const [result] = await eslint.lintText(`import * as target from '${spec}';\nexport const used = target;\n`, {
    filePath: `${from}/ladderProbe.ts`,
  });
  return result.messages.filter((m) => m.ruleId === 'import-x/no-restricted-paths').map((m) => m.message);
}

describe('the ladder lint rule', () => {
  it.each([
    ['src/lib', 'data/vocabulary'],
    ['src/data', 'store/appStore'],
    ['src/data', 'time/window'],
    ['src/geo', 'time/window'],
    ['src/time', 'geo/analysis'],
    ['src/store', 'io/urlState'],
    ['src/io', 'map/createMap'],
    ['src/io', 'ui/IncidentList'],
    ['src/map', 'ui/IncidentList'],
    ['src/ui', 'map/MapView'],
    ['src/ui', 'app/App'],
    ['src/data/import', 'store/types'],
  ])(
    'refuses %s importing %s',
    async (from, to) => {
      const errors = await ladderErrors(from, to);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toContain(`${from.split('/').slice(0, 2).join('/')}/ may import only`);
    },
    30_000,
  );

  it.each([
    ['src/data', 'lib/days'],
    ['src/time', 'data/vocabulary'],
    ['src/store', 'time/window'],
    ['src/io', 'store/appStore'],
    ['src/ui', 'io/importFiles'],
    ['src/map', 'store/appStore'],
    ['src/app', 'ui/IncidentList'],
  ])(
    'allows %s importing %s',
    async (from, to) => {
      expect(await ladderErrors(from, to)).toEqual([]);
    },
    30_000,
  );
});
