import {
  type ExecutionResult,
  execute,
  GraphQLFloat,
  GraphQLInt,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  GraphQLUnionType,
  parse,
} from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
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

  it('serialises values as graphql-js does, in lists and out: a bad value is an error at its path, a null in a non-null field nulls its parent, a promised item waits', async () => {
    // graphql-jit is patched (patches/graphql-jit@0.8.9.patch) so that a leaf and a list item allocate
    // nothing when they succeed; what a failure answers must not change.
    const Row = new GraphQLObjectType({
      name: 'Row',
      fields: {
        f: { type: GraphQLFloat },
        i: { type: GraphQLInt },
        s: { type: new GraphQLNonNull(GraphQLString) },
        n: { type: new GraphQLList(new GraphQLNonNull(GraphQLInt)) },
      },
    });
    const rows = () => [
      { f: 1.5, i: 2, s: 'Äänekoski – ”ÅÖ”', n: [1, 2] },
      { f: Number.NaN, i: 1.5, s: 'x', n: [3, 'z'] },
      { f: new Error('no figure'), i: '7', s: null, n: null },
      Promise.resolve({ f: '2.25', i: Number.POSITIVE_INFINITY, s: 5, n: [4, null] }),
      null,
    ];
    const schema = new GraphQLSchema({
      query: new GraphQLObjectType({
        name: 'Query',
        fields: {
          rows: { type: new GraphQLList(Row), resolve: rows },
          // One failing item: graphql-jit (patched or not) reports every null item of a non-null list,
          // graphql-js the first.
          strict: { type: new GraphQLList(new GraphQLNonNull(Row)), resolve: () => rows().slice(0, 4) },
          x: { type: new GraphQLNonNull(GraphQLFloat), resolve: () => 'not a number' },
        },
      }),
    });
    const document = parse('{ rows { f i s n } strict { s } }');
    const compiled = compileQuery(schema, document, undefined, { disablingCapturingStackErrors: true });
    if (!isCompiledQuery(compiled)) throw new Error('did not compile');
    const plain = (r: ExecutionResult) => ({
      data: JSON.parse(JSON.stringify(r.data)),
      errors: (r.errors ?? [])
        .map((e) => ({ message: e.message, path: e.path, locations: e.locations }))
        .sort((a, b) => JSON.stringify(a.path).localeCompare(JSON.stringify(b.path))),
    });
    const jit = plain((await compiled.query(undefined, {}, {})) as ExecutionResult);
    const reference = plain(await execute({ schema, document }));
    expect(jit).toEqual(reference);
    expect(reference.data.rows[0]).toEqual({ f: 1.5, i: 2, s: 'Äänekoski – ”ÅÖ”', n: [1, 2] });
    expect(reference.data.rows[3]).toEqual({ f: 2.25, i: null, s: '5', n: null });
    expect(reference.data.rows[4]).toBeNull();
    expect(reference.errors.map((e) => e.path)).toContainEqual(['rows', 1, 'f']);
    expect(reference.data.strict).toBeNull();
    // And a failing non-null leaf at the top.
    const top = parse('{ x }');
    const compiledTop = compileQuery(schema, top, undefined, { disablingCapturingStackErrors: true });
    if (!isCompiledQuery(compiledTop)) throw new Error('did not compile');
    expect(plain((await compiledTop.query(undefined, {}, {})) as ExecutionResult)).toEqual(
      plain(await execute({ schema, document: top })),
    );
  });

  it('lists any iterable as graphql-js does; a failed promised item is null at its own place (patched)', async () => {
    // The patched safeMap reads an array by index into a result of its length; a rejected item was
    // pushed at the end (unpatched graphql-jit: [1, null, 3, null] for three items).
    const Box = new GraphQLObjectType({ name: 'Box', fields: { v: { type: GraphQLInt } } });
    const schema = new GraphQLSchema({
      query: new GraphQLObjectType({
        name: 'Query',
        fields: {
          frozen: { type: new GraphQLList(GraphQLInt), resolve: () => Object.freeze([2019]) },
          empty: { type: new GraphQLList(GraphQLInt), resolve: () => [] },
          set: { type: new GraphQLList(GraphQLInt), resolve: () => new Set([3, 1, 2]) },
          mixed: {
            type: new GraphQLList(GraphQLInt),
            resolve: () => [1, Promise.reject(new Error('late failure')), 3, Promise.resolve(4)],
          },
          boxes: {
            type: new GraphQLList(Box),
            resolve: () => [{ v: 1 }, Promise.reject(new Error('no box')), { v: 3 }],
          },
          nested: { type: new GraphQLList(new GraphQLList(GraphQLInt)), resolve: () => [[1], [], [2, 3]] },
        },
      }),
    });
    const document = parse('{ frozen empty set mixed boxes { v } nested }');
    const compiled = compileQuery(schema, document, undefined, { disablingCapturingStackErrors: true });
    if (!isCompiledQuery(compiled)) throw new Error('did not compile');
    const plain = (r: ExecutionResult) => ({
      data: JSON.parse(JSON.stringify(r.data)),
      errors: (r.errors ?? []).map((e) => ({ message: e.message, path: e.path })),
    });
    const jit = plain((await compiled.query(undefined, {}, {})) as ExecutionResult);
    expect(jit).toEqual(plain(await execute({ schema, document })));
    expect(jit.data).toEqual({
      frozen: [2019],
      empty: [],
      set: [3, 1, 2],
      mixed: [1, null, 3, 4],
      boxes: [{ v: 1 }, null, { v: 3 }],
      nested: [[1], [], [2, 3]],
    });
    expect(jit.errors).toEqual([
      { message: 'late failure', path: ['mixed', 1] },
      { message: 'no box', path: ['boxes', 1] },
    ]);
  });

  it("reads a relation asked for its key alone from the row (patched): no resolver call, graphql-js's answer", async () => {
    const Place = new GraphQLObjectType({
      name: 'Place',
      fields: { code: { type: new GraphQLNonNull(GraphQLString) }, name: { type: GraphQLString } },
    });
    const names: Record<string, string> = { '020': 'Akaa', '211': 'Kangasala' };
    let calls = 0;
    // As graphql/relations.ts makes them: the row holds a stub with the key; the resolver loads the rest.
    const resolve = Object.assign(
      (row: { place: { code: string } | null }) => {
        calls++;
        return row.place && { code: row.place.code, name: names[row.place.code] ?? null };
      },
      { keyOnSource: 'code' },
    );
    const schema = new GraphQLSchema({
      query: new GraphQLObjectType({
        name: 'Query',
        fields: {
          rows: {
            type: new GraphQLList(
              new GraphQLObjectType({
                name: 'Row',
                fields: { n: { type: GraphQLInt }, place: { type: Place, resolve } },
              }),
            ),
            resolve: () => [
              { n: 1, place: { code: '020' } },
              { n: 2, place: null },
              { n: 3, place: { code: '211' } },
            ],
          },
        },
      }),
    });
    const run = async (query: string) => {
      const document = parse(query);
      const compiled = compileQuery(schema, document, undefined, { disablingCapturingStackErrors: true });
      if (!isCompiledQuery(compiled)) throw new Error('did not compile');
      calls = 0;
      const jit = (await compiled.query(undefined, {}, {})) as ExecutionResult;
      const jitCalls = calls;
      expect(JSON.parse(JSON.stringify(jit))).toEqual(
        JSON.parse(JSON.stringify(await execute({ schema, document }))),
      );
      return { data: JSON.parse(JSON.stringify(jit.data)), jitCalls };
    };
    const keyOnly = await run('{ rows { n place { code __typename } } }');
    expect(keyOnly.jitCalls).toBe(0);
    expect(keyOnly.data.rows.map((r: { place: unknown }) => r.place)).toEqual([
      { code: '020', __typename: 'Place' },
      null,
      { code: '211', __typename: 'Place' },
    ]);
    // An alias of the key is still the key; any other field, or a fragment, goes through the resolver.
    expect((await run('{ rows { place { k: code } } }')).jitCalls).toBe(0);
    const named = await run('{ rows { place { code name } } }');
    expect(named.jitCalls).toBe(3);
    expect(named.data.rows[2].place).toEqual({ code: '211', name: 'Kangasala' });
    expect((await run('{ rows { place { ... on Place { code } } } }')).jitCalls).toBe(3);
  });
});
