import { randomBytes } from 'node:crypto';
import { type ClientRequest, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Config } from '../src/config';
import { MAX_ROWS } from '../src/core/budget';
import { MAX_ALIASES, MAX_DEPTH, MAX_DIRECTIVES } from '../src/graphql/limits';
import { Loaders } from '../src/graphql/loaders';
import { responseSizeCap } from '../src/http/response-cache';
import { Project } from '../src/modules/project/project.entity';
import { createTestApi, DRIVERS, EDITOR_KEY, type TestApi } from './harness';

/**
 * The attacks an audit found (issue 13) and the older limits, replayed against the app in production
 * mode on every database: each must end with the right status and code, quickly, and `/health` must
 * keep answering within 100 ms while the attack runs. Time bounds are generous (a loaded 2-core
 * machine); they catch seconds-long stalls, not milliseconds.
 */

/** An app in production mode listening on loopback. */
function served(driver: 'sqlite' | 'postgresql', config: Partial<Config> = {}, seed = false) {
  const s = { api: undefined as unknown as TestApi, base: '' };
  beforeAll(async () => {
    s.api = await createTestApi(driver, { seed, config: { env: 'production', ...config } });
    await new Promise<void>((resolve) => s.api.app.httpServer.listen(0, '127.0.0.1', resolve));
    s.base = `http://127.0.0.1:${(s.api.app.httpServer.address() as AddressInfo).port}`;
  }, 60_000);
  afterAll(() => s.api.close());
  return s;
}

interface Body {
  data?: Record<string, unknown> | null;
  errors?: { message: string; path?: unknown[]; extensions?: { code?: string; field?: string } }[];
}

const GRAPHQL_RESPONSE = 'application/graphql-response+json';

async function post(base: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: GRAPHQL_RESPONSE, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  let json: Body = {};
  try {
    json = JSON.parse(text) as Body;
  } catch {
    // not JSON: the assertions on `json` fail and show the status
  }
  return { status: res.status, headers: res.headers, json, bytes: text.length };
}

/**
 * Runs an attack while polling /health; returns the attack's result, how long it took, and the
 * typical (median) and slowest health answer seen meanwhile (the attack is sent `repeat` times in a
 * row; `ms` is the first's time). `slowestHealth` is the median answer's time beyond the machine's
 * idle answer measured just before: on a shared 2-core machine any single answer may wait for the CPU,
 * while a blocked event loop delays them all. `worstHealth`, the slowest single answer, gets a bound
 * of its own (1 s, against the 13 s stalls the audit saw). Over 100 ms, it is measured once more.
 */
async function underAttack<T>(base: string, attack: () => Promise<T>, repeat = 5) {
  // A blocked event loop delays /health every time; a CPU spike from another process on a shared
  // machine rarely twice in a row: a second measurement decides before a stall is reported.
  const first = await measureAttack(base, attack, repeat);
  if (first.slowestHealth < 100) return first;
  const second = await measureAttack(base, attack, repeat);
  return second.slowestHealth < first.slowestHealth ? second : first;
}

