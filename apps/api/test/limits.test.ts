import { readdirSync, readFileSync } from 'node:fs';
import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { examples } from '../../playground/src/examples';
import { MAX_ALIASES, MAX_COST, MAX_DEPTH, MAX_DIRECTIVES } from '../src/graphql/limits';
import { createTestApi, dataOf, type TestApi } from './harness';

describe('query abuse limits', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi('sqlite', { seed: false });
  });
  afterAll(() => api.close());

  it('still allows the full introspection query the playground sends', async () => {
    const result = await api.gql(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }));
    expect(result.errors).toBeUndefined();
  });

  it('refuses queries nested deeper than the limit, also through fragments', async () => {
    const nest = (levels: number) =>
      `{ municipalities { edges { node { ${'projects { edges { node { practices { parentProject { '.repeat(levels)}name${' } } } } }'.repeat(levels)} } } } }`;
    expect(dataOf(await api.gql(nest(1)))).toBeTruthy();
    const deep = await api.gql(nest(4));
    // Apollo reports every validation failure as GRAPHQL_VALIDATION_FAILED (HTTP 400); the message says which limit.
    expect(deep.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(deep.errors?.[0]?.message).toContain(`at most ${MAX_DEPTH}`);
    const viaFragment = await api.gql(
      `query { ...A } fragment A on Query { municipalities { edges { node { ${'projects { edges { node { practices { parentProject { '.repeat(4)}name${' } } } } }'.repeat(4)} } } } }`,
    );
    expect(viaFragment.errors?.[0]?.message).toMatch(/levels deep; at most/);
  });

  it('refuses alias floods', async () => {
    const ok = Array.from({ length: MAX_ALIASES }, (_, i) => `a${i}: __typename`).join(' ');
    expect((await api.gql(`{ ${ok} }`)).errors).toBeUndefined();
    const flood = await api.gql(`{ ${ok} extra: __typename }`);
    expect(flood.errors?.[0]?.message).toBe(
      `The query uses ${MAX_ALIASES + 1} aliases; at most ${MAX_ALIASES} are allowed.`,
    );
  });

  it('refuses queries whose page-size-weighted cost is too high, even when shallow', async () => {
    const fanOut = `{ municipalities(first: 100) { edges { node { projects(first: 100) { edges { node {
      fundings { citations { quote } } outcomes { citations { quote } } } } } } } } }`;
    const result = await api.gql(fanOut);
    expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors?.[0]?.message).toMatch(new RegExp(`may cost \\d+ .*at most ${MAX_COST}`));
    // Page sizes given as variables count with their value (the cost is checked once variables are known).
    const viaVariable = (n: number) =>
      api.gql(
        `query($n: Int) { municipalities(first: $n) { edges { node { projects(first: $n) { edges { node {
        fundings { citations { quote } } outcomes { citations { quote } } } } } } } } }`,
        { n },
      );
    expect((await viaVariable(100)).errors?.[0]?.message).toMatch(/may cost/);
    expect((await viaVariable(1)).errors).toBeUndefined();
    expect(
      dataOf(
        await api.gql(
          '{ municipalities(first: 4) { edges { node { projects(first: 10) { totalCount } } } } }',
        ),
      ),
    ).toBeTruthy();
  });

  it('refuses directive floods', async () => {
    const many = Array.from(
      { length: MAX_DIRECTIVES + 1 },
      (_, i) => `f${i}: __typename @include(if: true)`,
    ).join(' ');
    const result = await api.gql(`{ ${many} }`);
    expect(result.errors?.map((e) => e.message)).toContain(
      `The query uses ${MAX_DIRECTIVES + 1} directives; at most ${MAX_DIRECTIVES} are allowed.`,
    );
  });

  it('lets every query the dashboard and the playground examples send through all limits', async () => {
    const dir = new URL('../../dashboard/src/graphql/', import.meta.url);
    const documents = readdirSync(dir)
      .filter((f) => f.endsWith('.graphql'))
      .map((f) => readFileSync(new URL(f, dir), 'utf8'));
    expect(documents.length).toBeGreaterThan(0);
    const operations = [
      ...documents.flatMap((d) =>
        [...d.matchAll(/^query (\w+)/gm)].map((m) => ({ query: d, operationName: m[1] })),
      ),
      ...examples
        .filter((e) => !/^\s*mutation/.test(e.query))
        .map((e) => ({ query: e.query, operationName: undefined })),
    ];
    for (const op of operations) {
      const result = await api.app.apollo.executeOperation(
        {
          query: op.query,
          operationName: op.operationName,
          // What the dashboard sends for a wellbeing services county of 15 municipalities (larger ones at
          // national density are refused by the outcome matrix's cost until a cell's results are paged).
          variables: {
            codes: ['851'],
            code: '851',
            id: 'x',
            first: 100,
            municipalities: Array.from({ length: 15 }, (_, i) => String(i).padStart(3, '0')),
            indicators: Array.from({ length: 10 }, (_, i) => `I${i}`),
            indicator: 'OWN_PROJECT_COST',
            // One figure's explanation is asked for one municipality and one indicator, when opened.
            ...(op.operationName === 'ExplainFigure'
              ? { municipalities: ['851'], indicators: ['NET_OWN_CONTRIBUTION'] }
              : {}),
            // An opened matrix cell's passages are asked for its one municipality.
            ...(op.operationName === 'MatrixCell' ? { municipalities: ['851'] } : {}),
          },
        },
        { contextValue: await api.app.contextFor(undefined) },
      );
      const errors = result.body.kind === 'single' ? (result.body.singleResult.errors ?? []) : [];
      expect(
        errors.filter(
          (e) =>
            e.extensions?.code === 'GRAPHQL_VALIDATION_FAILED' ||
            e.extensions?.code === 'GRAPHQL_PARSE_FAILED',
        ),
        op.operationName ?? op.query.slice(0, 60),
      ).toEqual([]);
    }
  });
});
