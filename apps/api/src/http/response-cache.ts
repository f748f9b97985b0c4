import { createHash } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { DataVersionReader } from '../db/data-version';

/** Set by the GraphQL layer on responses that may be cached: a query, no errors. Never sent to clients. */
export const CACHEABLE_HEADER = 'x-vertailu-cacheable';

interface Entry {
  body: Buffer;
  contentType: string;
  etag: string;
}

/**
 * A small LRU of response bodies of one data version (Map keeps insertion order; a hit moves the entry
 * to the end). Entries of an older version can never be asked for again: the first entry of a newer
 * version drops them all, so memory follows the answers in use, not the 64 MB ceiling (a soak with a
 * write every few hundred ms kept ~64 MB of dead bodies, the largest part of its RSS growth).
 */
class Lru {
  private readonly map = new Map<string, Entry>();
  private bytes = 0;
  private version = -1;

  constructor(private readonly maxBytes: number) {}

  /** Keeps `version`'s entries; a newer one drops the rest; false for an older one (not worth keeping). */
  useVersion(version: number): boolean {
    if (version < this.version) return false;
    if (version > this.version) {
      this.map.clear();
      this.bytes = 0;
      this.version = version;
    }
    return true;
  }

  get(key: string): Entry | undefined {
    const e = this.map.get(key);
    if (e) {
      this.map.delete(key);
      this.map.set(key, e);
    }
    return e;
  }

  set(key: string, e: Entry): void {
    if (e.body.length > this.maxBytes / 10) return;
    const old = this.map.get(key);
    if (old) this.bytes -= old.body.length;
    this.map.set(key, e);
    this.bytes += e.body.length;
    for (const [k, v] of this.map) {
      if (this.bytes <= this.maxBytes) break;
      this.map.delete(k);
      this.bytes -= v.body.length;
    }
  }
}

const SIMPLE_CONTENT_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];

/**
 * Apollo's CSRF prevention, decided before the cache answers: a request a browser could send
 * cross-site without a preflight (no custom header, a "simple" content type) goes on to Apollo,
 * which refuses it; only preflighted requests may be served from the cache.
 */
function preflighted(req: Parameters<RequestHandler>[0]): boolean {
  if (req.headers['apollo-require-preflight'] || req.headers['x-apollo-operation-name']) return true;
  const type = req.headers['content-type'];
  if (!type) return false;
  const essence = type.split(';')[0]?.trim().toLowerCase() ?? '';
  return /^[\w.+-]+\/[\w.+-]+$/.test(essence) && !SIMPLE_CONTENT_TYPES.includes(essence);
}

/** The request's identity: query (or persisted-query hash), variables and operation name. */
function requestKey(req: Parameters<RequestHandler>[0]): string | null {
  const source = req.method === 'GET' ? req.query : req.body;
  if (!source || typeof source !== 'object' || Array.isArray(source)) return null;
  const { query, variables, operationName, extensions } = source as Record<string, unknown>;
  const parse = (v: unknown) => (typeof v === 'string' && req.method === 'GET' ? JSON.parse(v) : v);
  try {
    return createHash('sha256')
      .update(
        JSON.stringify([
          query ?? null,
          parse(variables) ?? null,
          operationName ?? null,
          parse(extensions) ?? null,
        ]),
      )
      .update(req.headers.accept ?? '')
      .digest('base64url');
  } catch {
    return null; // malformed JSON in the query string: Apollo answers it
  }
}

/**
 * HTTP caching of anonymous read queries (GET or POST). Every cacheable response carries an ETag made
 * from the data version and the request, and `Cache-Control: public, max-age=0, must-revalidate`, so
 * browsers, CDNs and reverse proxies may keep it and revalidate cheaply (304). Within the API, responses
 * are kept per data version: a write or an import raises the version and so invalidates them all.
 * Requests with a key are never cached (they may see personal data); `Cache-Control: no-cache` on a
 * request skips the lookup.
 */
