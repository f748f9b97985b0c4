import type { EntityManager } from '@mikro-orm/knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { columnsFor, findPlain, plainColumns, readSql } from '../src/db/plain';
import { toGlobalId } from '../src/graphql/global-id';
import { AuditEntry } from '../src/modules/audit/audit-entry.entity';
import { Project } from '../src/modules/project/project.entity';
import { Period } from '../src/modules/search/period.entity';
import { createTestApi, DRIVERS, dataOf, EDITOR_KEY, type TestApi } from './harness';

const PERIOD = 'period { start end precision startYear endYear }';
const READ = `query($id: ID!) { project(id: $id) { ${PERIOD} dates { kind field start end precision } } }`;
const UPDATE = `mutation($input: UpdateProjectInput!) { updateProject(input: $input) { version ${PERIOD} } }`;
const IN_YEARS = `query($from: Int, $to: Int) {
  projects(first: 100, filter: { years: { from: $from, to: $to } }) { edges { node { name } } } }`;

/**
 * The period is one embeddable (`Period`): written by the entity and the editing use cases, stored in
 * the columns it always had, read back by the plain rows and served by GraphQL with its precision.
 */
describe.each(DRIVERS)('a period round-trips on %s', (driver) => {
  let api: TestApi;
  let id: number;
  let globalId: string;
  beforeAll(async () => {
    api = await createTestApi(driver, { seed: false });
    const em = api.orm.em.fork() as EntityManager;
    const project = em.create(Project, {
      name: 'Kausihanke',
      period: Period.of({ start: '2021-01-01', end: '2022-12-31', precision: 'YEAR' }),
      searchText: '',
    });
    await em.flush();
    id = project.id;
    globalId = toGlobalId('Project', String(id));
  }, 120_000);
  afterAll(() => api?.close());

  /** The period's columns as the database holds them. */
  const columns = async () => {
    const em = api.orm.em.fork() as EntityManager;
    const [row] = await readSql(em)('project')
      .select('start_date', 'end_date', 'period_precision', 'start_year', 'end_year')
      .where('id', id);
    return row;
  };
  const plainPeriod = async () => {
    const em = api.orm.em.fork() as EntityManager;
    const [row] = await findPlain(em, Project, { id });
    return row?.period;
  };
  const read = async () =>
    dataOf(
      await api.gql<{ project: { period: unknown; dates: Record<string, unknown>[] } }>(READ, {
        id: globalId,
      }),
    ).project;

  it('is written by the entity into the columns it always had, years derived', async () => {
    const row = (await columns()) as Record<string, unknown>;
    expect({ ...row, start_date: String(row.start_date), end_date: String(row.end_date) }).toEqual({
      start_date: '2021-01-01',
      end_date: '2022-12-31',
      period_precision: 'YEAR',
      start_year: 2021,
      end_year: 2022,
    });
  });

  it('is read back by the plain rows as a Period, and asked alone reads only its columns', async () => {
    const period = await plainPeriod();
    expect(period).toBeInstanceOf(Period);
    expect({ ...period }).toEqual({
      start: '2021-01-01',
      end: '2022-12-31',
      precision: 'YEAR',
      startYear: 2021,
      endYear: 2022,
    });
    const em = api.orm.em.fork() as EntityManager;
    const only = columnsFor(em, Project, ['period']);
    expect(only).toEqual(['id', 'period']);
    expect(plainColumns(em, Project, 'p', only)).toEqual([
      'p.id',
      'p.start_date',
      'p.end_date',
      'p.period_precision',
      'p.start_year',
      'p.end_year',
    ]);
  });

  it('is served by GraphQL with its precision, and as the period among the dates', async () => {
    expect(await read()).toEqual({
      period: { start: '2021-01-01', end: '2022-12-31', precision: 'YEAR', startYear: 2021, endYear: 2022 },
      dates: [{ kind: 'PERIOD', field: 'period', start: '2021-01-01', end: '2022-12-31', precision: 'YEAR' }],
    });
  });

  it('is rewritten by the editing use case, years derived again, and found by the year filter', async () => {
    const updated = dataOf(
      await api.gql<{ updateProject: unknown }>(
        UPDATE,
        {
          input: { id: globalId, version: 1, period: { start: '2023-03-01', end: null, precision: 'MONTH' } },
        },
        EDITOR_KEY,
      ),
    ).updateProject;
    const month = { start: '2023-03-01', end: null, precision: 'MONTH', startYear: 2023, endYear: null };
    expect(updated).toEqual({ version: 2, period: month });
    expect((await read()).period).toEqual(month);
    expect((await columns()) as Record<string, unknown>).toMatchObject({
      period_precision: 'MONTH',
      start_year: 2023,
      end_year: null,
    });
    const names = async (from: number, to: number) =>
      dataOf(
        await api.gql<{ projects: { edges: { node: { name: string } }[] } }>(IN_YEARS, { from, to }),
      ).projects.edges.map((e) => e.node.name);
    expect(await names(2024, 2030)).toEqual(['Kausihanke']); // open-ended: runs on
    expect(await names(2021, 2022)).toEqual([]);
    // The audit log names the period's columns by their path on the record.
    const [entry] = await (api.orm.em.fork() as EntityManager).find(AuditEntry, {
      entityType: 'Project',
      action: 'UPDATE',
    });
    expect(entry?.before).toMatchObject({
      'period.start': '2021-01-01',
      'period.end': '2022-12-31',
      'period.precision': 'YEAR',
      'period.startYear': 2021,
      'period.endYear': 2022,
    });
    expect(entry?.after).toMatchObject({
      'period.start': '2023-03-01',
      'period.end': null,
      'period.precision': 'MONTH',
      'period.startYear': 2023,
      'period.endYear': null,
    });
  });

  it('is cleared by the editing use case: every column null, no period on any path', async () => {
    const cleared = dataOf(
      await api.gql<{ updateProject: unknown }>(
        UPDATE,
        { input: { id: globalId, version: 2, period: null } },
        EDITOR_KEY,
      ),
    ).updateProject;
    expect(cleared).toEqual({ version: 3, period: null });
    expect(await columns()).toEqual({
      start_date: null,
      end_date: null,
      period_precision: null,
      start_year: null,
      end_year: null,
    });
    expect(await plainPeriod()).toBeNull();
    expect(await read()).toEqual({ period: null, dates: [] });
  });

  it('is in the audit log of a deletion, by its paths', async () => {
    const deleted = await api.gql(
      'mutation($input: DeleteInput!) { deleteProject(input: $input) }',
      { input: { id: globalId, version: 3 } },
      EDITOR_KEY,
    );
    expect(dataOf(deleted)).toEqual({ deleteProject: globalId });
    const [entry] = await (api.orm.em.fork() as EntityManager).find(AuditEntry, {
      entityType: 'Project',
      action: 'DELETE',
    });
    expect(entry?.before).toMatchObject({
      name: 'Kausihanke',
      'period.start': null,
      'period.precision': null,
    });
  });
});
