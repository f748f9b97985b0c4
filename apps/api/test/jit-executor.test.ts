import { GraphQLObjectType, GraphQLSchema, GraphQLString, GraphQLUnionType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jitGateway } from '../src/graphql/jit-executor';
import { createTestApi, dataOf, type TestApi } from './harness';

/**
 * Operations run compiled (graphql-jit behind Apollo's executor hook). What clients rely on must be what
 * graphql-js gave: errors with their path, locations and code, variable errors as BAD_USER_INPUT in
 * graphql-js's words, null where a field failed and the rest of the answer intact.
 */
describe('the compiled executor', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi('sqlite');
  }, 60_000);
  afterAll(() => api?.close());

  it("answers a resolver's domain error with its path, location, code and field", async () => {
    const r = await api.gql('{\n  projects(first: 0) { totalCount }\n}');
    expect(r.data).toBeNull();
    expect(r.errors).toEqual([
      {
        message: 'first: must be an integer from 1 to 100.',
        locations: [{ line: 2, column: 3 }],
        path: ['projects'],
        extensions: { code: 'BAD_USER_INPUT', field: 'first' },
      },
    ]);
  });

  it('keeps the rest of the answer when one field fails (null where it failed)', async () => {
    // municipalityProfile is nullable: its error stops there (a non-null field's would null the whole answer).
    const r = await api.gql<{ a: { totalCount: number } | null; b: object | null }>(
      '{ a: projects(first: 1) { totalCount } b: municipalityProfile(code: "x") { municipality { code } } }',
    );
    expect(r.data?.a?.totalCount).toBe(3);
    expect(r.data?.b).toBeNull();
    expect(r.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([[['b'], 'BAD_USER_INPUT']]);
  });

  it('refuses variables as graphql-js does: its message, BAD_USER_INPUT, no data', async () => {
    const r = await api.gql('query($f: ProjectFilter) { projects(filter: $f) { totalCount } }', {
      f: { years: { from: 2.5 } },
    });
    expect(r.data).toBeUndefined();
    expect(r.errors?.[0]?.message).toBe(
      'Variable "$f" got invalid value 2.5 at "f.years.from"; Int cannot represent non-integer value: 2.5',
    );
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('answers the same document again from its compiled form, with other variables', async () => {
    const query = 'query($n: Int) { municipalities(first: $n) { edges { node { code nameFi } } } }';
    const one = dataOf(await api.gql<{ municipalities: { edges: unknown[] } }>(query, { n: 1 }));
    const three = dataOf(await api.gql<{ municipalities: { edges: unknown[] } }>(query, { n: 3 }));
    expect(one.municipalities.edges).toHaveLength(1);
    expect(three.municipalities.edges).toHaveLength(3);
    expect(three.municipalities.edges[0]).toEqual(one.municipalities.edges[0]);
  });

  it('refuses at start a schema whose abstract type resolves asynchronously, naming it', () => {
    const A = new GraphQLObjectType({ name: 'A', fields: { a: { type: GraphQLString } } });
    const AOrNothing = new GraphQLUnionType({ name: 'AOrNothing', types: [A], resolveType: async () => 'A' });
    const schema = new GraphQLSchema({
      query: new GraphQLObjectType({ name: 'Query', fields: { x: { type: AOrNothing } } }),
    });
    expect(() => jitGateway(schema)).toThrow(/AOrNothing: its resolveType is asynchronous/);
    // The same union resolved synchronously is taken.
    const sync = new GraphQLUnionType({ name: 'AOrNothing', types: [A], resolveType: () => 'A' });
    expect(() =>
      jitGateway(
        new GraphQLSchema({ query: new GraphQLObjectType({ name: 'Query', fields: { x: { type: sync } } }) }),
      ),
    ).not.toThrow();
  });
});
