/**
 * `pnpm --filter @vertailu/dashboard bench:pages [--synthetic] [--runs 3]`: every page of the built
 * dashboard in Chromium against the real API on the national register, each run with a cold browser
 * (new context) and a cold server (a fresh app: empty response cache). Prints per page the time to
 * first meaningful content (navigation start → the page's own content is in the DOM), the bytes
 * transferred (as sent on the wire: compressed when the server compresses) and the DOM nodes.
 * `--synthetic` adds the benchmark's synthetic Finland (20 000 projects, …) first: slow to load.
 */
import type { CDPSession } from 'playwright-core';
import { loadSynthetic } from '../../api/bench/synthetic';
import { launchChromium, serveDashboard } from '../test/browser-harness';

/** Each page and the element that is its first meaningful content (its own figures, not a heading or a spinner). */
const PAGES: { path: string; ready: string }[] = [
  { path: '/', ready: '[data-testid^="card-"]' },
  { path: '/costs', ready: '[data-testid="cost-table"]' },
  { path: '/effectiveness', ready: '[data-testid="matrix"]' },
  { path: '/cost-effectiveness', ready: '[data-testid="ce-table"]' },
  { path: '/timeline', ready: '.timeline-row' },
  { path: '/catalogue', ready: '[data-testid="catalogue-table"] tbody tr' },
  { path: '/municipality/851', ready: '[data-testid="profile-costs"]' },
  { path: '/map', ready: '[data-testid="legend"]' },
];

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 3;
const synthetic = args.includes('--synthetic');
/** How long a page may take to show its content before it is reported as not showing it. */
const TIMEOUT = 30_000;

const served = await serveDashboard(synthetic ? async (orm) => void (await loadSynthetic(orm)) : undefined);
const browser = await launchChromium();
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
console.log(
  `Pages on the ${synthetic ? 'synthetic national' : 'national register'} data, median of ${runs} cold runs`,
);
console.log('page                     first content ms   transferred kB   DOM nodes');
try {
  for (const { path, ready } of PAGES) {
    const times: number[] = [];
    const bytes: number[] = [];
    const nodes: number[] = [];
    const errors = new Set<string>();
    for (let run = 0; run < runs; run++) {
      await served.restart();
      const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
      const page = await context.newPage();
      const cdp: CDPSession = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      let transferred = 0;
      cdp.on('Network.loadingFinished', (e) => {
        transferred += e.encodedDataLength;
      });
      const started = Date.now();
      await page.goto(`${served.base}${path}`);
      // A page that never shows its content is reported as such, and the others are still measured.
      const shown = await page
        .waitForSelector(ready, { timeout: TIMEOUT })
        .then(() => true)
        .catch(() => false);
      times.push(shown ? Date.now() - started : Number.POSITIVE_INFINITY);
      await page.waitForLoadState('networkidle', { timeout: TIMEOUT }).catch(() => undefined);
      bytes.push(transferred);
      nodes.push(await page.evaluate(() => document.getElementsByTagName('*').length));
      const alert = await page
        .locator('main [role="alert"]')
        .first()
        .textContent({ timeout: 100 })
        .catch(() => null);
      if (alert) errors.add(alert.slice(0, 160));
      await context.close();
    }
    const time = median(times);
    console.log(
      `${path.padEnd(24)} ${(Number.isFinite(time) ? String(time) : `> ${TIMEOUT}`).padStart(16)} ${(median(bytes) / 1024).toFixed(1).padStart(16)} ${String(median(nodes)).padStart(11)}${errors.size ? `   error: ${[...errors].join(' | ')}` : ''}`,
    );
  }
} finally {
  await browser.close();
  await served.close();
}
