import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axeViolations,
  launchChromium,
  type Served,
  serveDashboard,
  normalText as text,
} from './browser-harness';

/**
 * Real-browser tests: Debian's Chromium (apt-get install chromium) against the real API serving the
 * built dashboard, on the real data set in an in-memory SQLite database.
 */
const ARTIFACTS = new URL('../artifacts/', import.meta.url);

let served: Served;
let browser: Browser;
let base: string;

beforeAll(async () => {
  served = await serveDashboard();
  base = served.base;
  browser = await launchChromium();
  mkdirSync(ARTIFACTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
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
    expect(text(await page.getByTestId('STRONGEST_EVIDENCE-020').textContent())).toBe('4 vertailuryhmä');
    // Gross, external and net cost, each with estimate / realised and the years of the figure.
    expect(text(await page.getByTestId('OWN_PROJECT_COST-020').textContent())).toBe('23 056 €');
    expect(text(await page.getByTestId('OWN_PROJECT_COST-020-basis').textContent())).toBe(
      'toteutunut 2014–2016',
    );
    expect(text(await page.getByTestId('NET_OWN_CONTRIBUTION-020').textContent())).toBe('13 100 €');
    expect(text(await page.getByTestId('NET_OWN_CONTRIBUTION-020-basis').textContent())).toBe(
      'toteutunut 2014–2016',
    );
    expect(text(await page.getByTestId('OWN_PROJECT_COST-851-basis').textContent())).toBe('arvio 2015–2018');
    expect(text(await page.getByTestId('NET_OWN_CONTRIBUTION-851').textContent())).toBe('105 390 €');
    expect(text(await page.getByTestId('card-020').textContent())).toContain('Kunnan nettokustannus');
    await page.getByTestId('ce-table').waitFor();
    expect(await axeViolations(page, 'serious')).toEqual([]);
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
    expect(await axeViolations(copied, 'serious')).toEqual([]);
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
    expect(csv.split('\r\n')[0]).toBe(
      '\uFEFFKunta;Kustannukset (brutto) (€);Kustannukset (brutto): arvio vai toteutunut;Kustannukset (brutto): vuodet;Kustannukset (brutto): puuttumisen syy;Ulkopuolinen rahoitus (€);Ulkopuolinen rahoitus: arvio vai toteutunut;Ulkopuolinen rahoitus: vuodet;Ulkopuolinen rahoitus: puuttumisen syy;Kunnan nettokustannus (€);Kunnan nettokustannus: arvio vai toteutunut;Kunnan nettokustannus: vuodet;Kunnan nettokustannus: puuttumisen syy;Ulkopuolisen rahoituksen osuus bruttokustannuksista (%);Ulkopuolisen rahoituksen osuus bruttokustannuksista: arvio vai toteutunut;Ulkopuolisen rahoituksen osuus bruttokustannuksista: vuodet;Ulkopuolisen rahoituksen osuus bruttokustannuksista: puuttumisen syy',
    );
    expect(csv).toContain('Tornio;220395;arvio;2015–2018;;115005;arvio;2015–2018;;105390;arvio;2015–2018;');
    expect(csv).toContain('Akaa;23056;toteutunut;2014–2016;;9956;;2014–2016;;13100;toteutunut;2014–2016;');
    expect(csv).toContain('Järvenpää;;;;ei tietoa (ei raportoitu);;;;ei tietoa (summa ei tiedossa)');
    expect(csv).not.toMatch(/NOT_REPORTED|AMOUNT_UNKNOWN|13100\.0/);
    await page.close();
  });

  it('effectiveness: the matrix cell opens Akaa’s outcomes with their source passages', async () => {
    const page = await open('/effectiveness');
    await page.getByTestId('cell-020:STAFF_WELLBEING').click();
    await page.waitForURL(/cell=020%3ASTAFF_WELLBEING|cell=020:STAFF_WELLBEING/);
    // The cell's passages are asked when it opens: wait for them.
    await expect
      .poll(async () => text(await page.getByTestId('cell-detail').textContent()))
      .toContain('58 prosenttia henkilöstöstä');
    const detail = text(await page.getByTestId('cell-detail').textContent());
    expect(detail).toContain('58 %');
    expect(text(await page.getByTestId('cell-020:LEADERSHIP').textContent())).toContain('▲ 2 ▼ 1');
    expect(text(await page.getByTestId('cell-020:LEADERSHIP').textContent())).toContain(
      'näytön taso 4 vertailuryhmä',
    );
    // The chart draws its labels after it has measured its box: wait for them (a busy CI machine drew
    // them after the detail had opened).
    await expect
      .poll(async () => text(await page.locator('figure[aria-labelledby="measured-title"]').textContent()))
      .toContain('58 %');
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
    expect(await axeViolations(page, 'serious')).toEqual([]);
    await page.screenshot({ path: new URL('effectiveness.png', ARTIFACTS).pathname, fullPage: true });
    await page.close();
  });

  it('can be used with the keyboard: a matrix cell opens with Enter', async () => {
    const page = await open('/effectiveness');
    const cell = page.getByTestId('cell-211:COOPERATION');
    await cell.waitFor();
    await cell.focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('cell-detail').waitFor();
    // The cell's passages are asked when it opens: wait for them.
    await expect
      .poll(async () => text(await page.getByTestId('cell-detail').textContent()))
      .toContain('Toimintatapa on tiivistänyt yhteistyötä');
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
    expect(await axeViolations(page, 'serious')).toEqual([]);
    await page.screenshot({ path: new URL('detail.png', ARTIFACTS).pathname, fullPage: true });
    await page.close();
  });

  it('municipality profile and cost-versus-effectiveness pages load with their figures', async () => {
    const page = await open('/municipality/020');
    await page.getByTestId('profile-costs').waitFor();
    expect(text(await page.getByTestId('profile-NET_OWN_CONTRIBUTION').textContent())).toBe('13 100 €');
    expect(text(await page.getByTestId('profile-EXTERNAL_FUNDING_SHARE').textContent())).toBe('43,2 %');
    expect(await axeViolations(page, 'serious')).toEqual([]);
    await page.screenshot({ path: new URL('profile.png', ARTIFACTS).pathname, fullPage: true });
    const ce = await open('/cost-effectiveness');
    await ce.getByTestId('ce-table').waitFor();
    // The chart library loads after the table: wait for the scatter.
    await ce.locator('svg.recharts-surface').first().waitFor();
    expect(await axeViolations(ce, 'serious')).toEqual([]);
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
    expect(content).toContain('kehitteillä (vaihe todettu 10.10.2023)');
    // Kangasala's development began in 2015 (year only, no end): shown as a year, not as 1.1.2015.
    expect(content).toContain('toteutusaika 2015– · valmis (vaihe todettu 4.6.2019)');
    // A practice without a period is placed at its page date, and says that is what the date is.
    expect(content).toContain(
      'toteutusaika: ei tietoa · kuvaus luotu 28.9.2023 · kuvaus muokattu 10.10.2023',
    );
    expect(text(await page.getByTestId('timeline-note').textContent())).toContain(
      'ei siitä, milloin malli oli käytössä',
    );
    expect(await axeViolations(page, 'serious')).toEqual([]);
    await page.screenshot({ path: new URL('timeline.png', ARTIFACTS).pathname, fullPage: true });
    await page.close();
  });

  it('costs: spending over time is drawn from the yearly series', async () => {
    const page = await open('/costs');
    await page.getByRole('heading', { name: 'Bruttokustannukset vuosittain' }).waitFor();
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

/**
 * SVG text (chart axes, labels, legends drawn in the chart) whose fill has less than 4.5:1 contrast with
 * the background behind the chart (WCAG 2 relative luminance), as "text (ratio)"; series marks are not text.
 */
async function lowContrastSvgText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const rgb = (c: string): number[] | null => {
      const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(c);
      if (!m || (m[4] !== undefined && Number(m[4]) === 0)) return null;
      return [Number(m[1]), Number(m[2]), Number(m[3])];
    };
    const luminance = ([r, g, b]: number[]) => {
      const f = (v: number) => {
        const x = v / 255;
        return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * f(r as number) + 0.7152 * f(g as number) + 0.0722 * f(b as number);
    };
    const background = (el: Element): number[] => {
      for (let e: Element | null = el.closest('svg')?.parentElement ?? null; e; e = e.parentElement) {
        const c = rgb(getComputedStyle(e).backgroundColor);
        if (c) return c;
      }
      return [255, 255, 255];
    };
    const out: string[] = [];
    for (const t of document.querySelectorAll('svg text')) {
      const content = (t.textContent ?? '').trim();
      const box = (t as SVGGraphicsElement).getBBox();
      if (!content || !box.width || getComputedStyle(t).visibility === 'hidden') continue;
      const fill = rgb(getComputedStyle(t).fill);
      if (!fill) continue;
      const [a, b] = [luminance(fill), luminance(background(t))].sort((x, y) => y - x) as [number, number];
      const ratio = (a + 0.05) / (b + 0.05);
      if (ratio < 4.5) out.push(`${content.slice(0, 40)} (${ratio.toFixed(2)})`);
    }
    return [...new Set(out)];
  });
}

/** Parses SVG text in the browser: null when it is well-formed XML, else the parser's complaint. */
async function xmlError(page: Page, svg: string): Promise<string | null> {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    return (
      doc.querySelector('parsererror')?.textContent ??
      (doc.documentElement.nodeName === 'svg' ? null : 'not svg')
    );
  }, svg);
}

