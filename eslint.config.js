import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Only src/map imports maplibre-gl; only src/geo imports turf (type imports are fine anywhere).
const MAPLIBRE = { group: ['maplibre-gl', 'maplibre-gl/*'], message: 'Only src/map/ imports maplibre-gl.', allowTypeImports: true };
const TURF = { group: ['@turf/*'], message: 'Only src/geo/ imports turf.', allowTypeImports: true };
const restrict = (files, ignores, patterns) => ({
  files, ignores, rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns }] },
});
function restrictHeavyImports() {
  return [
    restrict(['src/**/*.{ts,tsx}', 'scripts/**/*.ts'], ['src/map/**', 'src/geo/**'], [MAPLIBRE, TURF]),
    restrict(['src/map/**/*.{ts,tsx}'], [], [TURF]),
    restrict(['src/geo/**/*.{ts,tsx}'], [], [MAPLIBRE]),
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
      'no-restricted-syntax': ['error', { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Nothing from data is rendered as HTML.' }],
    },
  },
  ...restrictHeavyImports(),
);
