import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_KEY, createTestApi, EDITOR_KEY, type TestApi } from './harness';

/** Over real HTTP on loopback: what browsers, load balancers and curl see. */
describe('HTTP surface', () => {
  let api: TestApi;
  let base: string;
  beforeAll(async () => {
    api = await createTestApi('sqlite', { seed: false });
    await new Promise<void>((resolve) => api.app.httpServer.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(api.app.httpServer.address() as AddressInfo).port}`;
  });
  afterAll(() => api.close());

  it('/health and /ready answer', async () => {
    expect(await (await fetch(`${base}/health`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${base}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', database: 'ok' });
  });

  it('serves the bundled playground to browsers at /graphql, with no CDN', async () => {
    const res = await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('/playground/');
    expect(html).not.toMatch(/https?:\/\/(?!localhost)/);
    const script = /src="(\/playground\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    const asset = await fetch(`${base}${script}`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
  });

  it('answers GraphQL POSTs', async () => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('sends an answer as its UTF-8 bytes, exactly as JSON.stringify writes it (wide characters, a lone surrogate)', async () => {
    const post = async (variables: Record<string, unknown>) => {
      const res = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query:
            'query($m: [String!]!) { compareMunicipalities(municipalities: $m, indicators: ["POPULATION"]) { mean } }',
          variables,
        }),
      });
      const bytes = Buffer.from(await res.arrayBuffer());
      return { res, bytes, body: JSON.parse(bytes.toString('utf8')) };
    };
    // The message echoes the code: Finnish letters, a dash, curly quotes; then, cut at 20 code units,
    // half of an emoji (a lone surrogate, which JSON.stringify escapes).
    for (const code of ['Ähtäri – ”x”', `${'x'.repeat(19)}😀`]) {
      const { res, bytes, body } = await post({ m: [code] });
      expect(res.headers.get('content-type')).toMatch(
        /^application\/(graphql-response\+)?json; charset=utf-8$/,
      );
      expect(Number(res.headers.get('content-length'))).toBe(bytes.length);
      expect(body.errors[0].message).toBe(
        `municipalities[0]: "${code.slice(0, 20)}" is not a known municipality code.`,
      );
      expect(bytes.equals(Buffer.from(`${JSON.stringify(body)}\n`, 'utf8'))).toBe(true);
    }
  });

  it('audits every edit under its caller over HTTP (create, update, delete)', async () => {
    // In-process tests run inside the harness's actor scope; only a real request shows who the audit names.
    const post = async (query: string, variables: object, key: string) => {
      const res = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data: Record<string, { id: string; version: number }> };
      expect(res.status).toBe(200);
      return body.data;
    };
    const { createProject: created } = await post(
      'mutation($input: CreateProjectInput!) { createProject(input: $input) { id version } }',
      { input: { name: 'Auditoitu – ÄÖÅ' } },
      EDITOR_KEY,
    );
    const { updateProject: updated } = await post(
      'mutation($input: UpdateProjectInput!) { updateProject(input: $input) { id version } }',
      { input: { id: created?.id, version: created?.version, name: 'Auditoitu, muutettu' } },
      EDITOR_KEY,
    );
    await post(
      'mutation($input: DeleteInput!) { deleteProject(input: $input) }',
      { input: { id: updated?.id, version: updated?.version } },
      EDITOR_KEY,
    );
    const log = (await post(
      'query($id: String) { auditLog(recordId: $id, first: 10) { edges { node { actor action } } } }',
      { id: created?.id },
      ADMIN_KEY,
    )) as unknown as { auditLog: { edges: { node: { actor: string; action: string } }[] } };
    expect(log.auditLog.edges.map((e) => `${e.node.action} ${e.node.actor}`).sort()).toEqual([
      'CREATE test-editor',
      'DELETE test-editor',
      'UPDATE test-editor',
    ]);
  });

  it('rejects an unknown API key with 401 UNAUTHENTICATED', async () => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer not-a-real-key-123456' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(res.status).toBe(401);
    const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('accepts a valid editor key', async () => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${EDITOR_KEY}` },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(res.status).toBe(200);
  });

  it('opens a browser’s “open in the playground” link (?query=) in the playground, not as an API call', async () => {
    const query = encodeURIComponent('{ municipalities { totalCount } }');
    const res = await fetch(`${base}/graphql?query=${query}`, {
      headers: { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    const html = await res.text();
    expect(html).toContain('/playground/');
    expect(html).not.toMatch(/CSRF|stack/i);
  });

  it('keeps CSRF prevention on: a simple cross-site GET with a query is refused', async () => {
    const res = await fetch(`${base}/graphql?query=${encodeURIComponent('{ __typename }')}`);
    expect(res.status).toBe(400);
  });
});
