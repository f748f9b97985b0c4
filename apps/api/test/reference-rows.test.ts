import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDataset } from '../src/db/seed/seeder';
import { Indicator } from '../src/modules/indicator/indicator.entity';
import { Municipality } from '../src/modules/municipality/municipality.entity';
import { Term } from '../src/modules/vocabulary/term.entity';
import { createTestApi, DRIVERS, dataOf, type TestApi } from './harness';

/**
 * The process-wide reference rows (db/reference-rows.ts): municipalities, indicators and terms are read
 * once per data version, and a write in this process is seen by the very next read.
 */
describe.each(DRIVERS)('reference rows by data version on %s', (driver) => {
  let api: TestApi;
  const statements: string[] = [];
  beforeAll(async () => {
    api = await createTestApi(driver, { onQuery: (sql) => statements.push(sql) });
  });
  afterAll(() => api.close());

  // A municipality and an indicator through the request's loaders (the comparison's rows), and an
  // outcome domain through the outcome matrix's columns.
  const QUERY = `{
    compareMunicipalities(municipalities: ["851"], indicators: ["PROJECT_COUNT"]) {
      indicator { nameFi } rows { municipality { nameFi } } }
    outcomeMatrix(municipalities: ["851"], domains: ["COOPERATION"]) { domain { nameFi } }
  }`;
  type Answer = {
    compareMunicipalities: { indicator: { nameFi: string }; rows: { municipality: { nameFi: string } }[] }[];
    outcomeMatrix: { domain: { nameFi: string } }[];
  };
  const read = async () => {
    statements.length = 0;
    const d = dataOf<Answer>(await api.gql(QUERY));
    const [comparison] = d.compareMunicipalities;
    return {
      municipality: comparison?.rows[0]?.municipality.nameFi,
      indicator: comparison?.indicator.nameFi,
      domain: d.outcomeMatrix[0]?.domain.nameFi,
    };
  };
  /** Statements of this request that read a reference table, by table. */
  const referenceReads = () =>
    ['municipality', 'indicator', 'term'].filter((t) =>
      statements.some((s) => new RegExp(`from ["\`]?${t}["\`]?( |$)`).test(s)),
    );
  const rename = async (
    entity: typeof Municipality | typeof Indicator | typeof Term,
    where: object,
    nameFi: string,
  ) => {
    const em = api.orm.em.fork();
    const row = await em.findOneOrFail(entity as typeof Municipality, where as never);
    row.nameFi = nameFi;
    await em.flush();
  };

  it('reads each reference table once per data version, and no more while nothing is written', async () => {
    const first = await read();
    expect(first).toEqual({ municipality: 'Tornio', indicator: 'Hankkeiden määrä', domain: 'yhteistyö' });
    expect(referenceReads().length).toBeGreaterThan(0);
    await read();
    expect(referenceReads()).toEqual([]);
  });

  it('shows a changed municipality, indicator or term to the very next read, and a seeded reload after it', async () => {
    const original = await read();
    await rename(Municipality, { code: '851' }, 'Tornio (muutettu)');
    expect(await read()).toEqual({ ...original, municipality: 'Tornio (muutettu)' });
    await rename(Indicator, { code: 'PROJECT_COUNT' }, 'Hankkeita (muutettu)');
    expect(await read()).toEqual({
      ...original,
      municipality: 'Tornio (muutettu)',
      indicator: 'Hankkeita (muutettu)',
    });
    await rename(Term, { vocabulary: 'OUTCOME_DOMAIN', code: 'COOPERATION' }, 'Yhteistyö (muutettu)');
    expect(await read()).toEqual({
      municipality: 'Tornio (muutettu)',
      indicator: 'Hankkeita (muutettu)',
      domain: 'Yhteistyö (muutettu)',
    });
    // The seeder puts the data set's names back in one transaction: the next read has them all.
    await seedDataset(api.orm, { force: true });
    expect(await read()).toEqual(original);
  });
});
