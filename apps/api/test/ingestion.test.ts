import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestApi,
  DRIVERS,
  dataOf,
  EDITOR_KEY,
  type GqlResult,
  type TestApi,
  VIEWER_KEY,
} from './harness';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const OWN = (name: string) => read(`../../../packages/ingest/test/documents/${name}`);
const SEED = (file: string) => read(`../../../packages/data/sources/${file}`);

const DRAFT = `id version status kind fields { key field value start end passage confidence origin attributes { name value } }
  document { documentKey revision sha256 genre layout length parseMs }`;
const IMPORT = `mutation($input: ImportDocumentInput!) { importDocument(input: $input) { created draft { ${DRAFT} } } }`;
const EDIT = `mutation($input: EditDraftInput!) { editDraft(input: $input) { ${DRAFT} } }`;
const ACCEPT = `mutation($input: AcceptDraftInput!) { acceptDraft(input: $input) {
  draft { id status reviewedBy project { id } practice { id } }
  project { id name projectNumber period { start end precision } municipalities { municipality { code } }
    sectors { code } targetGroups { code }
    costs { kind basis amount citations { quote start end source { fileName sha256 } } }
    fundings { kind amount funder { nameFi abbreviation } citations { quote } }
    outcomes { value unit kind domain { code } citations { quote } }
    citations { field quote start end source { sha256 title } } }
  practice { id name phase createdDate municipality { code } citations { field quote source { fileName } } } } }`;
const REJECT = `mutation($input: RejectDraftInput!) { rejectDraft(input: $input) { id status reviewNote reviewedBy } }`;
const COUNTS = '{ projects { totalCount } practices { totalCount } }';

interface DraftShape {
  id: string;
  version: number;
  status: string;
  kind: string;
  fields: {
    key: string;
    field: string;
    value: string;
    start: number | null;
    end: number | null;
    passage: string | null;
    confidence: number;
    origin: string;
    attributes: { name: string; value: string }[];
  }[];
  document: {
    documentKey: string;
    revision: number;
    sha256: string;
    genre: string;
    layout: string;
    length: number;
  };
}

const errorOf = (r: GqlResult) =>
  r.errors?.[0]?.extensions as { code?: string; field?: string; problem?: string } | undefined;

