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

const PAGES: { path: string; ready: string }[] = [
  { path: '/', ready: '[data-testid^="card-"]' },
  { path: '/costs', ready: 'main table, main .chart, main [role="alert"]' },
  { path: '/effectiveness', ready: 'main table, main [role="alert"]' },
  { path: '/cost-effectiveness', ready: 'main svg, main table' },
  { path: '/timeline', ready: 'main .timeline-row, main table' },
  { path: '/catalogue', ready: 'main table, main li a' },
  { path: '/municipality/851', ready: 'main h2' },
  { path: '/map', ready: '[data-testid="legend"]' },
];

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 3;
const synthetic = args.includes('--synthetic');

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
      await page.waitForSelector(ready, { timeout: 60_000 });
      times.push(Date.now() - started);
      await page.waitForLoadState('networkidle');
      bytes.push(transferred);
      nodes.push(await page.evaluate(() => document.getElementsByTagName('*').length));
      await context.close();
    }
    console.log(
      `${path.padEnd(24)} ${String(median(times)).padStart(16)} ${(median(bytes) / 1024).toFixed(1).padStart(16)} ${String(median(nodes)).padStart(11)}`,
    );
  }
} finally {
  await browser.close();
  await served.close();
}
