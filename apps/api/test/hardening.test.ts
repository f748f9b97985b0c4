import type { AddressInfo } from 'node:net';
import type { EntityManager } from '@mikro-orm/knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Config } from '../src/config';
import { withActor } from '../src/modules/audit/audit-scope';
import { createApiKey, revokeApiKey } from '../src/modules/auth/api-key.service';
import { ADMIN_KEY, createTestApi, dataOf, EDITOR_KEY, type TestApi, VIEWER_KEY } from './harness';

/** An app listening on loopback, with configuration overrides; closed after the block. */
function served(config: Partial<Config> = {}) {
  const s = { api: undefined as unknown as TestApi, base: '' };
  beforeAll(async () => {
    s.api = await createTestApi('sqlite', { seed: false, config });
    await new Promise<void>((resolve) => s.api.app.httpServer.listen(0, '127.0.0.1', resolve));
    s.base = `http://127.0.0.1:${(s.api.app.httpServer.address() as AddressInfo).port}`;
  });
  afterAll(() => s.api.close());
  return s;
}

interface ErrorBody {
  errors: { message: string; extensions: { code: string } }[];
}
const json = (res: Response) => res.json() as Promise<ErrorBody>;

const post = (base: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('HTTP hardening', () => {
  const s = served();

  it('sends security headers and a CSP on pages and API responses', async () => {
    for (const path of ['/health', '/graphql']) {
      const res = await fetch(`${s.base}${path}`, { headers: { accept: 'text/html' } });
      expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    }
  });

  it('answers CORS only for allow-listed origins', async () => {
    const allowed = await post(s.base, { query: '{ __typename }' }, { origin: 'https://kunta.example.fi' });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://kunta.example.fi');
    const other = await post(s.base, { query: '{ __typename }' }, { origin: 'https://evil.example' });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = (origin: string) =>
      fetch(`${s.base}/graphql`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST' },
      });
    expect((await preflight('https://kunta.example.fi')).status).toBe(204);
    expect((await preflight('https://evil.example')).status).toBe(403);
  });

  it('follows GraphQL over HTTP: media types, status codes, GET for queries only', async () => {
    const accept = { accept: 'application/graphql-response+json' };
    const ok = await post(s.base, { query: '{ __typename }' }, accept);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toContain('application/graphql-response+json');
    const invalid = await post(s.base, { query: '{ noSuchField }' }, accept);
    expect(invalid.status).toBe(400);
    expect(invalid.headers.get('content-type')).toContain('application/graphql-response+json');
    const get = (query: string) =>
      fetch(`${s.base}/graphql?query=${encodeURIComponent(query)}`, {
        headers: { 'apollo-require-preflight': 'true', accept: 'application/json' },
      });
    expect((await get('{ __typename }')).status).toBe(200);
    const mutation = await get(
      'mutation { rejectDraft(input: { id: "x", version: 1, reason: "r" }) { id } }',
    );
    expect(mutation.status).toBe(405);
    // CSRF prevention stays on: a simple GET without a preflight-forcing header is refused.
    expect((await fetch(`${s.base}/graphql?query=${encodeURIComponent('{ __typename }')}`)).status).toBe(400);
  });

  it('keeps syntax errors, token floods, batches and bad JSON at 400 with a JSON error', async () => {
    const accept = { accept: 'application/graphql-response+json' };
    const syntax = await post(s.base, { query: '{ municipalities { ' }, accept);
    expect(syntax.status).toBe(400);
    expect((await json(syntax)).errors[0]?.extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    // GraphQL over HTTP: an application/json client SHOULD get 200 for request errors (no data).
    const legacy = await post(s.base, { query: '{ municipalities { ' }, { accept: 'application/json' });
    expect(legacy.status).toBe(200);
    expect((await json(legacy)).errors[0]?.extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    const tokens = await post(s.base, { query: `{ ${'__typename '.repeat(6000)} }` }, accept);
    expect(tokens.status).toBe(400);
    expect((await json(tokens)).errors[0]?.message).toMatch(/5000 tokens/);
    const batch = await post(s.base, [{ query: '{ __typename }' }, { query: '{ __typename }' }]);
    expect(batch.status).toBe(400);
    const badJson = await post(s.base, '{"query": ');
    expect(badJson.status).toBe(400);
    expect((await json(badJson)).errors[0]?.extensions.code).toBe('BAD_REQUEST');
  });

  it('limits request bodies: 100 kB anonymously, more with a key (document imports)', async () => {
    const big = { query: '{ __typename }', variables: { pad: 'x'.repeat(200_000) } };
    const anonymous = await post(s.base, big);
    expect(anonymous.status).toBe(413);
    expect((await json(anonymous)).errors[0]?.extensions.code).toBe('PAYLOAD_TOO_LARGE');
    expect((await post(s.base, big, { authorization: `Bearer ${EDITOR_KEY}` })).status).toBe(200);
    const huge = { query: '{ __typename }', variables: { pad: 'x'.repeat(5_000_000) } };
    expect((await post(s.base, huge, { authorization: `Bearer ${EDITOR_KEY}` })).status).toBe(413);
  });
});

describe('rate limits', () => {
  const s = served({ rateLimitPerIp: 5, rateLimitPerKey: 8 });

  it('answers 429 with Retry-After once an address or a key used its allowance', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await post(s.base, { query: '{ __typename }' })).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    const limited = await post(s.base, { query: '{ __typename }' });
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect((await json(limited)).errors[0]?.extensions.code).toBe('RATE_LIMITED');
    // A key has its own, larger allowance (and made-up keys cannot be used to dodge it).
    const keyed: number[] = [];
    for (let i = 0; i < 9; i++)
      keyed.push(
        (await post(s.base, { query: '{ __typename }' }, { authorization: `Bearer ${VIEWER_KEY}` })).status,
      );
    expect(keyed.filter((x) => x === 200)).toHaveLength(8);
    expect(keyed.at(-1)).toBe(429);
  });
});

