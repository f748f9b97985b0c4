import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export type DatabaseConfig = { kind: 'sqlite'; file: string } | { kind: 'postgresql'; url: string };

export type Role = 'VIEWER' | 'EDITOR';

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  database: DatabaseConfig;
  /** sha256(key) → role. Keys are hashed at start so plain keys are not kept around. */
  apiKeys: Map<string, Role>;
  /** Load the curated data set at start when it changed since the last load. */
  seedOnStart: boolean;
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

function parseKeys(raw: string | undefined, role: Role, into: Map<string, Role>): void {
  for (const key of (raw ?? '').split(',').map((k) => k.trim())) {
    if (!key) continue;
    if (key.length < 16) throw new ConfigError(`${role} API keys must be at least 16 characters long.`);
    into.set(hashKey(key), role);
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new ConfigError(`PORT must be 0–65535 (got "${env.PORT}").`);
  const apiKeys = new Map<string, Role>();
  parseKeys(env.VIEWER_API_KEYS, 'VIEWER', apiKeys);
  parseKeys(env.EDITOR_API_KEYS, 'EDITOR', apiKeys);
  const nodeEnv = env.NODE_ENV === 'production' || env.NODE_ENV === 'test' ? env.NODE_ENV : 'development';
  return {
    env: nodeEnv,
    port,
    host: env.HOST ?? '127.0.0.1',
    database: parseDatabaseUrl(env.DATABASE_URL),
    apiKeys,
    seedOnStart: env.SEED_ON_START !== 'false',
  };
}
