import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSynthetic, SCALE } from '../../api/bench/synthetic';
import { recomputeAllDerivedValues } from '../../api/src/modules/indicator/derived-values.service';
import { launchChromium, type Served, serveDashboard } from './browser-harness';

/**
 * The dashboard at national scale in Chromium: the real register with a small generated national data
 * set on top (synthetic work in every one of the 309 municipalities: 1 500 projects, 400 practices,
 * 4 000 outcomes; deterministic), its derived cost values computed as the API computes them. What the
 * pages count and rank is checked against the API's own answers.
 */
const ARTIFACTS = new URL('../artifacts/', import.meta.url);
const text = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

let served: Served;
let browser: Browser;

beforeAll(async () => {
  served = await serveDashboard(async (orm) => {
    await loadSynthetic(orm, {
      scale: {
        ...SCALE,
        years: 2,
        firstYear: 2015,
        indicators: 1,
        projects: 1500,
        practices: 400,
        outcomes: 4000,
      },
    });
    type Em = Parameters<typeof recomputeAllDerivedValues>[0];
    await (orm.em.fork() as unknown as Em).transactional((tx) => recomputeAllDerivedValues(tx as Em));
  });
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

async function api<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${served.base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: T; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

async function open(path: string, width = 1400): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 1000 } });
  await page.goto(`${served.base}${path}`);
  return page;
}

const shot = (page: Page, name: string) =>
  page.screenshot({ path: new URL(`${name}.png`, ARTIFACTS).pathname, fullPage: true });

async function register() {
  return (
    await api<{
      municipalityRegister: {
        code: string;
        nameFi: string;
        hasDevelopmentWork: boolean;
        wellbeingServicesCounty: string | null;
      }[];
    }>('{ municipalityRegister { code nameFi hasDevelopmentWork wellbeingServicesCounty } }')
  ).municipalityRegister;
}

