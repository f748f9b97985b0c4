import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axeViolations,
  launchChromium,
  type Served,
  serveDashboard,
  normalText as text,
} from './browser-harness';

/**
 * The item page's "what would it cost us?" and "similar elsewhere" sections in Debian's Chromium,
 * against the real API serving the built dashboard on the real data set (in-memory SQLite).
 */
const ARTIFACTS = new URL('../artifacts/', import.meta.url);

let served: Served;
let browser: Browser;
let base: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  served = await serveDashboard();
  base = served.base;
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
    body: JSON.stringify({ query: '{ practices(first: 50) { edges { node { id name } } } }' }),
  });
  const body = (await res.json()) as {
    data: { practices: { edges: { node: { id: string; name: string } }[] } };
  };
  for (const { node } of body.data.practices.edges) ids[node.name.slice(0, 20)] = node.id;
  browser = await launchChromium();
  mkdirSync(ARTIFACTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

describe('adoption estimate and similar items in Chromium', () => {
  it('estimates the 2-year visit for a searched municipality, follows the assumptions, exports them', async () => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 1000 },
      acceptDownloads: true,
    });
    const page = await context.newPage();
    await page.goto(`${base}/item/${ids['2-vuotistapaaminen n']}`);
    await page.getByTestId('adoption').waitFor();
    expect(text(await page.getByTestId('adoption').textContent())).toContain('Valitse kunta');
    await page.getByTestId('adoption-search').fill('kanga');
    await page.getByTestId('adoption-target-211').click();
    await page.getByTestId('adoption-figure').waitFor();
    expect(new URL(page.url()).searchParams.get('target')).toBe('211');
    const figure = text(await page.getByTestId('adoption-figure').textContent());
    expect(figure).toContain('Tornio → Kangasala');
    expect(figure).toContain('Kehittämiskustannus (arvio): 44 079 – 67 287 €');
    expect(figure).toContain('Käyttökustannus (arvio): Ei voida arvioida');
    const steps = text(await page.getByTestId('adoption-steps').textContent());
    expect(steps).toContain('Emohankkeen kustannus kehittäjäkunnalle (arvio): 220 395 €');
    expect(steps).toContain('220 395 € × 1/5 (tasajako 5 kehittämislinjan kesken) = 44 079 €');
    expect(steps).toContain('Tornio 21 928 (2017) → Kangasala 33 473 (2023)');
    expect(steps).toContain('“josta Tornion osuus 220 395 euroa”');
    expect(text(await page.getByTestId('adoption-known').textContent())).toContain(
      'lisäkustannuksia synnyttää kotikäynnin vaatima aika',
    );
    expect(text(await page.getByTestId('adoption-missing').textContent())).toContain(
      'Käyttökustannusta ei voida arvioida',
    );
    expect(await axeViolations(page, 'serious')).toEqual([]);
    await page.screenshot({ path: new URL('adoption.png', ARTIFACTS).pathname, fullPage: true });

    // All of the cost fixed: no scaling, the share itself.
    await page.getByTestId('adoption-fixed-low').fill('100');
    await page.getByTestId('adoption-fixed-high').fill('100');
    await page.getByTestId('adoption-apply').click();
    await page.waitForURL(/fixed=100-100/);
    await page.getByText('Kehittämiskustannus (arvio): 44 079 €', { exact: false }).waitFor();
    expect(text(await page.getByTestId('adoption-assumptions').textContent())).toContain(
      'Kiinteä osa kustannuksesta (ei kasva väestön mukana): 100–100 %',
    );

    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('adoption-csv').click(),
    ]);
    expect(csv.suggestedFilename()).toBe('adoption-211.csv');
    const content = readFileSync((await csv.path()) as string, 'utf8');
    expect(content).toContain('arvio;Kehittämiskustannus: Tornio → Kangasala;44079.00–44079.00 EUR;');
    expect(content).toContain('oletus;Kiinteä osa kustannuksesta (ei kasva väestön mukana);100–100 %;');
    expect(content).toContain('oletus;Osuus emohankkeen kustannuksista;Tasajako: 20 % (oletus);');
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('adoption-png').click(),
    ]);
    expect(png.suggestedFilename()).toBe('adoption-211.png');
    expect(
      readFileSync((await png.path()) as string)
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG');

    // Another practice opens with the last chosen municipality.
    await page.goto(`${base}/item/${ids['Akaan kaupungin laps']}`);
    await page.getByTestId('adoption-figure').waitFor();
    expect(new URL(page.url()).searchParams.get('target')).toBe('211');
    expect(text(await page.getByTestId('adoption-figure').textContent())).toContain('Akaa → Kangasala');
    await context.close();
  });

  it('says "cannot be estimated" with the reason, and lists similar work elsewhere with why', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    await page.goto(`${base}/item/${ids['Perheesi parhaaksi -']}?target=851`);
    await page.getByTestId('adoption-figure').waitFor();
    expect(text(await page.getByTestId('adoption-figure').textContent())).toContain(
      'Kehittämiskustannus (arvio): Ei voida arvioida',
    );
    expect(text(await page.getByTestId('adoption-missing').textContent())).toContain(
      'malli kehitettiin ilman erillisrahoitusta tavallisin budjetein',
    );
    await page.getByTestId('similar-list').waitFor();
    const first = page.getByTestId('similar-list').locator('li').first();
    const row = text(await first.textContent());
    expect(row).toContain('Puheeksiottava kunta - hyvinvoivat perheet — Toimintamalli, Järvenpää');
    expect(row).toContain('vaihe: kehitteillä');
    expect(row).toContain('tiedossa olevat kustannukset: ei raportoitu');
    expect(row).toMatch(/yhteisiä sanoja: .*puheeksi/);
    expect(row).toContain('yhteiset kohderyhmät:');
    expect(await axeViolations(page, 'serious')).toEqual([]);
    await page.screenshot({ path: new URL('similar.png', ARTIFACTS).pathname, fullPage: true });
    await page.goto(`${base}/item/${ids['Perheesi parhaaksi -']}?target=851&lang=en`);
    await page.getByTestId('similar-list').waitFor();
    expect(text(await page.getByTestId('adoption').textContent())).toContain(
      'What would adopting it cost us?',
    );
    expect(text(await page.getByTestId('similar').textContent())).toContain('Why similar');
    await page.close();
  });
});
