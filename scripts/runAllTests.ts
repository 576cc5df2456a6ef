/**
 * `npm test`: every check, in order, each with its own runner's summary, then one plain line
 * "N passed, N failed" that totals them. Lint, the type check, the schema check and the data
 * validation count as one check each; Vitest and Playwright count their tests.
 * Set SKIP_E2E=1 to leave out the browser tests (for example on a machine without Chromium).
 *
 * The app and the benchmark page are built once, first, and every later step is told so with
 * PREBUILT=1: the browser tests' preview servers, the benchmark smoke run and the dist check
 * then serve and read that build instead of each building again (three builds were a minute of CI).
 * Each step prints how long it took.
 */
import { spawnSync } from 'node:child_process';

interface Step {
  name: string;
  command: string;
  args: string[];
  count: (output: string, ok: boolean) => { passed: number; failed: number };
}

const asOne = (_: string, ok: boolean) => ({ passed: ok ? 1 : 0, failed: ok ? 0 : 1 });
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');
const stripAnsi = (text: string) => text.replace(ANSI, '');
const grab = (text: string, pattern: RegExp) => Number(pattern.exec(text)?.[1] ?? 0);

const vitestCount = (output: string, ok: boolean) => {
  const line =
    stripAnsi(output)
      .split('\n')
      .find((l) => /^\s*Tests\s/.test(l)) ?? '';
  const passed = grab(line, /(\d+) passed/);
  const failed = grab(line, /(\d+) failed/);
  return passed + failed === 0 ? asOne(output, ok) : { passed, failed: ok ? failed : Math.max(failed, 1) };
};
const playwrightCount = (output: string, ok: boolean) => {
  const text = stripAnsi(output);
  const passed = grab(text, /^\s*(\d+) passed/m);
  const failed = grab(text, /^\s*(\d+) failed/m);
  return passed + failed === 0 ? asOne(output, ok) : { passed, failed: ok ? failed : Math.max(failed, 1) };
};

const steps: Step[] = [
  {
    name: 'build the app and the benchmark page, once for every step below',
    command: 'sh',
    // The type check is its own step, so the build here skips `npm run build`'s tsc.
    args: ['-c', 'npm run prebuild --silent && npx vite build --logLevel warn && npx tsx scripts/buildBenchPage.ts'],
    count: asOne,
  },
  { name: 'lint', command: 'npx', args: ['eslint', '.', '--max-warnings', '0'], count: asOne },
  { name: 'formatting (Prettier, 120 columns)', command: 'npx', args: ['prettier', '--check', '.'], count: asOne },
  { name: 'type check', command: 'npx', args: ['tsc', '-p', 'tsconfig.json', '--noEmit'], count: asOne },
  { name: 'JSON Schema is current', command: 'npx', args: ['tsx', 'scripts/genSchema.ts', '--check'], count: asOne },
  { name: 'data validation', command: 'npx', args: ['tsx', 'scripts/validateData.ts'], count: asOne },
  {
    name: 'context layers are built from the gazetteer',
    command: 'npx',
    args: ['tsx', 'scripts/buildContextLayers.ts', '--check'],
    count: asOne,
  },
  {
    name: 'stated distances resolve in the gazetteer',
    command: 'npx',
    args: ['tsx', 'scripts/referencePlaces.ts', '--check'],
    count: asOne,
  },
  {
    name: 'coordinates match the gazetteer',
    command: 'npx',
    args: ['tsx', 'scripts/geocode.ts', '--check'],
    count: asOne,
  },
  { name: 'unit tests', command: 'npx', args: ['vitest', 'run'], count: vitestCount },
  // Fails when recall, place, date accuracy or precision of the article extractor drops below target.
  {
    name: 'article extraction meets its targets on the archived articles',
    command: 'npx',
    args: ['tsx', 'scripts/evalIngest.ts', '--no-write'],
    count: asOne,
  },
  ...(process.env.SKIP_E2E
    ? []
    : [
        { name: 'browser tests', command: 'npx', args: ['playwright', 'test'], count: playwrightCount },
        // Completes and prints its table; checks the variants agree on what is drawn, asserts nothing about time.
        {
          name: 'benchmark smoke run at 10k',
          command: 'npx',
          args: ['tsx', 'scripts/bench.ts', '--smoke'],
          count: asOne,
        },
      ]),
  // Builds the app and the benchmark page itself, so it runs with SKIP_E2E too.
  {
    name: 'the shipped build holds no Leaflet or bench code',
    command: 'npx',
    args: ['tsx', 'scripts/checkDist.ts'],
    count: asOne,
  },
];

let passed = 0;
let failed = 0;
const started = Date.now();
for (const [i, step] of steps.entries()) {
  console.log(`\n── ${step.name}: ${step.command} ${step.args.join(' ')}`);
  const stepStarted = Date.now();
  const result = spawnSync(step.command, step.args, {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ...(i > 0 ? { PREBUILT: '1' } : {}) },
  });
  const output = `${result.stdout}${result.stderr}`;
  process.stdout.write(
    output
      .split('\n')
      .filter((l) => !/Unknown user config "nodedir"/.test(l))
      .join('\n'),
  );
  const ok = result.status === 0;
  const counted = step.count(output, ok);
  passed += counted.passed;
  failed += counted.failed;
  const seconds = ((Date.now() - stepStarted) / 1000).toFixed(1);
  console.log(`${ok ? '✓' : '✗'} ${step.name}: ${counted.passed} passed, ${counted.failed} failed (${seconds} s)`);
}
console.log(`\nall steps: ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
