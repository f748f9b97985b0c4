import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export type DatabaseConfig = { kind: 'sqlite'; file: string } | { kind: 'postgresql'; url: string };

export type Role = 'VIEWER' | 'EDITOR' | 'ADMIN';
export const ROLES: Role[] = ['VIEWER', 'EDITOR', 'ADMIN'];

/** Who a key belongs to: keys from the environment are named by their role. */
export interface KeyHolder {
  name: string;
  role: Role;
}

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  database: DatabaseConfig;
  /** sha256(key) → holder, for keys given in the environment (CLI-created keys live in the database). */
  apiKeys: Map<string, KeyHolder>;
  /** Load the curated data set at start when it changed since the last load. */
  seedOnStart: boolean;
  /** Origins other sites may call the API from (CORS); empty = same origin only. */
  corsOrigins: string[];
  /** Schema introspection and the bundled playground: on by default for this open-data API. */
  introspection: boolean;
  playground: boolean;
  /** A request's resolvers stop after this long (EXECUTION_TIMEOUT). */
  executionTimeoutMs: number;
  /** Requests per minute per client IP, and per API key (keys get their own, larger allowance). */
  rateLimitPerIp: number;
  rateLimitPerKey: number;
  /** Requests one client IP may have in progress at once (anonymous callers; keyed ones have their rate). */
  concurrentPerIp: number;
  /** How long a database key lookup is trusted; a revoked key stops working within this time. */
  keyCacheMs: number;
  /** Memory for cached responses per process, in MB. */
  responseCacheMb: number;
  /**
   * Which proxies' `X-Forwarded-For` names the client (rate limits): false trusts none (the client is
   * the TCP peer), else Express's `trust proxy` value — hops (`1`), `loopback`, addresses or CIDRs.
   */
  trustProxy: false | number | string;
  /** Redis for rate limits and cache invalidation shared by several processes; null = in memory. */
  redisUrl: string | null;
  /** Prefix of every Redis key (several deployments, or tests, may share one Redis). */
  redisPrefix: string;
}

const apiRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_SQLITE_FILE = path.join(apiRoot, 'var', 'vertailu.sqlite');

export function hashKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

export class ConfigError extends Error {}

/** `postgres://…` or `postgresql://…` → PostgreSQL; `sqlite:<file>` or `sqlite::memory:` → SQLite. */
export function parseDatabaseUrl(url: string | undefined): DatabaseConfig {
  if (!url) return { kind: 'sqlite', file: DEFAULT_SQLITE_FILE };
  if (/^postgres(ql)?:\/\//.test(url)) return { kind: 'postgresql', url };
  if (url.startsWith('sqlite:')) {
    const file = url.slice('sqlite:'.length);
    if (!file) throw new ConfigError('DATABASE_URL "sqlite:" needs a file name or ":memory:".');
    return { kind: 'sqlite', file: file === ':memory:' ? file : path.resolve(file) };
  }
  throw new ConfigError(
    `DATABASE_URL must start with postgresql://, postgres:// or sqlite: (got "${url.slice(0, 20)}…").`,
  );
}

function parseKeys(raw: string | undefined, role: Role, into: Map<string, KeyHolder>): void {
  for (const [i, key] of (raw ?? '')
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean)
    .entries()) {
    if (key.length < 16) throw new ConfigError(`${role} API keys must be at least 16 characters long.`);
    into.set(hashKey(key), { name: `env:${role.toLowerCase()}${i ? `#${i + 1}` : ''}`, role });
  }
}

function flag(value: string | undefined, name: string, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  if (['true', '1', 'on'].includes(value)) return true;
  if (['false', '0', 'off'].includes(value)) return false;
  throw new ConfigError(`${name} must be true or false (got "${value.slice(0, 20)}").`);
}

function positive(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new ConfigError(`${name} must be a positive integer (got "${value.slice(0, 20)}").`);
  return n;
}

function parseTrustProxy(value: string | undefined): false | number | string {
  if (value === undefined || value === '' || value === 'false' || value === '0') return false;
  if (/^\d+$/.test(value)) return Number(value);
  if (value === 'true')
    throw new ConfigError(
      'TRUST_PROXY=true would trust any client\'s X-Forwarded-For: give the number of proxies, "loopback", or their addresses.',
    );
  if (!/^[\w.:/]+(\s*,\s*[\w.:/]+)*$/.test(value))
    throw new ConfigError(
      `TRUST_PROXY must be a number of hops, "loopback", or comma-separated addresses/CIDRs (got "${value.slice(0, 40)}").`,
    );
  return value;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new ConfigError(`PORT must be 0–65535 (got "${env.PORT}").`);
  const apiKeys = new Map<string, KeyHolder>();
  parseKeys(env.VIEWER_API_KEYS, 'VIEWER', apiKeys);
  parseKeys(env.EDITOR_API_KEYS, 'EDITOR', apiKeys);
  parseKeys(env.ADMIN_API_KEYS, 'ADMIN', apiKeys);
  const corsOrigins = (env.CORS_ORIGINS ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  for (const o of corsOrigins)
    if (!/^https?:\/\/[^/\s]+$/.test(o))
      throw new ConfigError(
        `CORS_ORIGINS entries must be origins like https://example.fi (got "${o.slice(0, 40)}").`,
      );
  // Production unless asked otherwise: whoever starts the API the README's way gets the safe defaults;
  // `pnpm dev` sets NODE_ENV=development.
  const nodeEnv = env.NODE_ENV === 'development' || env.NODE_ENV === 'test' ? env.NODE_ENV : 'production';
  const redisUrl = env.REDIS_URL?.trim() || null;
  if (redisUrl && !/^rediss?:\/\//.test(redisUrl))
    throw new ConfigError(
      `REDIS_URL must start with redis:// or rediss:// (got "${redisUrl.slice(0, 20)}…").`,
    );
  return {
    env: nodeEnv,
    port,
    host: env.HOST ?? '127.0.0.1',
    database: parseDatabaseUrl(env.DATABASE_URL),
    apiKeys,
    seedOnStart: env.SEED_ON_START !== 'false',
    corsOrigins,
    introspection: flag(env.INTROSPECTION, 'INTROSPECTION', true),
    playground: flag(env.PLAYGROUND, 'PLAYGROUND', true),
    executionTimeoutMs: positive(env.EXECUTION_TIMEOUT_MS, 'EXECUTION_TIMEOUT_MS', 10_000),
    rateLimitPerIp: positive(env.RATE_LIMIT_PER_IP, 'RATE_LIMIT_PER_IP', 600),
    rateLimitPerKey: positive(env.RATE_LIMIT_PER_KEY, 'RATE_LIMIT_PER_KEY', 3000),
    concurrentPerIp: positive(env.CONCURRENT_PER_IP, 'CONCURRENT_PER_IP', 16),
    keyCacheMs: 5000,
    responseCacheMb: positive(env.RESPONSE_CACHE_MB, 'RESPONSE_CACHE_MB', 64),
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    redisUrl,
    redisPrefix: env.REDIS_PREFIX?.trim() || 'vertailu:',
  };
}
