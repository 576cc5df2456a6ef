import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import globals from 'globals';

/**
 * The ladder, bottom to top: lib ← data ← {geo, time} ← store ← io ← {map, ui} ← app.
 * Each folder may import only the folders listed for it (and itself). geo and time sit side by
 * side and do not import each other; map and ui meet only in the store. src/test holds test
 * doubles and fixtures that only tests import.
 */
const LADDER = {
  lib: [],
  data: ['lib'],
  geo: ['lib', 'data'],
  time: ['lib', 'data'],
  store: ['lib', 'data', 'geo', 'time'],
  io: ['lib', 'data', 'geo', 'time', 'store'],
  map: ['lib', 'data', 'geo', 'time', 'store', 'io'],
  ui: ['lib', 'data', 'geo', 'time', 'store', 'io'],
  app: ['lib', 'data', 'geo', 'time', 'store', 'io', 'map', 'ui'],
};
const FOLDERS = Object.keys(LADDER);

/** One zone per forbidden (folder → folder) pair, each with a message naming the rule it breaks. */
function ladderZones() {
  return FOLDERS.flatMap((folder) =>
    [...FOLDERS.filter((other) => other !== folder && !LADDER[folder].includes(other)), 'test', 'main.tsx'].map(
      (other) => ({
        target: `./src/${folder}`,
        from: `./src/${other}`,
        message: `src/${folder}/ may import only ${['lib', ...LADDER[folder]].filter((f, i, a) => a.indexOf(f) === i && f !== folder).join(', ') || 'nothing of ours'} (the ladder: lib ← data ← {geo, time} ← store ← io ← {map, ui} ← app).`,
      }),
    ),
  );
}

// Only src/map imports maplibre-gl; only src/geo imports turf; only bench/ imports Leaflet (type imports are fine anywhere).
const MAPLIBRE = {
  group: ['maplibre-gl', 'maplibre-gl/*'],
  message: 'Only src/map/ (and bench/) imports maplibre-gl.',
  allowTypeImports: true,
};
const TURF = { group: ['@turf/*'], message: 'Only src/geo/ imports turf.', allowTypeImports: true };
const LEAFLET = {
  group: ['leaflet', 'leaflet/*', 'leaflet.*'],
  message: 'Only the benchmark harness (bench/) imports Leaflet.',
};
const restrict = (files, ignores, patterns) => ({
  files,
  ignores,
  rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns }] },
});
function restrictHeavyImports() {
  return [
    restrict(
      ['src/**/*.{ts,tsx}', 'scripts/**/*.ts', 'e2e/**/*.ts'],
      ['src/map/**', 'src/geo/**'],
      [MAPLIBRE, TURF, LEAFLET],
    ),
    restrict(['src/map/**/*.{ts,tsx}'], [], [TURF, LEAFLET]),
    restrict(['src/geo/**/*.{ts,tsx}'], [], [MAPLIBRE, LEAFLET]),
    restrict(['bench/**/*.ts'], [], [TURF]),
  ];
}

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public', 'test-results', 'playwright-report', '.bench'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Nothing from data is rendered as HTML.',
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
      'import-x/extensions': ['.ts', '.tsx'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: ladderZones() }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  // Tests (and only tests) may use the shared test doubles and fixtures in src/test/.
  {
    files: ['src/**/*.test.{ts,tsx}', 'src/test/**'],
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: ladderZones().filter((z) => !z.from.endsWith('/test')) }],
    },
  },
  ...restrictHeavyImports(),
);
