/**
 * `npm run screenshots [-- --base http://127.0.0.1:4173] [--only name]`: screenshots of the main
 * states at desktop (1440×900) and phone (390×844) width, into docs/screenshots/, from a running
 * build (`npm run build && npm run preview`). Debian Chromium, no browser download.
 */
import { chromium, type Page } from '@playwright/test';

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const base = arg('base') ?? 'http://127.0.0.1:4173';
const only = arg('only');

interface Shot {
  name: string;
  path: string;
  dark?: boolean;
  act?: (page: Page) => Promise<void>;
}

const SHOTS: Shot[] = [
  { name: 'start', path: '/' },
  { name: 'window-19-23-feb', path: '/?from=2016-02-19&to=2016-02-23' },
  { name: 'incident-selected', path: '/?incident=sabratha-us-airstrike-qasr-talil#map=11.00/32.7900/12.4700' },
  {
    name: 'source-in-context',
    path: '/?incident=sabratha-us-airstrike-qasr-talil',
    act: async (page) => {
      await page.getByRole('button', { name: 'Read in context' }).first().click();
    },
  },
  { name: 'whole-record', path: '/?from=2014-12-31&to=2016-03-01&timeline=record' },
  {
    name: 'import-report',
    path: '/',
    act: async (page) => {
      await page.getByTestId('import-input').setInputFiles('e2e/fixtures/analyst-sheet-200.csv');
      await page.getByTestId('import-report').waitFor();
    },
  },
  {
    name: 'dark-theme',
    path: '/?incident=sabratha-us-airstrike-qasr-talil&from=2016-02-15&to=2016-02-24#map=5.20/33.2000/16.0000',
    dark: true,
  },
  {
    name: 'filters-and-context',
    path: '/?actor=islamic-state&context=aleppo-supply-road,deir-al-zor-besieged#map=6.50/35.6000/38.6000',
    act: async (page) => {
      await page.locator('details.filter-panel > summary').click();
    },
  },
  {
    name: 'nearby-and-measure',
    path: '/?incident=sabratha-us-airstrike-qasr-talil&context=sirte-coast-held-by-is#map=6.60/32.0000/14.6000',
    act: async (page) => {
      await page.getByRole('button', { name: 'List nearby' }).click();
      await page.getByRole('button', { name: 'Measure' }).click();
      for (const id of ['sabratha-is-attack', 'sirte-is-stronghold']) {
        const p = await page.evaluate((i) => {
          const { map, store } = window.__atlas!;
          const xy = map.project(store.getState().incidents.find((x) => x.id === i)!.lngLat);
          const r = map.getCanvas().getBoundingClientRect();
          return { x: r.left + xy.x, y: r.top + xy.y };
        }, id);
        await page.mouse.click(p.x, p.y);
      }
    },
  },
];

async function waitForIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => Boolean(window.__atlas?.map?.getLayer('incident-points')), undefined, {
    timeout: 30_000,
  });
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = window.__atlas!.map;
        map.once('idle', () => resolve());
        map.triggerRepaint();
      }),
  );
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--enable-unsafe-swiftshader', '--disable-gpu', '--disable-background-networking'],
});
for (const [suffix, viewport] of [
  ['desktop', { width: 1440, height: 900 }],
  ['phone', { width: 390, height: 844 }],
] as const) {
  const context = await browser.newContext({
    viewport,
    deviceScaleFactor: 1,
    hasTouch: suffix === 'phone',
    serviceWorkers: 'block',
  });
  for (const shot of SHOTS.filter((s) => !only || s.name === only)) {
    const page = await context.newPage();
    if (shot.dark) await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(base + shot.path);
    await waitForIdle(page);
    await shot.act?.(page);
    await waitForIdle(page);
    const file = `docs/screenshots/${shot.name}-${suffix}.png`;
    await page.screenshot({ path: file });
    console.log(`wrote ${file}`);
    await page.close();
  }
  await context.close();
}
await browser.close();
