import { createHash } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initOrm } from '../src/db/orm';
import { createApp } from '../src/server';
import { createTestApi, DRIVERS, dataOf, EDITOR_KEY, type TestApi } from './harness';

const COUNT = '{ projects(first: 100) { totalCount } }';
const HASH = createHash('sha256').update(COUNT).digest('hex');
const PERSISTED = JSON.stringify({ persistedQuery: { version: 1, sha256Hash: HASH } });

async function listen(app: TestApi['app']): Promise<string> {
  await new Promise<void>((resolve) => app.httpServer.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}/graphql`;
}

/** A GET the way the dashboard and a CDN see it: persisted query, the preflight header CSRF prevention asks for. */
function get(url: string, params: Record<string, string>, headers: Record<string, string> = {}) {
  return fetch(`${url}?${new URLSearchParams(params)}`, {
    headers: { 'apollo-require-preflight': 'true', ...headers },
  });
}

const until = async (check: () => Promise<boolean>, ms: number) => {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`not within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
};

describe.each(DRIVERS)('HTTP caching on %s', (driver) => {
  let api: TestApi;
  let url: string;
  let count: number;
  beforeAll(async () => {
    api = await createTestApi(driver);
    url = await listen(api.app);
    count = dataOf(await api.gql<{ projects: { totalCount: number } }>(COUNT)).projects.totalCount;
  });
  afterAll(() => api.close());

  it('serves persisted queries over GET with an ETag, from the cache on repeat, and 304 on revalidation', async () => {
    const unknown = await get(url, { extensions: PERSISTED });
    const unknownBody = (await unknown.json()) as { errors: { extensions: { code: string } }[] };
    expect(unknownBody.errors[0]?.extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(unknown.headers.get('etag')).toBeNull();

    const first = await get(url, { query: COUNT, extensions: PERSISTED });
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ data: { projects: { totalCount: count } } });

    const miss = await get(url, { extensions: PERSISTED });
    expect(miss.status).toBe(200);
    expect(miss.headers.get('x-cache')).toBe('MISS');
    expect(miss.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
    const etag = miss.headers.get('etag') as string;
    expect(etag).toMatch(/^W\/"\d+-[\w-]+"$/);
    const missBody = await miss.text();

    const hit = await get(url, { extensions: PERSISTED });
    expect(hit.headers.get('x-cache')).toBe('HIT');
    expect(hit.headers.get('etag')).toBe(etag);
    expect(await hit.text()).toBe(missBody);

    const revalidated = await get(url, { extensions: PERSISTED }, { 'if-none-match': etag });
    expect(revalidated.status).toBe(304);
    expect(await revalidated.text()).toBe('');
  });

  it('a write raises the data version: the next read is fresh, and the old ETag no longer matches', async () => {
    const before = await get(url, { query: COUNT });
    const oldEtag = before.headers.get('etag') as string;
    expect((await get(url, { query: COUNT })).headers.get('x-cache')).toBe('HIT');

    const created = await api.gql(
      `mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }`,
      { input: { name: 'Välimuistin testihanke', municipalities: [{ code: '020', role: 'IMPLEMENTER' }] } },
      EDITOR_KEY,
    );
    expect(created.errors).toBeUndefined();
    // One mutation, one transaction: the version rises by exactly one.
    const version = (etag: string | null) => Number(/^W\/"(\d+)-/.exec(etag ?? '')?.[1]);

    const after = await get(url, { query: COUNT }, { 'if-none-match': oldEtag });
    expect(version(after.headers.get('etag'))).toBe(version(oldEtag) + 1);
    expect(after.status).toBe(200);
    expect(after.headers.get('x-cache')).toBe('MISS');
    expect(after.headers.get('etag')).not.toBe(oldEtag);
    expect(await after.json()).toEqual({ data: { projects: { totalCount: count + 1 } } });
  });

  it('never caches what a key may see, errors, or requests that ask for no-cache', async () => {
    const keyed = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${EDITOR_KEY}` },
      body: JSON.stringify({ query: COUNT }),
    });
    expect(keyed.status).toBe(200);
    expect(keyed.headers.get('etag')).toBeNull();
    expect(keyed.headers.get('x-cache')).toBeNull();

    // GraphQL over HTTP: a validation error is 200 for an application/json client, 400 otherwise.
    const invalid = await get(url, { query: '{ projects(first: 100) { totalCont } }' });
    expect(invalid.status).toBe(200);
    expect(((await invalid.json()) as { errors: unknown[] }).errors).toHaveLength(1);
    expect(invalid.headers.get('etag')).toBeNull();
    expect(
      (await get(url, { query: '{ projects(first: 100) { totalCont } }' })).headers.get('x-cache'),
    ).toBeNull();

    await get(url, { query: COUNT });
    const bypass = await get(url, { query: COUNT }, { 'cache-control': 'no-cache' });
    expect(bypass.headers.get('x-cache')).toBe('MISS');
    expect(bypass.headers.get('x-vertailu-cacheable')).toBeNull();
  });

  it('answers a cross-site GET without the preflight header with 400, even when the query is cached', async () => {
    expect((await get(url, { query: COUNT })).status).toBe(200);
    const simple = await fetch(`${url}?${new URLSearchParams({ query: COUNT })}`);
    expect(simple.status).toBe(400);
    expect(simple.headers.get('x-cache')).toBeNull();
  });
});

describe.runIf(DRIVERS.includes('postgresql'))('HTTP caching across API replicas', () => {
  let api: TestApi;
  let replica: TestApi['app'] | undefined;
  let closeReplica: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    api = await createTestApi('postgresql');
    // A second API process on the same database, as behind a load balancer.
    const orm = await initOrm(api.config.database);
    replica = await createApp(orm, api.config);
    closeReplica = async () => {
      await replica?.stop();
      await orm.close();
    };
  });
  afterAll(async () => {
    await closeReplica?.();
    await api.close();
  });

  it('a write through one replica invalidates the other’s cache within a second', async () => {
    const url = await listen(replica as TestApi['app']);
    const read = async () => {
      const res = await get(url, { query: COUNT });
      return {
        cache: res.headers.get('x-cache'),
        body: (await res.json()) as { data: { projects: { totalCount: number } } },
      };
    };
    const count = (await read()).body.data.projects.totalCount;
    expect((await read()).cache).toBe('HIT');
    const created = await api.gql(
      `mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }`,
      { input: { name: 'Toisen palvelimen hanke', municipalities: [{ code: '851', role: 'IMPLEMENTER' }] } },
      EDITOR_KEY,
    );
    expect(created.errors).toBeUndefined();
    await until(async () => (await read()).body.data.projects.totalCount === count + 1, 5000);
  });
});