/** Decodes a PNG in the browser: its size and how many of its pixels are neither white nor transparent. */
async function decodePng(
  page: Page,
  bytes: Buffer,
): Promise<{ width: number; height: number; inked: number }> {
  return page.evaluate(async (b64) => {
    // Decoded from the bytes (a data: fetch would be a connection the page's CSP refuses).
    const blob = new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], { type: 'image/png' });
    const bitmap = await createImageBitmap(blob);
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
    ctx.drawImage(bitmap, 0, 0);
    const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
    let inked = 0;
    for (let i = 0; i < data.length; i += 4)
      if ((data[i + 3] as number) > 0 && ((data[i] as number) < 230 || (data[i + 2] as number) < 230))
        inked++;
    return { width: bitmap.width, height: bitmap.height, inked };
  }, bytes.toString('base64'));
}

async function download(
  page: Page,
  button: ReturnType<Page['getByRole']>,
): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path()) as string) };
}

const PAGES = [
  ['overview', '/', 'OWN_PROJECT_COST-851'],
  ['costs', '/costs', 'cost-table'],
  ['effectiveness', '/effectiveness', 'matrix'],
  ['cost-effectiveness', '/cost-effectiveness', 'ce-table'],
  ['timeline', '/timeline', 'timeline-note'],
  ['catalogue', '/catalogue', 'catalogue-table'],
  ['profile', '/municipality/020', 'profile-costs'],
  ['detail', '/item/UHJvamVjdDoz', 'city-cost-851'],
  ['not-found', '/no-such-page', 'not-found'],
] as const;