describe.each(DRIVERS)('document ingestion and review on %s', (driver) => {
  let api: TestApi;
  const importAs = (input: Record<string, unknown>, key = EDITOR_KEY) =>
    api.gql<{ importDocument: { created: boolean; draft: DraftShape } }>(IMPORT, { input }, key);
  const counts = async () =>
    dataOf(await api.gql<{ projects: { totalCount: number }; practices: { totalCount: number } }>(COUNTS));
  const draftCount = async () =>
    dataOf(await api.gql<{ drafts: { totalCount: number } }>('{ drafts { totalCount } }', {}, EDITOR_KEY))
      .drafts.totalCount;

  beforeAll(async () => {
    api = await createTestApi(driver);
  });
  afterAll(() => api.close());

  it('is for editors only: anonymous and viewer callers are refused', async () => {
    const text = OWN('06-kunta-kangasala-inline.txt');
    expect(errorOf(await api.gql(IMPORT, { input: { text } }))?.code).toBe('UNAUTHENTICATED');
    expect(errorOf(await importAs({ text }, VIEWER_KEY))?.code).toBe('FORBIDDEN');
    expect(errorOf(await api.gql('{ drafts { totalCount } }', {}, VIEWER_KEY))?.code).toBe('FORBIDDEN');
  });

  let first: DraftShape;
  it('reads a document into a pending draft with passages and confidences; nothing becomes data yet', async () => {
    const before = await counts();
    const text = OWN('06-kunta-kangasala-inline.txt');
    const result = dataOf(
      await importAs({ text, fileName: 'perhekeskus-verkossa.txt', documentKey: 'kangasala/perhekeskus' }),
    );
    expect(result.importDocument.created).toBe(true);
    first = result.importDocument.draft;
    expect(first).toMatchObject({ status: 'PENDING', kind: 'PROJECT' });
    expect(first.document).toMatchObject({
      documentKey: 'kangasala/perhekeskus',
      revision: 1,
      genre: 'MUNICIPAL_PROJECT_PAGE',
      layout: 'INLINE_LABEL',
      length: text.length,
    });
    const byKey = Object.fromEntries(first.fields.map((f) => [f.key, f]));
    expect(byKey.name?.value).toBe('Perhekeskus verkossa');
    expect(byKey.municipality?.value).toBe('211');
    expect(byKey.period).toMatchObject({ value: '2021-08-01/2022-12-31', passage: '1.8.2021 – 31.12.2022' });
    const amounts = first.fields
      .filter((f) => f.field === 'AMOUNT')
      .map((f) => [f.value, ...f.attributes.map((a) => `${a.name}=${a.value}`)].join(' '));
    expect(amounts).toEqual(['86500 role=TOTAL_BUDGET', '60000 role=GRANT funder=OKM']);
    // Every extracted field points at its passage, byte for byte.
    for (const f of first.fields) {
      expect(f.origin).toBe('EXTRACTED');
      expect(text.slice(f.start ?? 0, f.end ?? 0)).toBe(f.passage);
      expect(f.confidence).toBeGreaterThan(0);
      expect(f.confidence).toBeLessThanOrEqual(1);
    }
    expect(first.fields.filter((f) => f.field === 'SECTOR').map((f) => f.value)).toEqual([
      'ECEC',
      'FAMILY_COUNSELLING',
      'ORAL_HEALTH_CARE',
    ]);
    expect(await counts()).toEqual(before);
  });

  it('re-importing the same text changes nothing', async () => {
    const again = dataOf(await importAs({ text: OWN('06-kunta-kangasala-inline.txt') }));
    expect(again.importDocument.created).toBe(false);
    expect(again.importDocument.draft.id).toBe(first.id);
    expect(again.importDocument.draft.version).toBe(first.version);
    expect(await draftCount()).toBe(1);
  });

  it('refuses bad input with a typed error naming the field, and writes nothing', async () => {
    const finnish = OWN('06-kunta-kangasala-inline.txt');
    const cases: [Record<string, unknown>, string, string][] = [
      [{ text: '   \n' }, 'input.text', 'EMPTY'],
      // (U+0000 itself is refused before any resolver, for every field: see fuzz.test.ts.)
      [{ text: `${finnish}\u0001\u0002` }, 'input.text', 'BINARY'],
      [{ text: Buffer.from(finnish, 'utf8').toString('latin1') }, 'input.text', 'ENCODING'],
      [
        { base64: Buffer.from(finnish.replace(/ä/g, '\u00e4'), 'latin1').toString('base64') },
        'input.base64',
        'ENCODING',
      ],
      [
        { text: 'The project improved family services in the city a great deal this year.' },
        'input.text',
        'NOT_FINNISH',
      ],
      [{ text: 'ja '.repeat(3_500_000) }, 'input.text', 'TOO_LARGE'],
    ];
    for (const [input, field, problem] of cases) {
      const e = errorOf(await importAs(input));
      expect(e, `${problem}`).toMatchObject({ code: 'BAD_USER_INPUT', field, problem });
    }
    expect(errorOf(await importAs({ text: finnish, base64: 'YQ==' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.text',
    });
    expect(await draftCount()).toBe(1);
  });

  let second: DraftShape;
  it('a changed document becomes a new revision whose differences are listed', async () => {
    const changed = OWN('06-kunta-kangasala-inline.txt')
      .replace('86 500 €', '91 000 €')
      .replace('varhaiskasvatus, perheneuvola ja suun terveydenhuolto', 'varhaiskasvatus ja perheneuvola');
    second = dataOf(await importAs({ text: changed, documentKey: 'kangasala/perhekeskus' })).importDocument
      .draft;
    expect(second.document.revision).toBe(2);
    const revisions = dataOf(
      await api.gql<{
        documentRevisions: {
          revision: number;
          draft: { status: string };
          changes: { field: string; change: string; before: string | null; after: string | null }[];
          textChanges: { added: string[]; removed: string[] } | null;
        }[];
      }>(
        `{ documentRevisions(documentKey: "kangasala/perhekeskus") { revision draft { status }
           changes { field change before after } textChanges { added removed } } }`,
        {},
        EDITOR_KEY,
      ),
    ).documentRevisions;
    expect(revisions.map((r) => [r.revision, r.draft.status])).toEqual([
      [1, 'SUPERSEDED'],
      [2, 'PENDING'],
    ]);
    expect(revisions[0]?.changes).toEqual([]);
    expect(revisions[1]?.changes).toEqual([
      {
        field: 'AMOUNT',
        change: 'CHANGED',
        before: '86500 (role=TOTAL_BUDGET)',
        after: '91000 (role=TOTAL_BUDGET)',
      },
      { field: 'SECTOR', change: 'REMOVED', before: 'ORAL_HEALTH_CARE', after: null },
    ]);
    expect(revisions[1]?.textChanges?.added).toEqual([
      'Kustannusarvio: 91 000 €',
      expect.stringContaining('varhaiskasvatus ja perheneuvola.'),
    ]);
    expect(revisions[1]?.textChanges?.removed).toHaveLength(2);
  });

  it('edits are checked, versioned, and only possible while pending', async () => {
    const stale = await api.gql(
      EDIT,
      { input: { id: second.id, version: second.version + 1, remove: ['name'] } },
      EDITOR_KEY,
    );
    expect(errorOf(stale)?.code).toBe('CONFLICT');
    const badCode = await api.gql(
      EDIT,
      { input: { id: second.id, version: second.version, set: [{ field: 'MUNICIPALITY', value: '999' }] } },
      EDITOR_KEY,
    );
    expect(errorOf(badCode)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.set[0].value' });
    const badAttribute = await api.gql(
      EDIT,
      {
        input: {
          id: second.id,
          version: second.version,
          set: [{ field: 'AMOUNT', value: '100', attributes: [{ name: 'role', value: 'PROFIT' }] }],
        },
      },
      EDITOR_KEY,
    );
    expect(errorOf(badAttribute)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.set[0].attributes[0].value',
    });
    const superseded = await api.gql(
      EDIT,
      { input: { id: first.id, version: first.version, remove: ['name'] } },
      EDITOR_KEY,
    );
    expect(errorOf(superseded)?.code).toBe('CONFLICT');
  });

  it('the review mutations decode the draft id at input.id and name drafts by their global id', async () => {
    const projectId = Buffer.from('Project:1').toString('base64url');
    const notADraft = await api.gql(
      REJECT,
      { input: { id: projectId, version: 1, reason: 'r' } },
      EDITOR_KEY,
    );
    expect(notADraft.errors?.[0]?.message).toBe(`input.id: "${projectId}" is not the id of a Draft.`);
    expect(errorOf(notADraft)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.id' });
    const garbled = await api.gql(ACCEPT, { input: { id: 'x', version: 1 } }, EDITOR_KEY);
    expect(garbled.errors?.[0]?.message).toBe('input.id: "x" is not a valid global id.');
    expect(errorOf(garbled)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.id' });
    const missingId = Buffer.from('Draft:999999').toString('base64url');
    const missing = await api.gql(EDIT, { input: { id: missingId, version: 1, remove: [] } }, EDITOR_KEY);
    expect(missing.errors?.[0]?.message).toBe(`Draft ${missingId} was not found.`);
    expect(errorOf(missing)?.code).toBe('NOT_FOUND');
    const now = dataOf(
      await api.gql<{ draft: { version: number; status: string } }>(
        'query($id: ID!) { draft(id: $id) { version status } }',
        { id: first.id },
        EDITOR_KEY,
      ),
    ).draft;
    expect(now.status).toBe('SUPERSEDED');
    const superseded = await api.gql(
      REJECT,
      { input: { id: first.id, version: now.version, reason: 'r' } },
      EDITOR_KEY,
    );
    expect(superseded.errors?.[0]?.message).toBe(
      `Draft ${first.id} is SUPERSEDED, not PENDING: it can no longer be reviewed.`,
    );
    expect(errorOf(superseded)).toMatchObject({ code: 'CONFLICT', status: 'SUPERSEDED' });
  });

  it('an editor points a field at a passage of the document (start, end): checked, then its citation', async () => {
    const text = OWN('06-kunta-kangasala-inline.txt')
      .replace('86 500 €', '91 000 €')
      .replace('varhaiskasvatus, perheneuvola ja suun terveydenhuolto', 'varhaiskasvatus ja perheneuvola');
    const line = 'Toteutusaika: 1.8.2021 – 31.12.2022';
    const start = text.indexOf(line);
    const period = (span: { start?: number; end?: number }) => ({
      input: {
        id: second.id,
        version: second.version,
        set: [
          {
            key: 'period',
            field: 'PERIOD',
            value: '2021-08-01/2022-12-31',
            attributes: [{ name: 'precision', value: 'DAY' }],
            ...span,
          },
        ],
      },
    });
    const refusals: [{ start?: number; end?: number }, string][] = [
      [{ start }, 'input.set[0].end'],
      [{ start: -1, end: 4 }, 'input.set[0].start'],
      [{ start, end: start }, 'input.set[0].end'],
      [{ start, end: text.length + 1 }, 'input.set[0].end'],
      [{ start: text.indexOf('\n\n'), end: text.indexOf('\n\n') + 2 }, 'input.set[0].start'],
    ];
    for (const [span, field] of refusals)
      expect(errorOf(await api.gql(EDIT, period(span), EDITOR_KEY)), JSON.stringify(span)).toMatchObject({
        code: 'BAD_USER_INPUT',
        field,
      });
    const edited = dataOf(
      await api.gql<{ editDraft: DraftShape }>(EDIT, period({ start, end: start + line.length }), EDITOR_KEY),
    ).editDraft;
    expect(edited.version).toBe(second.version + 1);
    expect(edited.fields.find((f) => f.key === 'period')).toMatchObject({
      value: '2021-08-01/2022-12-31',
      start,
      end: start + line.length,
      passage: line,
      origin: 'EDITED',
      confidence: 1,
    });
    second = edited;
  });

  it('accepting needs every outcome to have a domain; after an edit the draft becomes a cited project', async () => {
    const before = await counts();
    const refused = await api.gql(ACCEPT, { input: { id: second.id, version: second.version } }, EDITOR_KEY);
    expect(errorOf(refused)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'fields.outcome.0.attributes' });
    const outcome = second.fields.find((f) => f.field === 'OUTCOME');
    expect(outcome).toMatchObject({ value: '1240', passage: expect.stringContaining('1 240 perhettä') });
    const edited = dataOf(
      await api.gql<{ editDraft: DraftShape }>(
        EDIT,
        {
          input: {
            id: second.id,
            version: second.version,
            set: [
              {
                key: outcome?.key,
                field: 'OUTCOME',
                value: '1240',
                attributes: [
                  { name: 'unit', value: 'count' },
                  { name: 'kind', value: 'OUTPUT' },
                  { name: 'direction', value: 'NOT_APPLICABLE' },
                  { name: 'evidenceType', value: 'STATISTICS' },
                  { name: 'domain', value: 'SERVICE_REACH' },
                ],
              },
            ],
          },
        },
        EDITOR_KEY,
      ),
    ).editDraft;
    expect(edited.version).toBe(second.version + 1);
    const corrected = edited.fields.find((f) => f.key === outcome?.key);
    // The corrected value keeps the passage it corrects.
    expect(corrected).toMatchObject({ origin: 'EDITED', confidence: 1, passage: outcome?.passage });

    const accepted = dataOf(
      await api.gql<{
        acceptDraft: {
          draft: { status: string; reviewedBy: string; project: { id: string } | null };
          project: {
            id: string;
            name: string;
            period: unknown;
            municipalities: { municipality: { code: string } }[];
            sectors: { code: string }[];
            costs: {
              kind: string;
              basis: string;
              amount: number;
              citations: { quote: string; source: { sha256: string } }[];
            }[];
            fundings: {
              kind: string;
              amount: number | null;
              funder: { nameFi: string; abbreviation: string } | null;
              citations: { quote: string }[];
            }[];
            outcomes: {
              value: number;
              unit: string;
              kind: string;
              domain: { code: string };
              citations: { quote: string }[];
            }[];
            citations: {
              field: string;
              quote: string;
              start: number;
              end: number;
              source: { sha256: string; title: string };
            }[];
          };
        };
      }>(
        ACCEPT,
        { input: { id: second.id, version: edited.version, note: 'Checked against the page.' } },
        EDITOR_KEY,
      ),
    ).acceptDraft;
    expect(accepted.draft).toMatchObject({
      status: 'ACCEPTED',
      reviewedBy: 'test-editor',
      project: { id: accepted.project.id },
    });
    const p = accepted.project;
    expect(p).toMatchObject({
      name: 'Perhekeskus verkossa',
      period: { start: '2021-08-01', end: '2022-12-31', precision: 'DAY' },
      municipalities: [{ municipality: { code: '211' } }],
    });
    expect(p.sectors.map((s) => s.code).sort()).toEqual(['ECEC', 'FAMILY_COUNSELLING']);
    expect(p.costs).toEqual([
      {
        kind: 'TOTAL_BUDGET',
        basis: 'ESTIMATE',
        amount: 91000,
        citations: [
          {
            quote: '91 000 €',
            start: expect.any(Number),
            end: expect.any(Number),
            source: { fileName: 'kangasala/perhekeskus.txt', sha256: second.document.sha256 },
          },
        ],
      },
    ]);
    expect(p.fundings).toEqual([
      {
        kind: 'EXTERNAL_GRANT',
        amount: 60000,
        funder: { nameFi: 'Opetus- ja kulttuuriministeriö', abbreviation: 'OKM' },
        citations: [{ quote: '60 000 €' }],
      },
    ]);
    expect(p.outcomes).toEqual([
      {
        value: 1240,
        unit: 'count',
        kind: 'OUTPUT',
        domain: { code: 'SERVICE_REACH' },
        citations: [{ quote: expect.stringContaining('1 240 perhettä') }],
      },
    ]);
    expect(p.citations.find((c) => c.field === 'name')).toMatchObject({
      quote: 'Perhekeskus verkossa',
      start: 0,
      end: 'Perhekeskus verkossa'.length,
      source: { sha256: second.document.sha256, title: 'Perhekeskus verkossa' },
    });
    // The passage the editor pointed at is the period's citation.
    expect(p.citations.find((c) => c.field === 'period')?.quote).toBe('Toteutusaika: 1.8.2021 – 31.12.2022');
    expect(await counts()).toEqual({ ...before, projects: { totalCount: before.projects.totalCount + 1 } });

    // Reviewed drafts are final; a later revision cannot create a second record.
    expect(
      errorOf(await api.gql(ACCEPT, { input: { id: second.id, version: edited.version + 1 } }, EDITOR_KEY))
        ?.code,
    ).toBe('CONFLICT');
    const third = dataOf(
      await importAs({
        text: `${OWN('06-kunta-kangasala-inline.txt')}\nPäivitetty sivu.`,
        documentKey: 'kangasala/perhekeskus',
      }),
    ).importDocument.draft;
    const again = await api.gql(ACCEPT, { input: { id: third.id, version: third.version } }, EDITOR_KEY);
    expect(errorOf(again)?.code).toBe('CONFLICT');
    expect(again.errors?.[0]?.message).toContain(accepted.project.id);
  });

  it('a practice description becomes a practice cited in the existing source of the same text', async () => {
    const draft = dataOf(await importAs({ text: SEED('004_30b8deb3a6489ff1.txt') })).importDocument.draft;
    expect(draft).toMatchObject({
      kind: 'PRACTICE',
      document: { genre: 'PRACTICE_DESCRIPTION', layout: 'PROSE' },
    });
    const result = dataOf(
      await api.gql<{
        acceptDraft: {
          practice: {
            name: string;
            phase: string;
            municipality: { code: string };
            citations: { field: string; quote: string; source: { fileName: string } }[];
          };
        };
      }>(ACCEPT, { input: { id: draft.id, version: draft.version } }, EDITOR_KEY),
    ).acceptDraft.practice;
    expect(result).toMatchObject({
      name: '2-vuotistapaaminen neuvolan ja varhaiskasvatuksen yhteistyönä perheen kodissa',
      phase: 'COMPLETED',
      municipality: { code: '851' },
    });
    // The seed is already a source: the new record cites it rather than a copy.
    expect(new Set(result.citations.map((c) => c.source.fileName))).toEqual(
      new Set(['004_30b8deb3a6489ff1.txt']),
    );
    expect(result.citations.map((c) => c.field)).toEqual(
      expect.arrayContaining(['name', 'municipality', 'phase', 'sector:ECEC']),
    );
  });

  it('a draft without a municipality cannot be accepted; rejecting it keeps the reason', async () => {
    const text = OWN('03-tsr-hameenlinna-labels.txt');
    // With the national register loaded, Hämeenlinna is known and found ("Hämeenlinnan kaupunki").
    const found = dataOf(await importAs({ text })).importDocument.draft;
    expect(found.fields.filter((f) => f.field === 'MUNICIPALITY').map((f) => f.value)).toContain('109');
    // The same page with the city's name taken out names no municipality.
    const nameless = text.replaceAll('Hämeenlinnan', 'Kaupungin');
    const draft = dataOf(await importAs({ text: nameless })).importDocument.draft;
    expect(draft.document.genre).toBe('FUNDER_PROJECT_PAGE');
    expect(draft.fields.some((f) => f.field === 'MUNICIPALITY')).toBe(false);
    const refused = await api.gql(ACCEPT, { input: { id: draft.id, version: draft.version } }, EDITOR_KEY);
    expect(errorOf(refused)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'fields.MUNICIPALITY' });
    const rejected = dataOf(
      await api.gql<{ rejectDraft: { status: string; reviewNote: string } }>(
        REJECT,
        { input: { id: draft.id, version: draft.version, reason: 'Hämeenlinna ei kuulu vertailuun.' } },
        EDITOR_KEY,
      ),
    ).rejectDraft;
    expect(rejected).toMatchObject({ status: 'REJECTED', reviewNote: 'Hämeenlinna ei kuulu vertailuun.' });
    const pending = dataOf(
      await api.gql<{ drafts: { totalCount: number } }>(
        '{ drafts(status: PENDING) { totalCount } }',
        {},
        EDITOR_KEY,
      ),
    ).drafts.totalCount;
    expect(pending).toBe(2); // the third revision of the Kangasala page, and the Hämeenlinna page
  });
  it('a PDF file is read through its text layer; the extracted text is stored and every span points into it', async () => {
    const pdf = readFileSync(
      new URL(
        '../../../packages/ingest/test/corpus/14-raportti-hameenlinna-lapsen-polku.pdf',
        import.meta.url,
      ),
    );
    const result = dataOf(await importAs({ base64: pdf.toString('base64'), fileName: 'loppuraportti.pdf' }));
    const draft = result.importDocument.draft;
    const stored = dataOf(
      await api.gql<{ draft: { document: { text: string; fileName: string } } }>(
        `{ draft(id: "${draft.id}") { document { text fileName } } }`,
        {},
        EDITOR_KEY,
      ),
    ).draft.document;
    expect(stored.fileName).toBe('loppuraportti.pdf');
    expect(stored.text).toContain('Sosiaali- ja terveysministeriö rahoitti hanketta 50 % kokonaiskuluista.');
    expect(stored.text).not.toContain('%PDF');
    expect(draft.fields.find((f) => f.key === 'name')?.value).toBe('Lapsen Polku Laadukkaaksi -hanke');
    for (const f of draft.fields) expect(stored.text.slice(f.start ?? 0, f.end ?? 0)).toBe(f.passage);
    const scan = readFileSync(
      new URL('../../../packages/ingest/test/corpus/17-poytakirja-jamijarvi-skannattu.pdf', import.meta.url),
    );
    expect(errorOf(await importAs({ base64: scan.toString('base64') }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.base64',
      problem: 'NO_TEXT_LAYER',
    });
  });
});
