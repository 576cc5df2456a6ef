/**
 * The offline copy: waiting for the service worker to finish precaching, publishing a changed
 * service worker the way a new deployment would, and the prompt the page shows for it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

/** Resolves once a service worker is active for the page: everything it precaches is stored. */
export async function waitForOfflineCopy(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    const worker = registration.active!;
    if (worker.state === 'activated') return;
    await new Promise<void>((resolve) =>
      worker.addEventListener('statechange', () => worker.state === 'activated' && resolve()),
    );
  });
}

/** Whether a service worker controls the page (it does from the first reload after install). */
export const isControlled = (page: Page) => page.evaluate(() => Boolean(navigator.serviceWorker.controller));

/**
 * Make the server (serving dist/ as it is on disk) answer with a changed sw.js, as after a new
 * deployment; returns what puts the original back.
 */
export function publishChangedServiceWorker(): () => void {
  const file = join(process.cwd(), 'dist', 'sw.js');
  const original = readFileSync(file, 'utf8');
  writeFileSync(file, `${original}\n// a newer deployment (e2e/offline.spec.ts)\n`);
  return () => writeFileSync(file, original);
}

/** What the browser does on its own from time to time, or on a navigation: ask the server for sw.js again. */
export async function checkForNewVersion(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration?.update();
  });
}

export const updatePrompt = (page: Page) => page.getByRole('status', { name: 'Update' });