export function responseCache(version: DataVersionReader, maxBytes = 64 * 1024 * 1024): RequestHandler {
  const cache = new Lru(maxBytes);
  return async (req, res, next) => {
    if (req.headers.authorization) {
      // A keyed answer may hold personal data: no shared cache may keep it.
      res.set('Cache-Control', 'private, no-store');
      return next();
    }
    if (req.method !== 'GET' && req.method !== 'POST') return next();
    if (!preflighted(req)) return next();
    const key = requestKey(req);
    if (!key) return next();
    let v: number;
    try {
      v = await version.current();
    } catch {
      return next(); // database away: the request itself will say so
    }
    const etag = `W/"${v}-${key.slice(0, 22)}"`;
    const cacheKey = `${v}:${key}`;
    const hit = /no-cache/.test(req.headers['cache-control'] ?? '') ? undefined : cache.get(cacheKey);
    if (hit) {
      res.set({
        ETag: hit.etag,
        'Cache-Control': 'public, max-age=0, must-revalidate',
        'X-Cache': 'HIT',
      });
      // Added to, not replaced: CORS varies on Origin, and a shared cache must keep that apart too.
      res.vary('Accept').vary('Authorization');
      if (req.headers['if-none-match'] === hit.etag) {
        res.status(304).end();
        return;
      }
      res.status(200).type(hit.contentType).send(hit.body);
      return;
    }
    const chunks: Buffer[] = [];
    const write = res.write.bind(res);
    const end = res.end.bind(res);
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      if (chunk) chunks.push(Buffer.from(chunk as Buffer));
      return (write as (...a: unknown[]) => boolean)(chunk, ...rest);
    }) as typeof res.write;
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      // A Buffer is kept as it is (the size cap below encoded the answer once; nothing writes to it).
      if (chunk && typeof chunk !== 'function') {
        if (!Buffer.isBuffer(chunk)) chunk = Buffer.from(chunk as string);
        chunks.push(chunk as Buffer);
      }
      const cacheable = res.getHeader(CACHEABLE_HEADER) === '1' && res.statusCode === 200;
      if (!res.headersSent) {
        res.removeHeader(CACHEABLE_HEADER);
        if (cacheable) {
          res.setHeader('ETag', etag);
          res.setHeader('Cache-Control', 'public, max-age=0, must-revalidate');
          res.setHeader('X-Cache', 'MISS');
          res.vary('Accept').vary('Authorization');
        }
      }
      if (cacheable) {
        if (cache.useVersion(v))
          cache.set(cacheKey, {
            body: Buffer.concat(chunks),
            contentType: String(res.getHeader('content-type') ?? 'application/json'),
            etag,
          });
        if (req.headers['if-none-match'] === etag && !res.headersSent) {
          res.statusCode = 304;
          return (end as () => unknown)();
        }
      }
      return (end as (...a: unknown[]) => unknown)(chunk, ...rest);
    }) as typeof res.end;
    next();
  };
}

/** The largest answer sent: 10 MB, far above any page of the dashboard at national scale (< 1 MB). */
export const MAX_RESPONSE_BYTES = 10 * 1024 * 1024;

/**
 * Replaces an answer larger than `maxBytes` by an error (RESPONSE_TOO_LARGE, 400): the row budget
 * (deadline.ts) bounds how many rows an answer holds, this bounds what long texts in them add up to.
 */
export function responseSizeCap(maxBytes: number): RequestHandler {
  return (_req, res, next) => {
    const end = res.end.bind(res);
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      // The answer's text encoded once, here, and passed on as bytes: measuring it, caching it and
      // writing it each encoded the whole text again (100 kB on a national page).
      if (typeof chunk === 'string') chunk = Buffer.from(chunk);
      const size = Buffer.isBuffer(chunk) ? chunk.length : 0;
      if (size > maxBytes && !res.headersSent) {
        const body = JSON.stringify({
          errors: [
            {
              message: `The answer is ${Math.round(size / 1024 / 1024)} MB; at most ${Math.round(maxBytes / 1024 / 1024)} MB is sent. Ask for smaller pages or fewer fields.`,
              extensions: { code: 'RESPONSE_TOO_LARGE' },
            },
          ],
        });
        res.removeHeader(CACHEABLE_HEADER);
        res.statusCode = 400;
        res.setHeader('content-length', Buffer.byteLength(body));
        return (end as (c: string) => unknown)(body);
      }
      return (end as (...a: unknown[]) => unknown)(chunk, ...rest);
    }) as typeof res.end;
    next();
  };
}
