import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../api/src/config';
import { initOrm, migrate } from '../../api/src/db/orm';
import { seedDataset } from '../../api/src/db/seed/seeder';
import { type App, createApp } from '../../api/src/server';

/**
 * Real-browser tests: Debian's Chromium (apt-get install chromium) against the real API serving the
 * built dashboard, on the real data set in an in-memory SQLite database.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTIFACTS = new URL('../artifacts/', import.meta.url);
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const text = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

let orm: Awaited<ReturnType<typeof initOrm>>;
let app: App;
let browser: Browser;
let base: string;

beforeAll(async () => {
  if (!existsSync(CHROMIUM))
    throw new Error(`No Chromium at ${CHROMIUM}: apt-get install -y --no-install-recommends chromium`);
  if (!existsSync(new URL('../dist/index.html', import.meta.url)))
    throw new Error('Build the dashboard first (pnpm --filter @vertailu/dashboard build).');
  const config = {
    ...loadConfig({ NODE_ENV: 'test' }),
    database: { kind: 'sqlite' as const, file: ':memory:' },
    // One browser makes every request from one address: the per-IP limit is tested in the API's own tests.
    rateLimitPerIp: 100_000,
  };
  orm = await initOrm(config.database);
  await migrate(orm);
  await seedDataset(orm);
  app = await createApp(orm, config);
  await new Promise<void>((resolve) => app.httpServer.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  mkdirSync(ARTIFACTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await new Promise((resolve) => app?.httpServer.close(resolve));
  await orm?.close();
});

/** Content-Security-Policy violations and requests to other hosts, over every page opened. */
const cspViolations: string[] = [];
const foreignRequests: string[] = [];

async function open(path: string, viewport = { width: 1440, height: 1000 }): Promise<Page> {
  const page = await browser.newPage({ viewport, acceptDownloads: true });
  page.on('console', (m) => {
    if (/Content[- ]Security[- ]Policy/i.test(m.text())) cspViolations.push(`${path}: ${m.text()}`);
  });
  page.on('request', (r) => {
    if (!r.url().startsWith(base) && !r.url().startsWith('data:') && !r.url().startsWith('blob:'))
      foreignRequests.push(r.url());
  });
  await page.goto(`${base}${path}`);
  return page;
}

