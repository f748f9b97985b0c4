import type { AddressInfo } from 'node:net';
import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from './harness';

describe('GraphQL over HTTP (graphql-http audit suite)', () => {
  let api: TestApi;
  let url: string;
  beforeAll(async () => {
    api = await createTestApi('sqlite', { seed: false, config: { env: 'production' } });
    await new Promise<void>((resolve) => api.app.httpServer.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(api.app.httpServer.address() as AddressInfo).port}/graphql`;
  });
  afterAll(() => api.close());

  it('passes every audit, the SHOULDs included (no warnings)', async () => {
    // As the dashboard and the playground send it: the header Apollo's CSRF prevention asks GETs for
    // (without it the three GET MAYs are refused on purpose).
    const fetchFn = (input: string | URL | Request, init?: RequestInit) =>
      fetch(input, {
        ...init,
        headers: { ...(init?.headers as Record<string, string>), 'apollo-require-preflight': 'true' },
      });
    const results = await Promise.all(serverAudits({ url, fetchFn }).map((audit) => audit.fn()));
    const notOk = results
      .filter((r) => r.status !== 'ok')
      .map((r) => `${r.status} ${r.name}: ${'reason' in r ? r.reason : ''}`);
    expect(notOk).toEqual([]);
    expect(results.length).toBeGreaterThan(50);
  });
});
