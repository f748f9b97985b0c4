import { mkdirSync, readFileSync } from 'node:fs';
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
 * Editors in a real browser: Debian's Chromium against the real API (in-process, in-memory SQLite with
 * the data set) serving the built dashboard, with editor and administrator keys from the environment.
 */
const ARTIFACTS = new URL('../artifacts/', import.meta.url);
const EDITOR = 'e2e-editor-key-0123456789abcdef';
const ADMIN = 'e2e-admin-key-0123456789abcdef';
const DOCUMENT = readFileSync(
  new URL('../../../packages/ingest/test/documents/06-kunta-kangasala-inline.txt', import.meta.url),
  'utf8',
);
const REVISED = DOCUMENT.replace('86 500 €', '91 000 €');

let served: Served;
let browser: Browser;
let base: string;

/** The API as another client would call it (the other editor in the conflict, the importer). */
async function gql<T>(query: string, variables: object, key = EDITOR): Promise<T> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'apollo-require-preflight': 'true',
      authorization: `Bearer ${key}`,
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

beforeAll(async () => {
  browser = await launchChromium();
  served = await serveDashboard(undefined, { EDITOR_API_KEYS: EDITOR, ADMIN_API_KEYS: ADMIN });
  base = served.base;
  mkdirSync(ARTIFACTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

const seriousViolations = (page: Page) => axeViolations(page, 'serious');

/** Types the key with the keyboard and submits it with Enter, as an editor would. */
async function signIn(page: Page, key: string) {
  await page.getByTestId('editor-key').focus();
  await page.keyboard.type(key);
  await page.keyboard.press('Enter');
}

/** Selects with the mouse from the first character of `from` to the last of `to` in the document. */
async function dragSelect(page: Page, from: string, to: string) {
  const points = await page.evaluate(
    ([a, b]) => {
      const root = document.querySelector('[data-testid="doc-text"]') as HTMLElement;
      const nodes: Text[] = [];
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
      const rectOf = (needle: string, last: boolean) => {
        for (const node of nodes) {
          const i = (node.textContent ?? '').indexOf(needle);
          if (i < 0) continue;
          const range = document.createRange();
          const at = last ? i + needle.length - 1 : i;
          range.setStart(node, at);
          range.setEnd(node, at + 1);
          const r = range.getBoundingClientRect();
          return { x: last ? r.right - 1 : r.left + 1, y: r.top + r.height / 2 };
        }
        throw new Error(`"${needle}" is not in the document`);
      };
      return [rectOf(a as string, false), rectOf(b as string, true)];
    },
    [from, to],
  );
  const [start, end] = points as [{ x: number; y: number }, { x: number; y: number }];
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(end.x, end.y, { steps: 8 });
  await page.mouse.up();
}

interface ImportedDraft {
  id: string;
  fields: { key: string; field: string; value: string; passage: string | null }[];
}

describe('editors in Chromium', () => {
  let draft: ImportedDraft;
  let projectId: string;

  it('imports a document and its revision through the API; the review page asks for the key first', async () => {
    const IMPORT = `mutation($input: ImportDocumentInput!) { importDocument(input: $input) {
      draft { id fields { key field value passage } } } }`;
    await gql(IMPORT, {
      input: { text: DOCUMENT, documentKey: 'e2e/perhekeskus', fileName: 'perhekeskus.txt' },
    });
    draft = (
      await gql<{ importDocument: { draft: ImportedDraft } }>(IMPORT, {
        input: { text: REVISED, documentKey: 'e2e/perhekeskus', fileName: 'perhekeskus.txt' },
      })
    ).importDocument.draft;
    expect(draft.fields.find((f) => f.field === 'NAME')?.value).toBe('Perhekeskus verkossa');

    const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    const requests: { url: string; method: string; auth: string | undefined }[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname === '/graphql')
        requests.push({ url: r.url(), method: r.method(), auth: r.headers().authorization });
    });
    await page.goto(`${base}/review`);
    await page.getByTestId('editor-key').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await signIn(page, EDITOR);
    await page.getByTestId('pending-drafts').getByRole('link').first().waitFor();
    expect(text(await page.getByTestId('pending-drafts').textContent())).toContain('Perhekeskus verkossa');
    expect(text(await page.getByTestId('pending-drafts').textContent())).toContain('versio 2');
    // The key travels only in the Authorization header of POSTs: never in a URL, never in localStorage.
    const keyed = requests.filter((r) => r.auth);
    expect(keyed.length).toBeGreaterThan(0);
    for (const r of keyed) {
      expect(r.method).toBe('POST');
      expect(r.auth).toBe(`Bearer ${EDITOR}`);
    }
    for (const r of requests) expect(r.url).not.toContain(EDITOR);
    expect(page.url()).not.toContain(EDITOR);
    expect(await page.evaluate(() => JSON.stringify(localStorage))).not.toContain('e2e-editor');
    expect(await page.evaluate(() => sessionStorage.getItem('vertailu.editorKey'))).toBe(EDITOR);
    await page.screenshot({ path: new URL('review-list.png', ARTIFACTS).pathname, fullPage: true });
    // Signing out forgets the key.
    await page.getByTestId('sign-out').click();
    await page.getByTestId('editor-key').waitFor();
    expect(await page.evaluate(() => sessionStorage.getItem('vertailu.editorKey'))).toBeNull();
    await page.close();
  });

  it('reviews a draft: highlights at spans with confidence, a field pointed at a selected passage, accepted', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 1100 } });
    await page.goto(`${base}/review/${encodeURIComponent(draft.id)}`);
    await signIn(page, EDITOR);
    await page.getByTestId('draft-fields').waitFor();

    // Every field with a passage is highlighted at it, and its confidence is shown.
    const withPassage = draft.fields.filter((f) => f.passage !== null);
    expect(withPassage.length).toBeGreaterThan(4);
    for (const f of withPassage) {
      const marked = await page.evaluate(
        (key) =>
          [...document.querySelectorAll('mark[data-keys]')]
            .filter((m) => (m as HTMLElement).dataset.keys?.split(' ').includes(key))
            .map((m) => m.textContent)
            .join(''),
        f.key,
      );
      expect(marked, f.key).toBe(f.passage);
    }
    expect(text(await page.getByTestId('value-name').textContent())).toBe('Perhekeskus verkossa');
    expect(text(await page.getByTestId('confidence-name').textContent())).toMatch(/^\d{1,3} %$/);
    // The document's text is shown byte for byte.
    expect(await page.getByTestId('doc-text').evaluate((d) => d.textContent)).toBe(REVISED);
    expect(text(await page.getByTestId('revisions').textContent())).toContain('86500 (role=TOTAL_BUDGET)');
    expect(text(await page.getByTestId('revisions').textContent())).toContain('Kustannusarvio: 91 000 €');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: new URL('review-draft.png', ARTIFACTS).pathname, fullPage: true });

    // Keyboard: "show passage" moves the focus to the highlighted passage.
    const amount = draft.fields.find((f) => f.field === 'AMOUNT' && f.value === '91000');
    expect(amount).toBeDefined();
    await page.getByRole('button', { name: 'Näytä kohta: Summa' }).first().focus();
    await page.keyboard.press('Enter');
    expect(
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.keys?.split(' ')),
    ).toContain(draft.fields.find((f) => f.field === 'AMOUNT')?.key);

    // Edit the period by selecting its whole line in the document with the mouse.
    await page.getByTestId('edit-period').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('field-editor').waitFor();
    await dragSelect(page, 'Toteutusaika', '31.12.2022');
    await page.getByTestId('use-selection').focus();
    await page.keyboard.press('Enter');
    expect(await page.getByTestId('field-passage').inputValue()).toBe('Toteutusaika: 1.8.2021 – 31.12.2022');
    expect(await page.getByTestId('field-value').inputValue()).toBe('2021-08-01/2022-12-31');
    await page.screenshot({ path: new URL('review-edit-field.png', ARTIFACTS).pathname, fullPage: true });
    await page.getByTestId('field-save').click();
    await page.getByTestId('field-editor').waitFor({ state: 'detached' });
    await page.waitForFunction(
      () => document.getElementById('hl-period')?.textContent === 'Toteutusaika: 1.8.2021 – 31.12.2022',
    );
    expect(text(await page.locator('tr[data-field="period"]').textContent())).toContain('korjattu');

    // Escape closes a field's form without saving.
    await page.getByTestId('edit-name').click();
    await page.getByTestId('field-value').fill('Ei tallenneta');
    await page.keyboard.press('Escape');
    await page.getByTestId('field-editor').waitFor({ state: 'detached' });
    expect(text(await page.getByTestId('value-name').textContent())).toBe('Perhekeskus verkossa');

    // Accepting is refused while the outcome lacks its domain; the reason is said; then it is added.
    await page.getByTestId('accept').click();
    await page.getByRole('alert').waitFor();
    // Said in Finnish, naming the attribute to add.
    expect(text(await page.getByRole('alert').textContent())).toContain('Tulokselta puuttuu vaikutusalue');
    expect(text(await page.getByRole('alert').textContent())).toContain('domain=');
    const outcome = draft.fields.find((f) => f.field === 'OUTCOME');
    await page.getByTestId(`edit-${outcome?.key}`).click();
    await page
      .getByTestId('field-attributes')
      .fill(
        'unit=count\nkind=OUTPUT\ndirection=NOT_APPLICABLE\nevidenceType=STATISTICS\ndomain=NO_SUCH_DOMAIN',
      );
    await page.getByTestId('field-save').click();
    // The API's refusal is shown at the attributes, which are marked invalid.
    await page.waitForSelector('[data-testid="field-attributes"][aria-invalid="true"]');
    await page
      .getByTestId('field-attributes')
      .fill(
        'unit=count\nkind=OUTPUT\ndirection=NOT_APPLICABLE\nevidenceType=STATISTICS\ndomain=SERVICE_REACH',
      );
    await page.getByTestId('field-save').click();
    await page.getByTestId('field-editor').waitFor({ state: 'detached' });
    await page.getByTestId('accept').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('accepted-record').waitFor();
    expect(text(await page.getByTestId('review-notice').textContent())).toBe(
      'Hyväksytty: tieto on nyt aineistossa.',
    );
    projectId = decodeURIComponent(
      ((await page.getByTestId('accepted-record').getAttribute('href')) ?? '').replace('/item/', ''),
    );
    const project = await gql<{
      node: { name: string; citations: { field: string | null; quote: string }[] };
    }>(`query($id: ID!) { node(id: $id) { ... on Project { name citations { field quote } } } }`, {
      id: projectId,
    });
    expect(project.node.name).toBe('Perhekeskus verkossa');
    expect(project.node.citations.find((c) => c.field === 'period')?.quote).toBe(
      'Toteutusaika: 1.8.2021 – 31.12.2022',
    );
    // The revisions below follow: revision 2 is now the accepted one.
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="revisions"]')?.textContent?.includes('versio 2 · hyväksytty'),
    );
    await page.screenshot({ path: new URL('review-accepted.png', ARTIFACTS).pathname, fullPage: true });
    await page.close();
  });

  it('reads in English: the same draft with its revisions', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    await page.goto(`${base}/review/${encodeURIComponent(draft.id)}?lang=en`);
    expect(text(await page.locator('form.editor-key h2').textContent())).toBe('Editor key');
    await signIn(page, EDITOR);
    await page.getByTestId('draft-fields').waitFor();
    expect(text(await page.locator('#fields-heading').textContent())).toBe('Fields read');
    expect(text(await page.getByTestId('confidence-name').textContent())).toMatch(/^\d{1,3}%$/);
    expect(text(await page.getByTestId('revisions').textContent())).toContain('superseded');
    expect(text(await page.getByTestId('revisions').textContent())).toContain('accepted');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: new URL('review-draft-en.png', ARTIFACTS).pathname, fullPage: true });
    await page.close();
  });

  it("edits the project: the API's validation at the field, then saved; a conflict reloads or overwrites; the audit trail for admins", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1100 } });
    await page.goto(`${base}/item/${encodeURIComponent(projectId)}`);
    await page.getByRole('link', { name: 'Korjaa tietoja' }).click();
    await signIn(page, EDITOR);
    await page.getByTestId('record-form').waitFor();
    expect(await page.getByTestId('input-name').inputValue()).toBe('Perhekeskus verkossa');

    await page.getByTestId('input-name').fill('   ');
    await page.getByTestId('record-save').click();
    await page.getByTestId('error-name').waitFor();
    // The API's check, said in Finnish at the field (the API words it in English).
    expect(text(await page.getByTestId('error-name').textContent())).toBe('Ei voi olla tyhjä.');
    expect(await page.getByTestId('input-name').getAttribute('aria-invalid')).toBe('true');
    // The focus is on the field the API named.
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid)).toBe(
      'input-name',
    );
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: new URL('edit-error.png', ARTIFACTS).pathname, fullPage: true });

    await page.getByTestId('input-name').fill('Perhekeskus verkossa – Kangasala');
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () => document.querySelector('[data-testid="record-notice"]')?.textContent === 'Tallennettu.',
    );
    expect(await page.getByTestId('error-name').count()).toBe(0);
    // An editor's key may not read the audit trail: the page says so.
    await page.getByTestId('audit-needs-admin').waitFor();
    expect(text(await page.getByTestId('audit-needs-admin').textContent())).toBe(
      'Muutoshistorian näkee vain ylläpitäjän avaimella.',
    );

    // Someone else changes the project meanwhile.
    const READ = `query($id: ID!) { node(id: $id) { ... on Project { version name aims } } }`;
    const UPDATE = `mutation($input: UpdateProjectInput!) { updateProject(input: $input) { version } }`;
    const other = async (name: string) => {
      const { node } = await gql<{ node: { version: number } }>(READ, { id: projectId });
      await gql(UPDATE, { input: { id: projectId, version: node.version, name } }, ADMIN);
    };
    await other('Toisen muokkaajan nimi');
    await page.getByTestId('input-aims').fill('Perheiden palvelut yhdestä paikasta verkossa.');
    await page.getByTestId('record-save').click();
    await page.getByTestId('record-conflict').waitFor();
    expect(text(await page.getByTestId('record-conflict').textContent())).toContain(
      'Joku muu muutti tätä sillä välin.',
    );
    await page.screenshot({ path: new URL('edit-conflict.png', ARTIFACTS).pathname, fullPage: true });
    await page.getByTestId('conflict-overwrite').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () => document.querySelector('[data-testid="record-notice"]')?.textContent === 'Tallennettu.',
    );
    let now = (await gql<{ node: { name: string; aims: string } }>(READ, { id: projectId })).node;
    expect(now).toMatchObject({
      name: 'Perhekeskus verkossa – Kangasala',
      aims: 'Perheiden palvelut yhdestä paikasta verkossa.',
    });

    // Again, and this time take the other's version.
    await other('Kolmas nimi');
    await page.getByTestId('input-aims').fill('Ei tallennu.');
    await page.getByTestId('record-save').click();
    await page.getByTestId('conflict-reload').click();
    await page.waitForFunction(
      () =>
        (document.querySelector('[data-testid="input-name"]') as HTMLInputElement | null)?.value ===
        'Kolmas nimi',
    );
    expect(await page.getByTestId('input-aims').inputValue()).toBe(
      'Perheiden palvelut yhdestä paikasta verkossa.',
    );
    now = (await gql<{ node: { name: string; aims: string } }>(READ, { id: projectId })).node;
    expect(now.name).toBe('Kolmas nimi');

    // With an administrator's key the audit trail lists who changed what.
    await page.getByTestId('sign-out').click();
    await signIn(page, ADMIN);
    await page.locator('.record-audit table').waitFor();
    const audit = text(await page.getByTestId('audit').textContent());
    expect(audit).toContain('env:editor');
    expect(audit).toContain('env:admin');
    expect(audit).toContain('Kolmas nimi');
    expect(audit).toContain('Perhekeskus verkossa – Kangasala');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: new URL('edit-audit.png', ARTIFACTS).pathname, fullPage: true });
    await page.close();
  });
  it('corrects every kind of field with the keyboard, in Finnish: period, status, sectors, citations, a funding line', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1400 } });
    await page.goto(`${base}/edit/${encodeURIComponent(projectId)}`);
    await signIn(page, EDITOR);
    await page.getByTestId('record-form').waitFor();
    const READ = `query($id: ID!) { node(id: $id) { ... on Project { version status period { start end precision }
      sectors { code } citations { quote field note start } fundings { id } } } }`;
    type Read = {
      node: {
        version: number;
        status: string | null;
        period: { start: string | null; end: string | null; precision: string } | null;
        sectors: { code: string }[];
        citations: { quote: string; field: string | null; note: string | null; start: number }[];
        fundings: { id: string }[];
      };
    };
    const before = (await gql<Read>(READ, { id: projectId })).node;
    // Dates are shown the Finnish way.
    expect(await page.getByTestId('input-period-start').inputValue()).toMatch(/^\d{1,2}\.\d{1,2}\.\d{4}$/);

    // A period that ends before it starts: the API refuses, the page says so in Finnish at the period.
    const typeInto = async (testId: string, value: string) => {
      await page.getByTestId(testId).focus();
      await page.keyboard.press('Control+A');
      await page.keyboard.type(value);
    };
    await typeInto('input-period-start', '1.3.2022');
    await typeInto('input-period-end', '28.2.2022');
    await page.keyboard.press('Enter');
    await page.getByTestId('error-period').waitFor();
    expect(text(await page.getByTestId('error-period').textContent())).toBe('Päättyy ennen kuin alkaa.');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid)).toBe(
      'input-period-start',
    );
    // A date the browser cannot read is said before anything is sent.
    await typeInto('input-period-end', 'kevät 2023');
    await page.keyboard.press('Enter');
    expect(text(await page.getByTestId('error-period').textContent())).toBe(
      'Päivämäärää ei voi lukea (muoto 1.9.2015).',
    );
    await typeInto('input-period-end', '31.5.2023');

    // The status as a select labelled in Finnish, chosen with the arrow keys.
    const statusOptions = await page
      .getByTestId('input-status')
      .locator('option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).text));
    expect(statusOptions).toContain('ei tiedossa');
    expect(statusOptions.some((o) => /^[a-zäö]/.test(o) && !/^[A-Z_]+$/.test(o))).toBe(true);
    await page.getByTestId('input-status').focus();
    await page.keyboard.press('ArrowDown');
    const status = await page.getByTestId('input-status').inputValue();
    expect(status).not.toBe('');
    // A sector ticked with the space bar.
    const firstSector = page.locator('[data-testid^="check-sectors-"]').first();
    const sectorCode = ((await firstSector.getAttribute('data-testid')) ?? '').replace('check-sectors-', '');
    const wasOn = await firstSector.isChecked();
    await firstSector.focus();
    await page.keyboard.press('Space');

    // A citation's quote that is not in the source: refused at that citation, in Finnish.
    const quote = page.getByTestId('citation-0-quote');
    const readQuote = await quote.inputValue();
    await typeInto('citation-0-quote', 'Tätä lausetta ei ole lähteessä.');
    await page.getByTestId('record-save').click();
    await page.getByTestId('citation-0-error').waitFor();
    expect(text(await page.getByTestId('citation-0-error').textContent())).toBe(
      'Lainausta ei ole lähteen tekstissä sanasta sanaan.',
    );
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid)).toBe(
      'citation-0-quote',
    );
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: new URL('edit-fields-error.png', ARTIFACTS).pathname, fullPage: true });
    await typeInto('citation-0-quote', readQuote);
    await typeInto('citation-0-note', 'Tarkistettu selaimessa.');
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () => document.querySelector('[data-testid="record-notice"]')?.textContent === 'Tallennettu.',
    );
    const after = (await gql<Read>(READ, { id: projectId })).node;
    expect(after.version).toBe(before.version + 1);
    expect(after.period).toMatchObject({ start: '2022-03-01', end: '2023-05-31' });
    expect(after.status).toBe(status);
    expect(after.sectors.some((t) => t.code === sectorCode)).toBe(!wasOn);
    // The citation kept its place; the others are as they were.
    expect(after.citations[0]).toMatchObject({
      quote: readQuote,
      start: before.citations[0]?.start,
      note: 'Tarkistettu selaimessa.',
    });
    expect(after.citations.slice(1).map((c) => c.start)).toEqual(
      before.citations.slice(1).map((c) => c.start),
    );
    await page.screenshot({ path: new URL('edit-fields-saved.png', ARTIFACTS).pathname, fullPage: true });

    // On to a funding line from the record's list, with the keyboard: its kind and basis as selects.
    if (after.fundings.length) {
      const fundingId = after.fundings[0]?.id as string;
      const link = page.locator(
        `[data-testid="record-details"] a[href="/edit/${encodeURIComponent(fundingId)}"]`,
      );
      await link.focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction(() =>
        document.querySelector('[data-testid="record-type"]')?.textContent?.startsWith('Rahoitus'),
      );
      const kinds = await page
        .getByTestId('input-kind')
        .locator('option')
        .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).text));
      expect(kinds).toContain('ulkopuolinen avustus');
      // The recipient from the national register, by name (and its Swedish name) and code.
      await page
        .locator('[data-testid="input-recipientCode"] option[value="851"]')
        .waitFor({ state: 'attached' });
      expect(
        text(await page.locator('[data-testid="input-recipientCode"] option[value="851"]').textContent()),
      ).toBe('Tornio (Torneå) · 851');
      await typeInto('input-amount', '12 500,505');
      await page.keyboard.press('Enter');
      await page.getByTestId('error-amount').waitFor();
      expect(text(await page.getByTestId('error-amount').textContent())).toBe(
        'Enintään kaksi desimaalia (sentit).',
      );
      await typeInto('input-amount', '12 500,50');
      await typeInto('input-decisionDate', '15.6.2021');
      await page.keyboard.press('Enter');
      await page.waitForFunction(
        () => document.querySelector('[data-testid="record-notice"]')?.textContent === 'Tallennettu.',
      );
      const line = await gql<{ node: { amount: number; decisionDate: string } }>(
        'query($id: ID!) { node(id: $id) { ... on FundingLine { amount decisionDate } } }',
        { id: fundingId },
      );
      expect(line.node).toEqual({ amount: 12500.5, decisionDate: '2021-06-15' });
      await page.screenshot({ path: new URL('edit-funding-line.png', ARTIFACTS).pathname, fullPage: true });
    }
    await page.close();
  });

  it('corrects an outcome in English: selects labelled from the vocabulary, checks said in English at the field', async () => {
    const { outcomes } = await gql<{ outcomes: { edges: { node: { id: string; direction: string } }[] } }>(
      '{ outcomes(first: 1) { edges { node { id direction } } } }',
      {},
    );
    const outcome = outcomes.edges[0]?.node as { id: string; direction: string };
    const page = await browser.newPage({ viewport: { width: 390, height: 1400 } });
    await page.goto(`${base}/edit/${encodeURIComponent(outcome.id)}?lang=en`);
    await signIn(page, EDITOR);
    await page.getByTestId('record-form').waitFor();
    expect(text(await page.getByTestId('record-type').textContent())).toMatch(/^Outcome · /);
    expect(text(await page.locator('label[for$="-direction"]').textContent())).toBe('Direction');
    const options = await page
      .getByTestId('input-direction')
      .locator('option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).text));
    expect(options).toEqual(expect.arrayContaining(['improved', 'worsened', 'unchanged']));
    // Required codes have no "unknown" choice.
    expect(options).not.toContain('unknown');
    const evidence = await page
      .getByTestId('input-evidenceType')
      .locator('option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(evidence[0]).toBe('NOT_YET_MEASURED');

    await page.getByTestId('input-baselineYear').focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('1850');
    await page.keyboard.press('Enter');
    await page.getByTestId('error-baselineYear').waitFor();
    expect(text(await page.getByTestId('error-baselineYear').textContent())).toBe(
      'The year must be 1900–2200.',
    );
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: new URL('edit-outcome-en-error.png', ARTIFACTS).pathname, fullPage: true });

    await page.keyboard.press('Control+A');
    await page.keyboard.type('2019');
    const next = outcome.direction === 'WORSENED' ? 'IMPROVED' : 'WORSENED';
    await page.getByTestId('input-direction').selectOption(next);
    await page.getByTestId('input-measuredAt').focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('2023-10-31');
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () => document.querySelector('[data-testid="record-notice"]')?.textContent === 'Saved.',
    );
    const saved = await gql<{ node: { direction: string; baselineYear: number; measuredAt: string } }>(
      'query($id: ID!) { node(id: $id) { ... on Outcome { direction baselineYear measuredAt } } }',
      { id: outcome.id },
    );
    expect(saved.node).toEqual({ direction: next, baselineYear: 2019, measuredAt: '2023-10-31' });
    await page.screenshot({ path: new URL('edit-outcome-en-saved.png', ARTIFACTS).pathname, fullPage: true });
    await page.close();
  });
});
