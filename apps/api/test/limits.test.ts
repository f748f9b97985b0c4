import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_ALIASES, MAX_DEPTH } from '../src/graphql/limits';
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
});