describe('the dashboard on a national data set', () => {
  it('search finds "Tornio" and "Torneå"', async () => {
    const page = await open('/');
    for (const term of ['Tornio', 'Torneå']) {
      await page.getByTestId('municipality-search').fill(term);
      const first = page.getByTestId('municipality-options').getByRole('option').first();
      await expect.poll(async () => text(await first.textContent())).toMatch(/^Tornio \/ Torneå 851/);
    }
    await page.close();
  });

  it('the map draws 309 areas and opens one by keyboard', async () => {
    const page = await open('/map');
    await page.getByTestId('legend').waitFor();
    expect(await page.locator('[data-testid="map"] path.area').count()).toBe(309);
    await page.locator('path[data-code="851"]').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/municipality\/851/);
    await page.getByTestId('profile-costs').waitFor();
    await page.close();
  });

  it('no page shows a silent cap: every long list says how many there are and which are shown', async () => {
    const all = await register();
    const withWork = all.filter((m) => m.hasDevelopmentWork).length;
    expect(withWork).toBeGreaterThan(300);
    const totals = await api<{
      projects: { totalCount: number };
      practices: { totalCount: number };
      catalogue: { totalCount: number };
    }>(
      '{ projects(first: 1) { totalCount } practices(first: 1) { totalCount } catalogue(first: 1) { totalCount } }',
    );
    // Catalogue and Timeline list both kinds as one list: one count of all.
    const listed = totals.catalogue.totalCount;
    expect(listed).toBe(totals.projects.totalCount + totals.practices.totalCount);
    const checks: [string, string, string][] = [
      ['/', 'overview-count', `Kunnat 1–24 / ${withWork}`],
      ['/costs', 'cost-count', `Kunnat 1–25 / ${withWork}`],
      ['/effectiveness', 'matrix-count', `Kunnat 1–20 / ${withWork}`],
      ['/cost-effectiveness', 'ce-count', `Kunnat 1–25 / ${withWork}`],
      ['/catalogue', 'catalogue-count', `Hankkeet ja toimintamallit 1–50 / ${listed}`],
      [
        '/catalogue',
        'catalogue-kinds',
        `joista hankkeita ${totals.projects.totalCount}, toimintamalleja ${totals.practices.totalCount}`,
      ],
      ['/timeline', 'timeline-count', `Hankkeet ja toimintamallit 1–50 / ${listed}`],
    ];
    for (const [path, testId, expected] of checks) {
      const page = await open(path);
      await expect
        .poll(async () => text(await page.getByTestId(testId).textContent()), { timeout: 20_000 })
        .toBe(expected);
      // The header's chips say how many of the compared municipalities they show.
      expect(text(await page.getByTestId('chips-more').textContent())).toBe(
        `12 / ${withWork} näytetty — näytä kaikki`,
      );
      await page.close();
    }
    // The next page goes on where the first ended.
    const page = await open('/costs?cpage=2');
    await expect
      .poll(async () => text(await page.getByTestId('cost-count').textContent()))
      .toBe(`Kunnat 26–50 / ${withWork}`);
    expect(await page.getByTestId('cost-table').locator('tbody tr').count()).toBe(25);
    await page.close();
  });

  it('ranks among all and the county median are the API’s: "sija 1 / N" for the largest net own cost', async () => {
    const all = await register();
    const compared = await api<{
      compareMunicipalities: {
        rows: { municipality: { code: string }; value: number | null; rank: number | null }[];
      }[];
    }>(
      'query C($m: [String!]!) { compareMunicipalities(municipalities: $m, indicators: ["NET_OWN_CONTRIBUTION"]) { rows { municipality { code } value rank } } }',
      { m: all.map((m) => m.code) },
    );
    const rows = compared.compareMunicipalities[0]?.rows ?? [];
    const ranked = rows.filter((r) => r.value != null).length;
    const top = rows.find((r) => r.rank === 1)?.municipality.code as string;
    const page = await open('/costs?csort=NET_OWN_CONTRIBUTION');
    const rank = page.getByTestId(`NET_OWN_CONTRIBUTION-${top}-rank`);
    await rank.waitFor();
    expect(text(await rank.textContent())).toMatch(new RegExp(`^sija 1 / ${ranked} · alueen mediaani `));
    // The first row of the table sorted by net own cost is that municipality.
    expect(await page.getByTestId('cost-table').locator('tbody tr').first().getAttribute('data-code')).toBe(
      top,
    );
    expect(text(await page.getByTestId('distribution-count').textContent())).toMatch(
      new RegExp(`^${ranked} / 309 kunnalla arvo; valittuja`),
    );
    await shot(page, 'national-costs-1400');
    await page.close();
    const profile = await open(`/municipality/${top}`);
    await expect
      .poll(async () => text(await profile.getByTestId('profile-NET_OWN_CONTRIBUTION-rank').textContent()))
      .toMatch(new RegExp(`^sija 1 / ${ranked}`));
    expect(text(await profile.getByTestId('profile-POPULATION-rank').textContent())).toMatch(
      /^sija \d+ \/ 309/,
    );
    await profile.close();
  });

  it('effectiveness: a page of the matrix under 2 000 elements and 300 kB, header row and first column in view', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    let bytes = 0;
    page.on('response', async (r) => {
      if (r.url().includes('/graphql')) bytes += (await r.body().catch(() => Buffer.alloc(0))).length;
    });
    await page.goto(`${served.base}/effectiveness`);
    await page.getByTestId('matrix').waitFor();
    await page.getByTestId('measured-count').waitFor();
    await page.waitForLoadState('networkidle');
    const nodes = await page.evaluate(() => document.getElementsByTagName('*').length);
    expect(nodes).toBeLessThan(2000);
    expect(bytes).toBeLessThan(300 * 1024);
    expect(await page.getByTestId('matrix').locator('tbody tr').count()).toBe(20);
    // Scrolled inside the matrix, its header row stays at the top and its first column at the left.
    const wrap = page.getByTestId('matrix-wrap');
    const header = page.getByTestId('matrix').locator('thead th').nth(3);
    const firstColumn = page.getByTestId('matrix').locator('tbody th').nth(10);
    const scrolled = await wrap.evaluate((el) => {
      el.scrollBy({ top: 400, left: 300 });
      return { top: el.scrollTop, left: el.scrollLeft };
    });
    expect(scrolled.top).toBeGreaterThan(0);
    const wrapBox = await wrap.boundingBox();
    expect(Math.abs(((await header.boundingBox())?.y ?? 0) - (wrapBox?.y ?? 0))).toBeLessThan(2);
    if (scrolled.left > 0)
      expect(Math.abs(((await firstColumn.boundingBox())?.x ?? 0) - (wrapBox?.x ?? 0))).toBeLessThan(2);
    await shot(page, 'national-effectiveness-1400');
    await page.close();
  });

  it('effectiveness: filters and orders on the server; the count follows', async () => {
    const all = await register();
    const strong = await api<{
      outcomeMatrixPage: { totalCount: number; rows: { municipality: { code: string } }[] };
    }>(
      'query P($m: [String!]!) { outcomeMatrixPage(municipalities: $m, minEvidenceLevel: 4, orderBy: WORSENED, orderDomain: "LEADERSHIP", limit: 1) { totalCount rows { municipality { code } } } }',
      { m: all.filter((m) => m.hasDevelopmentWork).map((m) => m.code) },
    );
    const page = await open('/effectiveness?lvl=4&mo=WORSENED&md=LEADERSHIP');
    await expect
      .poll(async () => text(await page.getByTestId('matrix-count').textContent()))
      .toBe(`Kunnat 1–20 / ${strong.outcomeMatrixPage.totalCount}`);
    const firstRow = page.getByTestId('matrix').locator('tbody tr').first().locator('th');
    const firstName = all.find((m) => m.code === strong.outcomeMatrixPage.rows[0]?.municipality.code)?.nameFi;
    expect(text(await firstRow.textContent())).toBe(firstName);
    await page.close();
  });

  /** How many projects and practices of these municipalities the API lists (both kinds, and each). */
  async function listedOf(codes: string[]) {
    const counted = await api<{
      catalogue: { totalCount: number };
      projects: { totalCount: number };
      practices: { totalCount: number };
    }>(
      'query Q($m: [String!]) { catalogue(first: 1, filter: { municipalities: $m }) { totalCount } projects(first: 1, filter: { municipalities: $m }) { totalCount } practices(first: 1, filter: { municipalities: $m }) { totalCount } }',
      { m: codes },
    );
    // The one list counts each record once: the lists of each kind say the same.
    expect(counted.catalogue.totalCount).toBe(counted.projects.totalCount + counted.practices.totalCount);
    return counted.catalogue.totalCount;
  }

  const countOf = async (page: Page, testId: string) => {
    await page.getByTestId(testId).waitFor();
    return text(await page.getByTestId(testId).textContent());
  };

  it('the county filter narrows Catalogue and Timeline to the API’s count for the county', async () => {
    const all = await register();
    const lapland = all
      .filter((m) => m.wellbeingServicesCounty === 'Lapin hyvinvointialue')
      .map((m) => m.code);
    const counted = await listedOf(lapland);
    for (const path of ['/catalogue', '/timeline']) {
      const page = await open(`${path}?county=Lapin+hyvinvointialue`);
      const testId = path === '/catalogue' ? 'catalogue-count' : 'timeline-count';
      await expect.poll(() => countOf(page, testId)).toMatch(new RegExp(` / ${counted}$`));
      await page.close();
    }
  });

  it('Catalogue and Timeline follow the compared set (?m=) within the county, as every page does', async () => {
    const set = ['851', '020', '186'];
    const [ofSet, ofTornio] = [await listedOf(set), await listedOf(['851'])];
    expect(ofSet).toBeGreaterThan(ofTornio);
    for (const path of ['/catalogue', '/timeline']) {
      const testId = path === '/catalogue' ? 'catalogue-count' : 'timeline-count';
      const page = await open(`${path}?m=${set.join(',')}`);
      await expect
        .poll(() => countOf(page, testId))
        .toMatch(new RegExp(`^Hankkeet ja toimintamallit 1–\\d+ / ${ofSet}$`));
      // Every row listed is of a chosen municipality.
      const where = await page
        .locator(path === '/catalogue' ? 'tbody tr td:nth-child(2)' : '.timeline-row small')
        .allTextContents();
      expect(where.length).toBeGreaterThan(0);
      for (const w of where) expect(w).toMatch(/Tornio|Akaa|Järvenpää/);
      await page.close();
      // The county narrows the set: only Tornio is in Lapland.
      const lapland = await open(`${path}?m=${set.join(',')}&county=Lapin+hyvinvointialue`);
      await expect.poll(() => countOf(lapland, testId)).toMatch(new RegExp(` / ${ofTornio}$`));
      await lapland.close();
      // None of the set in the county: nothing is listed (not everything).
      const none = await open(`${path}?m=020&county=Lapin+hyvinvointialue`);
      await expect.poll(() => countOf(none, testId)).toBe('Hankkeet ja toimintamallit 0 / 0');
      await none.close();
    }
  });

  it('Catalogue “all kinds” is one list: page 2 continues page 1 exactly, in the API’s order', async () => {
    const expected = await api<{
      catalogue: { edges: { node: { __typename: string; id: string } }[] };
    }>(
      '{ catalogue(first: 100, orderBy: { field: NAME }) { edges { node { __typename ... on Project { id } ... on Practice { id } } } } }',
    );
    const ids = expected.catalogue.edges.map((e) => e.node.id);
    // Both kinds within the first hundred by name: the list interleaves them.
    expect(new Set(expected.catalogue.edges.map((e) => e.node.__typename))).toEqual(
      new Set(['Project', 'Practice']),
    );
    const shown = async (path: string) => {
      const page = await open(path);
      await page.getByTestId('catalogue-count').waitFor();
      const hrefs = await page
        .getByTestId('catalogue-table')
        .locator('tbody tr td:first-child a')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
      await page.close();
      return hrefs.map((h) => h.replace(/^\/item\//, '').replace(/\?.*$/, ''));
    };
    expect(await shown('/catalogue')).toEqual(ids.slice(0, 50));
    expect(await shown('/catalogue?page=2')).toEqual(ids.slice(50, 100));
  });

  it('overview: a page of cards under 2 000 elements, with the count and paging', async () => {
    const withWork = (await register()).filter((m) => m.hasDevelopmentWork).length;
    const page = await open('/');
    await page.getByTestId('overview-count').waitFor();
    // Everything the page loads after its cards (ranks, the key chart) is in before counting.
    await page.waitForLoadState('networkidle');
    await page.locator('svg.recharts-surface').first().waitFor();
    const nodes = await page.evaluate(() => document.getElementsByTagName('*').length);
    expect(nodes).toBeLessThan(2000);
    expect(text(await page.getByTestId('overview-count').textContent())).toBe(`Kunnat 1–24 / ${withWork}`);
    expect(await page.locator('[data-testid^="card-"]').count()).toBe(24);
    await page.getByRole('button', { name: 'Seuraavat' }).first().click();
    await expect
      .poll(async () => text(await page.getByTestId('overview-count').textContent()))
      .toBe(`Kunnat 25–48 / ${withWork}`);
    await page.close();
  });

  // Sixteen full pages loaded, settled and captured one after another: 55–58 s alone on this 2-core
  // machine, more beside the API's suite in CI. Not a speed check (the benchmarks are), so not the
  // default 60 s budget.
  it('screens of the national pages in both languages at 1400 px and 390 px', {
    timeout: 240_000,
  }, async () => {
    for (const [path, name, ready] of [
      ['/', 'overview', 'overview-count'],
      ['/catalogue', 'catalogue', 'catalogue-count'],
      ['/timeline', 'timeline', 'timeline-count'],
      ['/cost-effectiveness', 'cost-effectiveness', 'ce-count'],
    ] as const)
      for (const lang of ['fi', 'en'])
        for (const width of [1400, 390]) {
          const page = await open(`${path}${lang === 'en' ? '?lang=en' : ''}`, width);
          await page.getByTestId(ready).waitFor();
          await page.waitForLoadState('networkidle');
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - window.innerWidth,
          );
          expect(overflow).toBeLessThanOrEqual(1);
          await shot(page, `national-${name}-${lang}-${width}`);
          await page.close();
        }
  });

  it('screens at 390 px: the matrix page and the costs page fit', async () => {
    for (const [path, name, ready] of [
      ['/effectiveness', 'national-effectiveness-390', 'matrix'],
      ['/costs', 'national-costs-390', 'cost-table'],
      ['/', 'national-overview-390', 'overview-count'],
    ] as const) {
      const page = await open(path, 390);
      await page.getByTestId(ready).waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(1);
      await shot(page, name);
      await page.close();
    }
  });
});