describe('execution timeout', () => {
  const s = served({ executionTimeoutMs: -1 });
  it('stops resolvers past the deadline with EXECUTION_TIMEOUT and 503', async () => {
    const res = await post(s.base, { query: '{ municipalities { totalCount } }' });
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('5');
    expect((await json(res)).errors[0]?.extensions.code).toBe('EXECUTION_TIMEOUT');
  });
});

describe('production mode', () => {
  const s = served({ env: 'production', introspection: false });
  it('hides field suggestions, stack traces and (when configured) introspection', async () => {
    const typo = await json(await post(s.base, { query: '{ municipalitys { totalCount } }' }));
    expect(typo.errors[0]?.message).toBe('Cannot query field "municipalitys" on type "Query".');
    expect(JSON.stringify(typo)).not.toMatch(/Did you mean|stacktrace|node_modules/);
    const introspection = await json(await post(s.base, { query: '{ __schema { types { name } } }' }));
    expect(introspection.errors[0]?.message).toMatch(/introspection/i);
  });
});

describe('API keys and the audit log', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi('sqlite');
  });
  afterAll(() => api.close());

  it('keys created by the CLI work until revoked; only their hash is stored', async () => {
    const em = api.orm.em.fork() as EntityManager;
    const key = await withActor('cli:keys', () => createApiKey(em, 'Pirkanmaa / analyst', 'VIEWER'));
    const rows = await em.getConnection().execute('select * from api_key');
    expect(JSON.stringify(rows)).not.toContain(key);
    const stored = (rows as { hash: string }[])[0]?.hash as string;
    // The creation is audited, but neither the key nor its hash reaches the log.
    const audit = await em.getConnection().execute("select * from audit_entry where entity_type = 'ApiKey'");
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit)).toContain('Pirkanmaa / analyst');
    expect(JSON.stringify(audit)).not.toContain(stored);
    const contacts = '{ sources(first: 1) { edges { node { text } } } }';
    expect((await api.gql(contacts, {}, key)).errors).toBeUndefined();
    await revokeApiKey(em, 'Pirkanmaa / analyst');
    expect((await api.gql(contacts, {}, key)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('records who changed what, with old and new values; only admins read it; failed edits leave no entry', async () => {
    const project = dataOf(
      await api.gql<{ projects: { edges: { node: { id: string; version: number; name: string } }[] } }>(
        '{ projects(first: 1, filter: { municipalities: ["020"] }) { edges { node { id version name } } } }',
      ),
    ).projects.edges[0]?.node as { id: string; version: number; name: string };
    const update = (input: Record<string, unknown>) =>
      api.gql(
        'mutation($input: UpdateProjectInput!) { updateProject(input: $input) { version } }',
        { input },
        EDITOR_KEY,
      );
    expect(
      (await update({ id: project.id, version: project.version, name: '' })).errors?.[0]?.extensions?.code,
    ).toBe('BAD_USER_INPUT');
    dataOf(
      await update({ id: project.id, version: project.version, name: 'Onnistunut työ – päivitetty ÄÖÅ' }),
    );
    const LOG = `query($id: String) { auditLog(recordId: $id) { totalCount edges { node { actor action entityType recordId before after } } } }`;
    expect((await api.gql(LOG, { id: project.id }, EDITOR_KEY)).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    const log = dataOf(
      await api.gql<{ auditLog: { totalCount: number; edges: { node: Record<string, string> }[] } }>(
        LOG,
        { id: project.id },
        ADMIN_KEY,
      ),
    ).auditLog;
    expect(log.totalCount).toBe(1);
    const entry = log.edges[0]?.node as Record<string, string>;
    expect(entry).toMatchObject({
      actor: 'test-editor',
      action: 'UPDATE',
      entityType: 'Project',
      recordId: project.id,
    });
    expect(JSON.parse(entry.before as string)).toMatchObject({ name: project.name });
    expect(JSON.parse(entry.after as string)).toMatchObject({ name: 'Onnistunut työ – päivitetty ÄÖÅ' });
  });
});
