import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type Served, serveDashboard } from './browser-harness';

/** The dashboard on the national register (309 municipalities) in Debian's Chromium. */
const text = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

let served: Served;
let browser: Browser;

beforeAll(async () => {
  served = await serveDashboard();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

async function open(path: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
  await page.goto(`${served.base}${path}`);
  return page;
}

async function searchFirst(page: Page, term: string): Promise<string> {
  const input = page.getByTestId('municipality-search');
  await input.fill(term);
  const first = page.getByTestId('municipality-options').getByRole('option').first();
  await first.waitFor();
  return text(await first.textContent());
}

describe('the dashboard at national scale', () => {
  it('opens on the municipalities with development work, the other 305 counted, not hidden', async () => {
    const page = await open('/');
    await page.getByTestId('card-851').waitFor();
    expect(await page.locator('[data-testid^="card-"]').count()).toBe(4);
    expect(text(await page.getByTestId('chosen-count').textContent())).toMatch(
      /^Vertailtavat kunnat: 4 \/ 309 kuntaa/,
    );
    await page.close();
  });

  it('finds a municipality by Finnish, Swedish or inflected name and adds it to the compared set in the URL', async () => {
    const page = await open('/');
    await page.getByTestId('card-851').waitFor();
    expect(await searchFirst(page, 'Torneå')).toMatch(/^Tornio \/ Torneå 851/);
    expect(await searchFirst(page, 'tornioon')).toMatch(/^Tornio \/ Torneå 851/);
    expect(await searchFirst(page, 'Helsingissä')).toMatch(/^Helsinki \/ Helsingfors 091/);
    await page.getByTestId('municipality-search').press('Enter');
    await page.waitForURL(/m=020%2C186%2C211%2C851%2C091|m=020,186,211,851,091/);
    await page.getByTestId('card-091').waitFor();
    expect(text(await page.getByTestId('chosen-count').textContent())).toMatch(/5 \/ 309 kuntaa/);
    // Helsinki has no development work in the data: not applicable, never unknown and never a zero cost.
    expect(text(await page.getByTestId('OWN_PROJECT_COST-091').textContent())).toMatch(/^ei sovellu/);
    expect(text(await page.getByTestId('NET_OWN_CONTRIBUTION-091').textContent())).not.toMatch(/^0/);
    expect(text(await page.getByTestId('no-work-091').textContent())).toContain(
      'Ei kirjattua kehittämistyötä',
    );
    // Context instead: its population and rank among all 309 (the largest), its county's median beside.
    expect(text(await page.getByTestId('POPULATION-091').textContent())).toBe('656 920');
    expect(text(await page.getByTestId('POPULATION-091-rank').textContent())).toMatch(
      /^sija 1 \/ 309 · alueen mediaani /,
    );
    await page.close();
  });

  it('adds a county’s municipalities as peers, every one shown and counted', async () => {
    const page = await open('/?m=020');
    await page.getByTestId('card-020').waitFor();
    await page.getByRole('button', { name: /Lisää saman hyvinvointialueen kunnat/ }).click();
    await expect.poll(async () => page.locator('[data-testid^="card-"]').count()).toBe(23);
    expect(text(await page.getByTestId('chosen-count').textContent())).toMatch(/23 \/ 309 kuntaa/);
    await page.close();
  });

  it('map: draws all 309 municipalities, ranks them, and opens one with the keyboard', async () => {
    const page = await open('/map');
    await page.getByTestId('legend').waitFor();
    expect(await page.locator('[data-testid="map"] path.area').count()).toBe(309);
    expect(text(await page.getByTestId('legend-no-data').textContent())).toBe('ei tietoa (0)');
    expect(text(await page.getByTestId('attribution').textContent())).toContain('Tilastokeskus');
    await page.getByTestId('map-table').locator('summary').click();
    expect(text(await page.getByTestId('map-table-count').textContent())).toBe('1–50 / 309');
    expect(text(await page.getByTestId('map-value-091').textContent())).toBe('656 920');
    expect(text(await page.getByTestId('map-rank-091').textContent())).toBe('1 / 309');
    // Every area takes focus: tab from the first to the second.
    const first = page.locator('[data-testid="map"] path.area').first();
    await first.focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-code'))).toMatch(/^\d{3}$/);
    await page.locator('path[data-code="851"]').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/municipality\/851/);
    await page.close();
  });

  it('map: counties are drawn with Helsinki and Åland as what they are', async () => {
    const page = await open('/map?level=county');
    await page.getByTestId('legend').waitFor();
    expect(await page.locator('[data-testid="map"] path[role="button"]').count()).toBe(21);
    await page.close();
  });
});
