import { readFileSync } from 'node:fs';
import type { StoredDraftField } from '@vertailu/ingest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IndicatorValue } from '../src/modules/indicator/indicator-value.entity';
import { Draft } from '../src/modules/ingestion/draft.entity';
import { createTestApi, DRIVERS, EDITOR_KEY, type TestApi } from './harness';

/**
 * Draft acceptance reads the stored fields once through the draft codec, so a draft stored before the
 * codec (the fixture: fields exactly as the previous draft-fields.ts wrote them, a reviewer's
 * "12500.5" included) still becomes a record, and the derived values are recomputed once.
 */
const TEXT = readFileSync(
  new URL('../../../packages/ingest/test/documents/06-kunta-kangasala-inline.txt', import.meta.url),
  'utf8',
);
const STORED: StoredDraftField[] = JSON.parse(
  readFileSync(
    new URL('../../../packages/ingest/test/fixtures/stored-draft-before-codec.json', import.meta.url),
    'utf8',
  ),
);

const IMPORT = `mutation($input: ImportDocumentInput!) { importDocument(input: $input) { draft { id version } } }`;
const ACCEPT = `mutation($input: AcceptDraftInput!) { acceptDraft(input: $input) {
  project { id costs { kind basis amount exact municipality { code } }
            fundings { kind amount funder { abbreviation } } outcomes { value unit domain { code } } } } }`;

interface Accepted {
  acceptDraft: {
    project: {
      id: string;
      costs: {
        kind: string;
        basis: string;
        amount: number;
        exact: string;
        municipality: { code: string } | null;
      }[];
      fundings: { kind: string; amount: number | null; funder: { abbreviation: string } | null }[];
      outcomes: { value: number; unit: string; domain: { code: string } }[];
    };
  };
}

describe.each(DRIVERS)('draft acceptance through the codec on %s', (driver) => {
  let api: TestApi;
  const statements: string[] = [];
  beforeAll(async () => {
    api = await createTestApi(driver, { onQuery: (sql) => statements.push(sql) });
  });
  afterAll(() => api.close());

  it('accepts a draft stored before the codec, money exact, derived values recomputed once', async () => {
    const imported = await api.gql<{ importDocument: { draft: { id: string; version: number } } }>(
      IMPORT,
      { input: { text: TEXT, documentKey: 'kangasala/stored-before-codec' } },
      EDITOR_KEY,
    );
    const draftId = imported.data?.importDocument.draft.id as string;
    expect(draftId).toBeTruthy();
    // The stored JSON replaced by the fields as the previous code stored them (the outcome given the
    // domain a reviewer would have set): this is what older databases hold.
    const em = api.orm.em.fork();
    const draft = await em.findOneOrFail(Draft, {
      document: { documentKey: 'kangasala/stored-before-codec' },
    });
    draft.fields = STORED.map((f) =>
      f.field === 'OUTCOME' ? { ...f, attributes: { ...f.attributes, domain: 'SERVICE_REACH' } } : f,
    );
    await em.flush();

    statements.length = 0;
    const accepted = await api.gql<Accepted>(
      ACCEPT,
      { input: { id: draftId, version: draft.version } },
      EDITOR_KEY,
    );
    expect(accepted.errors).toBeUndefined();
    const p = accepted.data?.acceptDraft.project as Accepted['acceptDraft']['project'];
    expect(p.costs).toEqual([
      { kind: 'TOTAL_BUDGET', basis: 'ESTIMATE', amount: 86500, exact: '86500.00', municipality: null },
      {
        kind: 'MUNICIPALITY_SHARE',
        basis: 'ESTIMATE',
        amount: 12500.5,
        exact: '12500.50',
        municipality: { code: '211' },
      },
    ]);
    expect(p.fundings).toEqual([{ kind: 'EXTERNAL_GRANT', amount: 60000, funder: { abbreviation: 'OKM' } }]);
    expect(p.outcomes).toEqual([{ value: 1240, unit: 'count', domain: { code: 'SERVICE_REACH' } }]);
    // One recomputation of the new project's derived values (its old rows deleted once), after the costs.
    const deletes = statements.filter((s) => /delete from [`"]indicator_value[`"]/i.test(s));
    expect(deletes).toHaveLength(1);
    const numericId = Number(Buffer.from(p.id, 'base64url').toString('utf8').split(':')[1]);
    const derived = await api.orm.em
      .fork()
      .find(IndicatorValue, { series: `Project:${numericId}`, provenance: 'DERIVED' });
    expect(derived.length).toBeGreaterThan(0);
    expect(derived.every((v) => v.municipality.code === '211')).toBe(true);
  });

  /**
   * Imports the document again under `key` (a text of its own) and changes the stored draft's fields,
   * as an older database or a broken write would hold them; accepts it and returns the answer.
   */
  const acceptChanged = async (
    key: string,
    text: string,
    change: (fields: StoredDraftField[]) => StoredDraftField[],
  ) => {
    const imported = await api.gql<{ importDocument: { draft: { id: string; version: number } } }>(
      IMPORT,
      { input: { text, documentKey: key } },
      EDITOR_KEY,
    );
    const em = api.orm.em.fork();
    const draft = await em.findOneOrFail(Draft, { document: { documentKey: key } });
    draft.fields = change(draft.fields);
    await em.flush();
    const answer = await api.gql(
      ACCEPT,
      { input: { id: imported.data?.importDocument.draft.id, version: draft.version } },
      EDITOR_KEY,
    );
    return { answer, draftId: draft.id };
  };

  it('refuses a stored field that does not decode, naming it by its key', async () => {
    const { answer: refused } = await acceptChanged(
      'kangasala/broken-stored-field',
      `${TEXT}\nToinen versio.`,
      (fields) => fields.map((f) => (f.key === 'period' ? { ...f, value: '2021-08-01' } : f)),
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'fields.period.value',
    });
  });

  it('refuses an amount above the maximum at the draft field, keeping nothing', async () => {
    const count = async () =>
      Number((await api.orm.em.fork().getConnection().execute('select count(*) as n from project'))[0]?.n);
    const before = await count();
    let key = '';
    // 2 000 000 000 000 €: above the 10^12 € that the draft codec and the cost use case both allow.
    const { answer: refused, draftId } = await acceptChanged(
      'kangasala/amount-too-large',
      `${TEXT}\nKolmas versio.`,
      (fields) => {
        const amount = fields.find((f) => f.field === 'AMOUNT' && f.attributes?.role !== 'GRANT');
        key = amount?.key ?? '';
        return fields.map((f) => (f === amount ? { ...f, value: '2000000000000' } : f));
      },
    );
    expect(key).not.toBe('');
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: `fields.${key}.value`,
    });
    expect(refused.errors?.[0]?.message).toBe(
      `fields.${key}.value: must be a non-negative number (at most two decimals).`,
    );
    expect(await count()).toBe(before);
    expect((await api.orm.em.fork().findOneOrFail(Draft, { id: draftId })).status).toBe('PENDING');
  });
});