describe('issue 12: honest figures, answers, exports, accessibility', () => {
  // One test per page and language: its <title> and <html lang>, axe with no violations of any impact,
  // and screenshots at 1400 px and 390 px (the same page resized, so each page loads once).
  it.each(
    (['fi', 'en'] as const).flatMap((lang) =>
      PAGES.map(([name, path, ready]) => [name, lang, path, ready] as const),
    ),
  )('%s (%s): title, language, axe, 1400 and 390 px', async (name, lang, path, ready) => {
    const url = `${path}${lang === 'en' ? `${path.includes('?') ? '&' : '?'}lang=en` : ''}`;
    const page = await open(url, { width: 1400, height: 900 });
    await page.getByTestId(ready).first().waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.title(), url).toMatch(/ – Vertailu$|^Vertailu – /);
    expect(await page.evaluate(() => document.documentElement.lang), url).toBe(lang);
    expect(await axeViolations(page, 'all'), url).toEqual([]);
    // axe does not measure text drawn in SVG (axis ticks, labels): measured here, ≥ 4.5:1.
    expect(await lowContrastSvgText(page), url).toEqual([]);
    await page.screenshot({ path: new URL(`${name}-${lang}-1400.png`, ARTIFACTS).pathname, fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), {
        timeout: 5_000,
      })
      .toBeLessThanOrEqual(0);
    await page.screenshot({ path: new URL(`${name}-${lang}-390.png`, ARTIFACTS).pathname, fullPage: true });
    await page.close();
  });

  it('page titles per page and language', async () => {
    const page = await open('/costs');
    await page.getByTestId('cost-table').waitFor();
    expect(await page.title()).toBe('Kustannukset – Vertailu');
    await page.getByTestId('lang-switch').click();
    await expect.poll(() => page.title()).toBe('Costs – Vertailu');
    await page.close();
  });

  it('a skip link and a visible focus ring', async () => {
    const page = await open('/costs');
    await page.getByTestId('cost-table').waitFor();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Siirry sisältöön' });
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await skip.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.getByTestId('normalize').focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    expect(await page.getByTestId('normalize').evaluate((el) => getComputedStyle(el).outlineWidth)).toBe(
      '3px',
    );
    await page.close();
  });

  it('costs in English: gross, external and net with estimate / realised and years', async () => {
    const page = await open('/costs?lang=en');
    await page.getByTestId('cost-table').waitFor();
    expect(text(await page.getByTestId('NET_OWN_CONTRIBUTION-020').textContent())).toBe('13,100 €');
    expect(text(await page.getByTestId('NET_OWN_CONTRIBUTION-020-basis').textContent())).toBe(
      'realised 2014–2016',
    );
    expect(text(await page.getByTestId('OWN_PROJECT_COST-851-basis').textContent())).toBe(
      'estimate 2015–2018',
    );
    expect(text(await page.getByTestId('OWN_PROJECT_COST-186').textContent())).toBe('no data (not reported)');
    // The stack chart names who has no bar, and its legend lists only drawn series, top of the stack first.
    const figure = page.locator('figure[aria-labelledby="cost-chart-title"]');
    // The chart library loads after the table: wait for the chart's legend.
    await figure.locator('.legend li').first().waitFor();
    await figure.locator('.recharts-wrapper svg').first().waitFor();
    expect(await figure.locator('.legend li').allTextContents()).toEqual([
      'Work Environment Fund',
      'EU (ESF)',
      'Net own cost',
    ]);
    expect(text(await figure.locator('.recharts-wrapper svg').first().textContent())).toContain(
      'Järvenpääno data',
    );
    await page.close();
  });

  it('explains a compared figure: formula, inputs and the inputs’ sources with title and address', async () => {
    const page = await open('/costs');
    await page.getByTestId('cost-table').waitFor();
    const explain = page.getByTestId('NET_OWN_CONTRIBUTION-020-explain');
    await explain.locator('summary').click();
    await expect
      .poll(async () => text(await explain.textContent()))
      .toContain('Kokonaiskustannukset 23 056 euroa');
    const content = text(await explain.textContent());
    expect(content).toContain('Laskukaava');
    // The formula and the inputs in Finnish, in the Finnish UI.
    expect(content).toContain(
      'Laskukaava: kunnan nettorahoitus (oma budjetti), summa vuosilta 2014, 2015, 2016',
    );
    expect(content).toContain('(toteutunut)');
    expect(content).not.toMatch(/Sum of|realised|total costs/);
    expect(content).toContain('9 956 €');
    expect(content).toContain('Onnistunut työ tekee hyvää');
    await page.close();
  });

  it('exports every chart as valid SVG and a PNG that shows it, titled, with source, date and terms', async () => {
    for (const [path, button, minWidth] of [
      ['/costs', 0, 600],
      ['/costs?lang=en', 0, 600],
      ['/cost-effectiveness', 0, 600],
      ['/effectiveness', 0, 480],
    ] as const) {
      const page = await open(path);
      await page.locator('.recharts-wrapper svg').first().waitFor();
      const fi = !path.includes('lang=en');
      const svg = await download(
        page,
        page.getByRole('button', { name: fi ? 'Lataa SVG' : 'Download SVG' }).nth(button),
      );
      const source = svg.bytes.toString('utf8');
      expect(await xmlError(page, source), path).toBeNull();
      expect(source).not.toContain('&nbsp;');
      expect(source).toContain(fi ? 'Lähde: Vertailu' : 'Source: Vertailu');
      expect(source).toContain(fi ? 'Käyttöehdot' : 'Terms');
      expect(source).toMatch(fi ? /Haettu \d{1,2}\.\d{1,2}\.\d{4}/ : /Retrieved \d{2}\/\d{2}\/\d{4}/);
      const width = Number(/^<svg[^>]* width="(\d+)"/.exec(source)?.[1]);
      expect(width, path).toBeGreaterThan(minWidth);
      const png = await download(
        page,
        page.getByRole('button', { name: fi ? 'Lataa PNG' : 'Download PNG' }).nth(button),
      );
      const decoded = await decodePng(page, png.bytes);
      expect(decoded.width, path).toBe(width * 2);
      expect(decoded.height).toBeGreaterThan(400);
      // The chart's bars and text are drawn, not a blank or a 14×14 legend swatch.
      expect(decoded.inked / (decoded.width * decoded.height)).toBeGreaterThan(0.01);
      if (path === '/costs') expect(source).toContain('Bruttokustannus osina');
      await page.close();
    }
  });

  it('cost-effectiveness: sortable, per 10 000 € with the evidence beside it, and who is not plotted', async () => {
    const page = await open('/cost-effectiveness');
    await page.getByTestId('ce-table').waitFor();
    // The table fills in as its two queries (comparison, cost roles) arrive.
    await expect
      .poll(async () => text(await page.getByTestId('ce-per10k-020').textContent()))
      .toBe('6,11 · näytön taso 4 vertailuryhmä');
    expect(text(await page.getByTestId('ce-per10k-851').textContent())).toBe(
      '0,19 · näytön taso 1 kokemusperäinen',
    );
    expect(text(await page.getByTestId('not-plotted').textContent())).toBe(
      'Kuvasta puuttuvat: Järvenpää (kunnan nettokustannus ei tietoa (ei raportoitu)); Kangasala (kunnan nettokustannus ei tietoa (ei raportoitu))',
    );
    await page.getByTestId('sort-net').click();
    await page.getByTestId('sort-net').click();
    await page.waitForURL(/sort=net&dir=desc/);
    // The router commits the new URL before React renders the re-sorted rows (a transition): wait for them.
    await expect
      .poll(async () => page.locator('[data-testid^="ce-row-"] th').allTextContents())
      .toEqual(['Tornio', 'Akaa', 'Järvenpää', 'Kangasala']);
    expect(await page.locator('th[aria-sort="descending"]').count()).toBe(1);
    const scatter = text(
      await page.locator('figure[aria-labelledby="scatter-title"] svg').first().textContent(),
    );
    expect(scatter).toContain('4 vertailuryhmä');
    expect(scatter).toContain('Näytön taso');
    expect(text(await page.locator('#evidence-scale-title + p').textContent())).toContain(
      '0 ei vielä mitattu',
    );
    await page.close();
  });

  it('matrix: a cell opens its detail right below its row and moves focus there', async () => {
    const page = await open('/effectiveness?lang=en');
    const cell = page.getByTestId('cell-020:LEADERSHIP');
    await cell.click();
    const detail = page.getByTestId('cell-detail');
    await detail.waitFor();
    expect(await detail.evaluate((el) => el === document.activeElement)).toBe(true);
    const cellBox = await cell.boundingBox();
    const detailBox = await detail.boundingBox();
    expect((detailBox?.y ?? 0) - ((cellBox?.y ?? 0) + (cellBox?.height ?? 0))).toBeLessThan(40);
    // The cell's results and passages are asked when it opens: wait for them.
    await expect
      .poll(async () => text(await detail.textContent()))
      .toContain('Leadership of the organisation as a whole is rated worse');
    await page.close();
  });

  it('item pages: labelled cost lines, cost to the city, dates at their precision, no raw codes', async () => {
    const page = await open('/item/UHJvamVjdDoz');
    await page.getByTestId('city-cost-851').waitFor();
    const city = async (p: Page, key: string) => text(await p.getByTestId(key).textContent());
    expect(await city(page, 'city-gross-851')).toBe('220 395 €');
    expect(await city(page, 'city-gross-851-basis')).toBe('arvio 2015–2018');
    expect(await city(page, 'city-net-851')).toBe('105 390 €');
    expect(await city(page, 'city-whole-851')).toBe('414 583 €');
    expect(await city(page, 'city-rest-851')).toBe('194 188 €');
    expect(text(await page.getByTestId('detail-dates').textContent())).toContain('toteutusaika: 2015–2018');
    const costs = text(await page.getByTestId('detail-costs').textContent());
    expect(costs).toContain('Koko hankkeen budjetti (arvio): 414 583 €');
    expect(costs).toContain('Kunnan osuus budjetista, Tornio (arvio): 220 395 €');
    const body = text(await page.locator('main').textContent());
    expect(body).not.toMatch(/TOTAL_BUDGET|EXTERNAL_GRANT|NO_SEPARATE_FUNDING|MUNICIPALITY_SHARE|ESTIMATE/);
    const akaa = await open('/item/UHJvamVjdDox');
    await akaa.getByTestId('city-cost-020').waitFor();
    expect(await city(akaa, 'city-net-020')).toBe('13 100 €');
    expect(await city(akaa, 'city-net-020-basis')).toBe('toteutunut 2014–2016');
    // Kangasala's practice: no separate funding is a statement, not the city as its own funder at 0 €.
    const kangasala = await open('/item/UHJhY3RpY2U6Mw');
    await kangasala.getByTestId('detail-funding').waitFor();
    const funding = text(await kangasala.getByTestId('detail-funding').textContent());
    expect(funding).toContain('ei erillisrahoitusta (ulkopuolinen rahoitus 0 €, lähteen mukaan)');
    expect(funding).not.toContain('Kangasalan kaupunki: 0 €');
    const practice = await open('/item/UHJhY3RpY2U6Mg');
    await practice.getByTestId('detail-dates').waitFor();
    expect(text(await practice.getByTestId('detail-dates').textContent())).toContain(
      'toteutusaika: ei tietoa · kuvaus luotu 28.9.2023 · kuvaus muokattu 10.10.2023',
    );
    for (const p of [page, akaa, kangasala, practice]) await p.close();
  });

  it('the item page’s playground link opens the playground with the query', async () => {
    const page = await open('/item/UHJvamVjdDoz');
    await page.getByTestId('city-cost-851').waitFor();
    await page.getByRole('link', { name: 'Avaa GraphQL-kokeilussa' }).click();
    await page.locator('.graphiql-container').waitFor();
    await expect
      .poll(async () => text(await page.locator('.graphiql-editor').first().textContent()), {
        timeout: 20_000,
      })
      .toContain('UHJvamVjdDoz');
    expect(text(await page.locator('body').textContent())).not.toMatch(/CSRF|stack/i);
    await page.close();
  });

  it('catalogue: periods at their precision, page dates as page dates', async () => {
    const page = await open('/catalogue');
    await page.getByTestId('catalogue-table').waitFor();
    expect(text(await page.getByTestId('period-UHJvamVjdDoz').textContent())).toBe('2015–2018');
    expect(text(await page.getByTestId('period-UHJhY3RpY2U6NA').textContent())).toBe('ei tietoa');
    expect(text(await page.getByTestId('pagedate-UHJhY3RpY2U6NA').textContent())).toBe(
      'sivun päiväys 17.10.2019',
    );
    await page.close();
  });

  it('profile: no projects is "not applicable"; no made-up STM / TSR lines for Tornio', async () => {
    const page = await open('/municipality/211');
    await page.getByTestId('profile-costs').waitFor();
    expect(text(await page.getByTestId('profile-projects').textContent())).toBe(
      'ei sovellu: kunnalla ei ole hankkeita aineistossa',
    );
    const tornio = await open('/municipality/851');
    await tornio.getByTestId('profile-costs').waitFor();
    const costs = text(await tornio.getByTestId('profile-costs').textContent());
    expect(costs).not.toContain('Ministeriön rahoitus');
    expect(costs).not.toContain('Työsuojelurahaston');
    expect(text(await tornio.getByTestId('profile-OWN_PROJECT_COST-basis').textContent())).toBe(
      'arvio 2015–2018',
    );
    await page.close();
    await tornio.close();
  });

  it('answers every page of the dashboard 200, and what it names when it exists', async () => {
    for (const path of [
      '/',
      '/costs',
      '/map?lang=en',
      '/municipality/020',
      '/item/UHJvamVjdDoz',
      '/review',
    ]) {
      const res = await fetch(`${base}${path}`, { headers: { accept: 'text/html' } });
      expect(res.status, path).toBe(200);
      expect(await res.text(), path).toContain('<div id="root">');
    }
  });

  it('unknown route, municipality and item id: a not-found page, not blank and not "API down"', async () => {
    for (const [path, words] of [
      ['/no-such-page', 'Osoitteella ei ole sivua'],
      ['/municipality/999', 'Kuntaa koodilla ”999” ei ole aineistossa.'],
      ['/item/not-an-id', 'Hanketta tai toimintamallia tunnisteella ”not-an-id” ei ole aineistossa.'],
      ['/item/UHJvamVjdDo5OTk', 'ei ole aineistossa'],
      ['/municipality/999?lang=en', 'There is no municipality with the code “999” in the data.'],
    ] as const) {
      const page = await browser.newPage();
      const response = await page.goto(`${base}${path}`);
      // Missing for crawlers, link checkers and monitors too: the server answers 404 with the page.
      expect(response?.status(), path).toBe(404);
      await page.getByTestId('not-found').waitFor();
      expect(text(await page.getByTestId('not-found').textContent()), path).toContain(words);
      expect(await page.getByRole('alert').count(), path).toBe(0);
      await page.close();
    }
  });

  it('prints on A4: no navigation, the source and date in the footer', async () => {
    const page = await open('/costs');
    await page.getByTestId('cost-table').waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('nav').isVisible()).toBe(false);
    expect(await page.locator('.chart-export').first().isVisible()).toBe(false);
    expect(text(await page.locator('.print-footer').textContent())).toMatch(/Lähde: Vertailu.*Haettu \d/);
    expect(await page.locator('.print-footer').isVisible()).toBe(true);
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.screenshot({ path: new URL('costs-print-a4.png', ARTIFACTS).pathname, fullPage: true });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    writeFileSync(new URL('costs-print.pdf', ARTIFACTS), pdf);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
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