async function measureAttack<T>(base: string, attack: () => Promise<T>, repeat: number) {
  // Warm connection and a baseline: what /health takes on this machine right now, with no attack.
  const idle: number[] = [];
  for (let i = 0; i < 10; i++) {
    const t = performance.now();
    await (await fetch(`${base}/health`)).text();
    idle.push(performance.now() - t);
  }
  const baseline = median(idle.slice(1));
  const started = performance.now();
  let done = false;
  const times: number[] = [];
  const poll = (async () => {
    do {
      const t = performance.now();
      const res = await fetch(`${base}/health`);
      await res.text();
      times.push(performance.now() - t);
      await new Promise((r) => setTimeout(r, 2));
    } while (!done);
  })();
  try {
    // Repeated, so that a quick attack still overlaps enough health checks for a median to mean something.
    let result = await attack();
    const ms = performance.now() - started;
    for (let i = 1; i < repeat; i++) result = await attack();
    return { result, ms, ...(await healthOf()) };
  } finally {
    done = true;
    await poll;
  }
  async function healthOf() {
    done = true;
    await poll;
    if (process.env.DEBUG_HEALTH)
      console.log(
        Math.round(baseline),
        Math.round(performance.now() - started),
        times.map(Math.round).join(' '),
      );
    const worstHealth = Math.max(...times);
    expect(worstHealth, 'slowest /health answer during the attack').toBeLessThan(1000);
    return { slowestHealth: Math.max(0, median(times) - baseline), worstHealth };
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** `project(id) { practices { parentProject { … practices { id } } } }`: `levels` lists of practices. */
function cycle(levels: number, alias = 'a'): string {
  return `${alias}: project(id: "UHJvamVjdDoz") { ${'practices { parentProject { '.repeat(levels - 1)}practices { id }${' } }'.repeat(levels - 1)} }`;
}

const CODES = ['851', '020', '211', '186'];
let INDICATORS: string[] = [];

describe.each(DRIVERS)('attacks on %s, in production mode', (driver) => {
  const s = served(driver, {}, true);
  beforeAll(async () => {
    const res = await post(s.base, { query: '{ indicators { code } }' });
    INDICATORS = ((res.json.data?.indicators ?? []) as { code: string }[]).map((i) => i.code);
  });

  it('refuses fan-out through a cycle of unpaged lists before running it (HIGH 1)', async () => {
    const query = `{ ${[cycle(7, 'a'), cycle(7, 'b'), cycle(7, 'c')].join(' ')} }`;
    const { result, ms, slowestHealth } = await underAttack(s.base, () => post(s.base, { query }));
    expect(result.status).toBe(400);
    expect(result.json.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.json.errors?.[0]?.message).toMatch(/may cost/);
    expect(ms).toBeLessThan(2000);
    expect(slowestHealth).toBeLessThan(100);
    // Going round the cycle once is ordinary use and allowed.
    const once = await post(s.base, { query: `{ ${cycle(2)} }` });
    expect(once.status).toBe(200);
    expect(once.json.errors).toBeUndefined();
  });

  it('counts page sizes given as variables by their value', async () => {
    const query = `query($n: Int) { municipalities(first: $n) { edges { node { projects(first: $n) { edges { node {
      fundings { citations { quote } } outcomes { citations { quote } } } } } } } } }`;
    expect((await post(s.base, { query, variables: { n: 2 } })).json.errors).toBeUndefined();
    const big = await post(s.base, { query, variables: { n: 100 } });
    expect(big.status).toBe(400);
    expect(big.json.errors?.[0]?.message).toMatch(/may cost/);
  });

  it('weighs a comparison by the codes it is given, and refuses duplicate codes (HIGH 2)', async () => {
    const explained = `query($m: [String!]!, $i: [String!]!) { compareMunicipalities(municipalities: $m, indicators: $i) {
      rows { value explanation { formula inputs { label value recordId } } } } }`;
    const dup = await underAttack(s.base, () =>
      post(s.base, {
        query: explained,
        variables: { m: Array.from({ length: 100 }, () => CODES).flat(), i: INDICATORS.slice(0, 50) },
      }),
    );
    // The attack's shape (4 codes × 100, 50 indicators, explained) is refused before it runs …
    expect(dup.result.status).toBe(400);
    expect(dup.result.json.errors?.[0]?.message).toMatch(/may cost/);
    expect(dup.ms).toBeLessThan(2000);
    expect(dup.slowestHealth).toBeLessThan(100);
    // … and a code given twice is refused however small the query.
    const twice = await post(s.base, {
      query: explained,
      variables: { m: ['851', '020', '851'], i: ['OWN_PROJECT_COST'] },
    });
    expect(twice.status).toBe(400);
    expect(twice.json.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'municipalities[2]',
    });
    // Every indicator for the four municipalities, explained: accepted, and quick (real work, so
    // only the 1 s bound on /health: on SQLite the statements run on the event loop).
    const all = await underAttack(
      s.base,
      () => post(s.base, { query: explained, variables: { m: CODES, i: INDICATORS } }),
      1,
    );
    expect(all.result.status).toBe(200);
    expect(all.result.json.errors).toBeUndefined();
    expect(all.ms).toBeLessThan(5000);
  });

  it('stops work at the deadline inside loaders, not only at resolver entry', async () => {
    const em = s.api.orm.em.fork();
    const late = new Loaders(em as never, Date.now() - 1);
    await expect(late.byId(Project).load(1)).rejects.toMatchObject({
      extensions: { code: 'EXECUTION_TIMEOUT' },
    });
    const inTime = new Loaders(em as never, Date.now() + 10_000);
    expect(await inTime.byId(Project).load(1)).toBeTruthy();
  });

  it('stops an answer at MAX_ROWS rows, whatever the estimate let through', async () => {
    const contextValue = await s.api.app.contextFor(undefined);
    contextValue.rows.count = MAX_ROWS - 2; // as if the query had already returned that many
    const res = await s.api.app.apollo.executeOperation(
      { query: '{ municipalities(first: 4) { edges { node { code projects { totalCount } } } } }' },
      { contextValue },
    );
    const body = res.body.kind === 'single' ? res.body.singleResult : null;
    expect(body?.errors?.[0]?.extensions?.code).toBe('RESPONSE_TOO_LARGE');
  });

  it('replaces an answer over the size cap by an error', async () => {
    const app = express();
    app.get('/x', responseSizeCap(1000), (_req, res) => {
      res.type('application/json').send(JSON.stringify({ data: { text: 'ä'.repeat(2000) } }));
    });
    const server = app.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    try {
      const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/x`);
      expect(res.status).toBe(400);
      const body = (await res.json()) as Body;
      expect(body.errors?.[0]?.extensions?.code).toBe('RESPONSE_TOO_LARGE');
    } finally {
      server.close();
    }
  });

  it('resolves Practice.version in the outcome matrix (LOW 6)', async () => {
    const res = await post(s.base, {
      query: '{ outcomeMatrix(municipalities: ["211"]) { outcomes { practice { name version } } } }',
    });
    expect(res.json.errors).toBeUndefined();
    expect(res.status).toBe(200);
    const both = await post(s.base, {
      query:
        '{ outcomeMatrix(municipalities: ["211", "020"]) { outcomes { practice { name version } project { name version } } } }',
    });
    expect(both.json.errors).toBeUndefined();
  });

  describe('text the data cannot hold', () => {
    const logged: string[] = [];
    beforeAll(() => {
      vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
        logged.push(args.map((a) => (a instanceof Error ? `${a.message} ${a.stack}` : String(a))).join(' '));
      });
    });
    afterEach(() => {
      logged.length = 0;
    });
    afterAll(() => vi.restoreAllMocks());

    it('answers a NUL in a top-level variable with 400 and logs nothing of it (LOW 7)', async () => {
      const secret = `salainen${randomBytes(4).toString('hex')}`;
      for (const [query, variables, field] of [
        [
          'query($s: String) { projects(filter: { search: $s }) { totalCount } }',
          { s: `${secret}\u0000b` },
          'filter.search',
        ],
        ['query($c: String!) { municipality(code: $c) { nameFi } }', { c: `${secret}\u0000` }, 'code'],
        [
          'query($f: ProjectFilter) { projects(filter: $f) { totalCount } }',
          { f: { search: `${secret}\u0000` } },
          'filter.search',
        ],
      ] as const) {
        const res = await post(s.base, { query, variables });
        expect(res.status).toBe(400);
        expect(res.json.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      }
      expect(logged.join('\n')).not.toContain(secret);
    });

    it('answers a wrong persisted-query hash with 400, not a logged 500 (LOW 11)', async () => {
      const res = await post(s.base, {
        query: '{ __typename }',
        extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } },
      });
      expect(res.status).toBe(400);
      expect(res.json.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
      expect(res.json.errors?.[0]?.message).toMatch(/sha/);
      expect(logged).toEqual([]);
    });

    it('refuses bidi overrides and invisible characters in names (LOW 11)', async () => {
      for (const bad of ['\u202Eevil', 'a\u200Bb', 'x\u2066y', '\uFEFFname', 'a\u200Fb']) {
        const res = await post(
          s.base,
          {
            query: 'mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }',
            variables: { input: { name: bad } },
          },
          { authorization: `Bearer ${EDITOR_KEY}` },
        );
        expect(res.json.errors?.[0]?.extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          field: 'input.name',
        });
      }
    });
  });

  it('never says "Did you mean" in production, also for variables (LOW 8)', async () => {
    for (const [query, variables] of [
      [
        'query($o: ProjectOrder) { projects(orderBy: $o) { totalCount } }',
        { o: { field: 'STRT', direction: 'ASC' } },
      ],
      ['query($o: ProjectOrder) { projects(orderBy: $o) { totalCount } }', { o: { fieldd: 'START' } }],
      ['{ projects(orderBy: { field: STRT }) { totalCount } }', {}],
      ['{ municipalitys { totalCount } }', {}],
    ] as const) {
      const res = await post(s.base, { query, variables });
      expect(res.status).toBe(400);
      expect(JSON.stringify(res.json)).not.toMatch(/Did you mean/);
    }
  });

  it('keeps Vary: Origin on cached answers and marks keyed answers private (LOW 9)', async () => {
    const query = { query: '{ municipalities { totalCount } }' };
    const origin = { origin: 'https://kunta.example.fi' };
    await post(s.base, query, origin);
    const hit = await post(s.base, query, origin);
    expect(hit.headers.get('x-cache')).toBe('HIT');
    expect(hit.headers.get('vary')).toMatch(/Origin/);
    const miss = await post(s.base, { query: '{ projects { totalCount } }' }, origin);
    expect(miss.headers.get('vary')).toMatch(/Origin/);
    const keyed = await post(s.base, query, { authorization: `Bearer ${EDITOR_KEY}` });
    expect(keyed.headers.get('cache-control')).toMatch(/private/);
  });

  it('keeps the older limits: depth, aliases, directives, tokens, batches, body size', async () => {
    const deep = `{ ${'municipalities { edges { node { '.repeat(6)}code${' } } }'.repeat(6)} }`;
    const aliases = `{ ${Array.from({ length: MAX_ALIASES + 1 }, (_, i) => `a${i}: __typename`).join(' ')} }`;
    const directives = `{ ${Array.from({ length: MAX_DIRECTIVES + 1 }, (_, i) => `f${i}: __typename @include(if: true)`).join(' ')} }`;
    const cases: [string, unknown, number, string, RegExp?][] = [
      ['depth', { query: deep }, 400, 'GRAPHQL_VALIDATION_FAILED', new RegExp(`at most ${MAX_DEPTH}`)],
      ['aliases', { query: aliases }, 400, 'GRAPHQL_VALIDATION_FAILED', /aliases/],
      ['directives', { query: directives }, 400, 'GRAPHQL_VALIDATION_FAILED', /directives/],
      ['tokens', { query: `{ ${'__typename '.repeat(6000)} }` }, 400, 'GRAPHQL_PARSE_FAILED', /tokens/],
      ['batch', [{ query: '{ __typename }' }, { query: '{ __typename }' }], 400, 'BAD_REQUEST'],
      [
        'body',
        { query: '{ __typename }', variables: { pad: 'x'.repeat(200_000) } },
        413,
        'PAYLOAD_TOO_LARGE',
      ],
    ];
    for (const [name, body, status, code, message] of cases) {
      const { result, ms, slowestHealth } = await underAttack(s.base, () => post(s.base, body));
      expect(result.status, name).toBe(status);
      if (name !== 'batch') expect(result.json.errors?.[0]?.extensions?.code, name).toBe(code);
      if (message) expect(result.json.errors?.[0]?.message, name).toMatch(message);
      expect(ms, name).toBeLessThan(2000);
      expect(slowestHealth, name).toBeLessThan(100);
    }
  });
});

describe.each(DRIVERS)('keys and addresses on %s, in production mode', (driver) => {
  const s = served(driver, { rateLimitPerIp: 5, rateLimitPerKey: 1000 });

  it('counts made-up keys against the address and gives them no large bodies (MEDIUM 4)', async () => {
    const big = { query: '{ __typename }', variables: { pad: 'x'.repeat(200_000) } };
    // Refused before its body is read: a made-up key buys no 4 MB bodies.
    const made = await post(s.base, big, { authorization: `Bearer ${randomBytes(16).toString('hex')}` });
    expect(made.status).toBe(401);
    expect(made.json.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++)
      statuses.push(
        (
          await post(
            s.base,
            { query: '{ __typename }' },
            { authorization: `Bearer ${randomBytes(16).toString('hex')}` },
          )
        ).status,
      );
    // The first request above counted too.
    expect(statuses.slice(0, 4)).toEqual([401, 401, 401, 401]);
    expect(statuses.slice(4)).toEqual([429, 429]);
    // A real key still has its own allowance.
    const real = await post(s.base, { query: '{ __typename }' }, { authorization: `Bearer ${EDITOR_KEY}` });
    expect(real.status).toBe(200);
  });
});

describe.each(DRIVERS)('requests held open from one address on %s, in production mode', (driver) => {
  const s = served(driver, { concurrentPerIp: 3 });

  /** A POST whose body is announced but not sent: it stays in progress until `end` is called. */
  function heldOpen(): { req: ClientRequest; answered: Promise<number> } {
    const url = new URL(`${s.base}/graphql`);
    const body = JSON.stringify({ query: '{ __typename }' });
    let req: ClientRequest | undefined;
    const answered = new Promise<number>((resolve, reject) => {
      req = request(
        {
          host: url.hostname,
          port: url.port,
          path: url.pathname,
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': String(body.length) },
        },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        },
      );
      req.on('error', reject);
      req.write(body.slice(0, 5));
    });
    return {
      req: Object.assign(req as ClientRequest, { rest: body.slice(5) }),
      answered,
    };
  }

  it('answers 429 beyond the requests one address may have in progress, and frees them as they end', async () => {
    const open = [heldOpen(), heldOpen(), heldOpen()];
    // Let the server admit the three (their bodies are still unread).
    await new Promise((r) => setTimeout(r, 200));
    const fourth = await post(s.base, { query: '{ __typename }' });
    expect(fourth.status).toBe(429);
    expect(fourth.headers.get('retry-after')).toBe('1');
    expect(fourth.json.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(fourth.json.errors?.[0]?.message).toMatch(/at most 3 at once/);
    // /health is not held up, and a keyed caller is counted by its key.
    expect((await fetch(`${s.base}/health`)).status).toBe(200);
    expect(
      (await post(s.base, { query: '{ __typename }' }, { authorization: `Bearer ${EDITOR_KEY}` })).status,
    ).toBe(200);
    // Each held request is answered once its body arrives; then the address may send again.
    for (const o of open) o.req.end((o.req as ClientRequest & { rest: string }).rest);
    expect(await Promise.all(open.map((o) => o.answered))).toEqual([200, 200, 200]);
    expect((await post(s.base, { query: '{ __typename }' })).status).toBe(200);
    // A client that goes away before its answer frees its place too.
    const gone = [heldOpen(), heldOpen(), heldOpen()];
    await new Promise((r) => setTimeout(r, 200));
    for (const g of gone) {
      g.answered.catch(() => undefined);
      g.req.destroy();
    }
    await new Promise((r) => setTimeout(r, 200));
    expect((await post(s.base, { query: '{ __typename }' })).status).toBe(200);
  });
});

describe('forwarded addresses, in production mode with no proxy configured', () => {
  const s = served('sqlite', { rateLimitPerIp: 3 });
  it('does not trust X-Forwarded-For (MEDIUM 4)', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++)
      statuses.push(
        (await post(s.base, { query: '{ __typename }' }, { 'x-forwarded-for': `203.0.113.${i}` })).status,
      );
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
  });
});

describe('forwarded addresses from a configured proxy', () => {
  const s = served('sqlite', { rateLimitPerIp: 3, trustProxy: 'loopback' });
  it('counts each forwarded client on its own', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++)
      statuses.push(
        (await post(s.base, { query: '{ __typename }' }, { 'x-forwarded-for': `203.0.113.${i}` })).status,
      );
    expect(statuses).toEqual([200, 200, 200, 200, 200]);
  });
});

describe.each(DRIVERS)('a confirmed write and the response cache on %s (MEDIUM 3)', (driver) => {
  const s = served(driver);
  it('never answers a read-back with data older than the write it follows', async () => {
    const COUNT = { query: '{ projects(first: 1) { totalCount } }' };
    const count = async () =>
      ((await post(s.base, COUNT)).json.data?.projects as { totalCount: number } | undefined)?.totalCount ??
      -1;
    let stop = false;
    const readers = Array.from({ length: 6 }, async () => {
      while (!stop) await post(s.base, COUNT);
    });
    const stale: number[] = [];
    let expected = await count();
    try {
      for (let i = 0; i < 15; i++) {
        const created = await post(
          s.base,
          {
            query: 'mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }',
            variables: { input: { name: `Kuormitus ${i} – äö` } },
          },
          { authorization: `Bearer ${EDITOR_KEY}` },
        );
        expect(created.json.errors).toBeUndefined();
        expected++;
        const seen = await count();
        if (seen !== expected) stale.push(seen);
      }
    } finally {
      stop = true;
      await Promise.all(readers);
    }
    expect(stale).toEqual([]);
  }, 60_000);
});