async function seriousViolations(page: Page): Promise<string[]> {
  // Through the DevTools protocol, which the page's CSP does not govern (an inline <script> it would block).
  await page.evaluate(axeSource);
  const result = (await page.evaluate(() =>
    (window as unknown as { axe: { run: () => Promise<unknown> } }).axe.run(),
  )) as {
    violations: { id: string; impact: string; nodes: unknown[] }[];
  };
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.nodes.length})`);
}

describe('dashboard in Chromium', () => {
  it('overview: a card per municipality with the figures from the documents', async () => {
    const page = await open('/');
    await page.getByTestId('OWN_PROJECT_COST-851').waitFor();
    expect(text(await page.getByTestId('OWN_PROJECT_COST-851').textContent())).toBe('220 395 €');
    expect(text(await page.getByTestId('EXTERNAL_FUNDING-851').textContent())).toBe('115 005 €');
    expect(text(await page.getByTestId('EXTERNAL_FUNDING-211').textContent())).toBe('0 €');
    expect(text(await page.getByTestId('EXTERNAL_FUNDING-186').textContent())).toBe(
      'ei tietoa (summa ei tiedossa)',
    );
    expect(text(await page.getByTestId('STRONGEST_EVIDENCE-020').textContent())).toBe('vertailuaineisto');
    await page.getByTestId('ce-table').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: new URL('overview.png', ARTIFACTS).pathname, fullPage: true });
    await page.close();
  });

  it('asks with GET persisted queries that caches can answer: a reload is served from them', async () => {
    const page = await open('/');
    await page.getByTestId('OWN_PROJECT_COST-851').waitFor();
    await page.getByTestId('ce-table').waitFor();
    const seen: { method: string; url: string; status: number; cache: string | undefined }[] = [];
    page.on('response', (r) => {
      if (new URL(r.url()).pathname === '/graphql')
        seen.push({
          method: r.request().method(),
          url: r.url(),
          status: r.status(),
          cache: r.headers()['x-cache'],
        });
    });
    await page.reload();
    await page.getByTestId('OWN_PROJECT_COST-851').waitFor();
    await page.getByTestId('ce-table').waitFor();
    expect(seen.length).toBeGreaterThan(0);
    for (const r of seen) {
      expect(r.method, r.url).toBe('GET');
      expect(r.url).toContain('persistedQuery');
      expect(r.url).not.toContain('query=');
      expect(r.status === 304 || r.cache === 'HIT', `${r.status} ${r.cache} ${r.url}`).toBe(true);
    }
    expect(text(await page.getByTestId('OWN_PROJECT_COST-851').textContent())).toBe('220 395 €');
    await page.close();
  });

  it('narrows every page to one wellbeing services county, kept in the URL', async () => {
    const page = await open('/');
    await page.getByTestId('card-851').waitFor();
    expect(await page.locator('[data-testid^="card-"]').count()).toBe(4);
    const options = await page.getByTestId('county').locator('option').allTextContents();
    expect(options).toHaveLength(22); // all, and the 21 counties of the national register
    expect(options.slice(0, 2)).toEqual(['Kaikki hyvinvointialueet', 'Etelä-Karjalan hyvinvointialue']);
    await page.getByTestId('county').selectOption('Pirkanmaan hyvinvointialue');
    await page.waitForURL(/county=Pirkanmaan\+hyvinvointialue/);
    await expect.poll(async () => page.locator('[data-testid^="card-"]').count()).toBe(2);
    expect(await page.getByTestId('card-020').isVisible()).toBe(true);
    expect(await page.getByTestId('card-211').isVisible()).toBe(true);
    expect(text(await page.getByTestId('OWN_PROJECT_COST-020').textContent())).not.toBe('');
    // The choice follows the navigation, and a copied link opens with it.
    await page.getByRole('link', { name: 'Kustannukset' }).click();
    await page.waitForURL(/\/costs\?county=Pirkanmaan/);
    expect(await page.getByTestId('county').inputValue()).toBe('Pirkanmaan hyvinvointialue');
    await page.close();
  });

  it('switches to English and keeps the language in the URL', async () => {
    const page = await open('/');
    await page.getByTestId('lang-switch').click();
    await page.getByRole('heading', { name: 'Overview' }).waitFor();
    expect(page.url()).toContain('lang=en');
    expect(text(await page.getByTestId('EXTERNAL_FUNDING-186').textContent())).toBe(
      'no data (amount unknown)',
    );
    await page.close();
  });

  it('costs: a filter change updates the URL and the table; the copied URL restores the view', async () => {
    const page = await open('/costs?from=2016&to=2016');
    await page.getByTestId('cost-table').waitFor();
    await page.getByTestId('normalize').selectOption('PER_INHABITANT');
    await page.waitForURL(/norm=PER_INHABITANT/);
    const cell = page.getByTestId('OWN_PROJECT_COST-851');
    await expect
      .poll(async () => text(await cell.textContent()))
      .toBe(`${((220395 * 366) / 1461 / 22117).toFixed(2).replace('.', ',')} €`);
    expect(text(await page.getByTestId('OWN_PROJECT_COST-020').textContent())).toBe(
      'ei tietoa (väkiluku puuttuu)',
    );
    const copied = await open(new URL(page.url()).pathname + new URL(page.url()).search);
    await copied.getByTestId('cost-table').waitFor();
    expect(await copied.getByTestId('normalize').inputValue()).toBe('PER_INHABITANT');
    await expect
      .poll(async () => text(await copied.getByTestId('OWN_PROJECT_COST-851').textContent()))
      .toBe(text(await cell.textContent()));
    expect(await seriousViolations(copied)).toEqual([]);
    await copied.screenshot({ path: new URL('costs.png', ARTIFACTS).pathname, fullPage: true });
    await page.close();
    await copied.close();
  });

  it('exports the shown cost values as CSV', async () => {
    const page = await open('/costs');
    await page.getByTestId('cost-table').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('cost-csv').click(),
    ]);
    const csv = readFileSync((await download.path()) as string, 'utf8');
    expect(csv).toContain('Tornio;220395;');
    expect(csv).toContain('Akaa;23056;');
    expect(csv).toContain('Järvenpää;;NOT_REPORTED;;AMOUNT_UNKNOWN');
    await page.close();
  });

  it('effectiveness: the matrix cell opens Akaa’s outcomes with their source passages', async () => {
    const page = await open('/effectiveness');
    await page.getByTestId('cell-020:STAFF_WELLBEING').click();
    await page.waitForURL(/cell=020%3ASTAFF_WELLBEING|cell=020:STAFF_WELLBEING/);
    const detail = text(await page.getByTestId('cell-detail').textContent());
    expect(detail).toContain('58 %');
    expect(detail).toContain('58 prosenttia henkilöstöstä');
    expect(text(await page.getByTestId('cell-020:LEADERSHIP').textContent())).toContain('vaihteleva');
    expect(text(await page.locator('figure[aria-labelledby="measured-title"]').textContent())).toContain(
      '58 %',
    );
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Lataa PNG' }).click(),
    ]);
    expect(png.suggestedFilename()).toBe('vertailu-mitatut-tulokset.png');
    expect(
      readFileSync((await png.path()) as string)
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: new URL('effectiveness.png', ARTIFACTS).pathname, fullPage: true });
    await page.close();
  });

  it('works at 375 px wide on every page (no sideways scrolling of the page itself)', async () => {
    for (const path of [
      '/',
      '/costs',
      '/effectiveness',
      '/cost-effectiveness',
      '/timeline',
      '/catalogue',
      '/municipality/851',
    ]) {
      const page = await open(path, { width: 375, height: 800 });
      await page.locator('main h2').first().waitFor();
      await page.waitForLoadState('networkidle');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
      if (path === '/')
        await page.screenshot({ path: new URL('overview-375.png', ARTIFACTS).pathname, fullPage: true });
      await page.close();
    }
  });

  it('can be used with the keyboard: a matrix cell opens with Enter', async () => {
    const page = await open('/effectiveness');
    const cell = page.getByTestId('cell-211:COOPERATION');
    await cell.waitFor();
    await cell.focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('cell-detail').waitFor();
    expect(text(await page.getByTestId('cell-detail').textContent())).toContain(
      'Toimintatapa on tiivistänyt yhteistyötä',
    );
    expect(page.url()).toMatch(/cell=211/);
    await page.close();
  });

  it('says clearly when the API is down', async () => {
    const page = await browser.newPage();
    await page.route(
      (url) => url.pathname === '/graphql',
      (route) => route.abort(),
    );
    await page.goto(`${base}/costs`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(text(await alert.textContent())).toContain('Rajapintaan ei saada yhteyttä');
    await page.close();
  });

  it('catalogue: search lives in the URL and a detail page shows every figure with its passage', async () => {
    const page = await open('/catalogue');
    await page.getByTestId('catalogue-table').waitFor();
    await expect.poll(async () => page.getByTestId('catalogue-table').locator('tbody tr').count()).toBe(11);
    await page.getByTestId('catalogue-search').fill('työniloa');
    await page.waitForURL(/q=ty%C3%B6niloa|q=työniloa/);
    // The project, and the 2-year visit practice whose description names it.
    await expect.poll(async () => page.getByTestId('catalogue-table').locator('tbody tr').count()).toBe(2);
    await page.getByRole('link', { name: 'Perheille parasta – työniloa työntekijöille' }).click();
    await page.getByTestId('detail-costs').waitFor();
    const costs = text(await page.getByTestId('detail-costs').textContent());
    expect(costs).toContain('414 583 €');
    expect(costs).toContain('220 395 €');
    expect(costs).toContain('Kustannusarvio: 414 583 euroa');
    expect(await page.getByRole('link', { name: 'Avaa GraphQL-kokeilussa' }).getAttribute('href')).toContain(
      '/graphql?query=',
    );
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: new URL('detail.png', ARTIFACTS).pathname, fullPage: true });
    await page.close();
  });

  it('municipality profile and cost-versus-effectiveness pages load with their figures', async () => {
    const page = await open('/municipality/020');
    await page.getByTestId('profile-costs').waitFor();
    expect(text(await page.getByTestId('profile-NET_OWN_CONTRIBUTION').textContent())).toBe('13 100 €');
    expect(text(await page.getByTestId('profile-EXTERNAL_FUNDING_SHARE').textContent())).toBe('43,2 %');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: new URL('profile.png', ARTIFACTS).pathname, fullPage: true });
    const ce = await open('/cost-effectiveness');
    await ce.getByTestId('ce-table').waitFor();
    expect(await ce.locator('svg.recharts-surface').count()).toBeGreaterThan(0);
    expect(await seriousViolations(ce)).toEqual([]);
    await ce.screenshot({ path: new URL('cost-effectiveness.png', ARTIFACTS).pathname, fullPage: true });
    await page.close();
    await ce.close();
  });

  it('timeline: projects over their periods and practices with their phases, from 2014', async () => {
    const page = await open('/timeline');
    await page.getByTestId('timeline').getByRole('link').first().waitFor();
    const content = text(await page.getByTestId('timeline').textContent());
    expect(content).toContain('29.9.2014 – 31.5.2016');
    expect(content).toContain('2015–2018');
    expect(content).toContain('kehitteillä 10.10.2023');
    // Kangasala's development began in 2015 (year only, no end): shown as a year, not as 1.1.2015.
    expect(content).toContain('2015– · valmis 4.6.2019');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: new URL('timeline.png', ARTIFACTS).pathname, fullPage: true });
    await page.close();
  });

  it('costs: spending over time is drawn from the yearly series', async () => {
    const page = await open('/costs');
    await page.getByRole('heading', { name: 'Oma osuus hankkeiden kustannuksista vuosittain' }).waitFor();
    await expect
      .poll(async () =>
        page
          .locator(
            '#spending-title ~ * svg.recharts-surface, figure[aria-labelledby="spending-title"] svg.recharts-surface',
          )
          .count(),
      )
      .toBeGreaterThan(0);
    await page.close();
  });
});

describe('the bundled playground in Chromium', () => {
  it('loads offline under the CSP and runs a query', async () => {
    const page = await open('/graphql');
    const response = await page.waitForResponse(
      (r) => r.url().endsWith('/graphql') && r.request().method() === 'POST',
    );
    expect(response.status()).toBe(200);
    await page.locator('.graphiql-container').waitFor();
    await page.locator('.graphiql-execute-button').click();
    await expect
      .poll(async () => (await page.locator('.result-window').textContent()) ?? '', { timeout: 20_000 })
      .toContain('data');
    await page.screenshot({ path: new URL('playground.png', ARTIFACTS).pathname });
    await page.close();
  });

  it('no page broke the Content-Security-Policy or fetched from another host', () => {
    expect(cspViolations).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });
});
