import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { Config, KeyHolder, Role } from './config';
import { hashKey } from './config';
import { batchReadsOf } from './db/read-batch';
import type { ReferenceRows } from './db/reference-rows';
import { RequestReferences } from './db/reference-rows';
import { unauthenticated } from './graphql/errors';
import { Loaders } from './graphql/loaders';

/** Where keys that are not in the configuration are looked up (the database's, modules/auth/api-key.service.ts). */
export interface KeyLookup {
  holderOf(hash: string): Promise<KeyHolder | null>;
}

export interface Context {
  em: EntityManager;
  loaders: Loaders;
  /** null for anonymous callers. */
  role: Role | null;
  /** Who is calling, for the audit log: the key's name, or "anonymous". */
  actor: string;
  /** Epoch milliseconds after which resolvers and loaders stop (EXECUTION_TIMEOUT). */
  deadline: number;
  /** Rows resolvers returned so far (deadline.ts stops the request past MAX_COST). */
  rows: { count: number };
}

/** The hash of the key in `Authorization: Bearer <key>`, or null without the header. */
export function keyHashOf(header: string | undefined): string | null {
  if (!header) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match?.[1]) throw unauthenticated('The Authorization header must be "Bearer <API key>".');
  return hashKey(match[1]);
}

/** Reads `Authorization: Bearer <key>`; a key that is sent but unknown or revoked is an error, not anonymity. */
export async function holderOf(
  header: string | undefined,
  config: Config,
  keys: KeyLookup | null,
): Promise<KeyHolder | null> {
  const hash = keyHashOf(header);
  if (!hash) return null;
  const holder = config.apiKeys.get(hash) ?? (keys ? await keys.holderOf(hash) : null);
  if (!holder) throw unauthenticated('The API key is not valid.');
  return holder;
}

export async function createContext(
  orm: MikroORM,
  config: Config,
  authorization: string | undefined,
  keys: KeyLookup | null = null,
  /** The holder the HTTP layer found already (undefined: look the key up here). */
  known?: KeyHolder | null,
  /** The process's reference rows (db/reference-rows.ts); without them every look-up reads. */
  references?: ReferenceRows,
): Promise<Context> {
  const holder = known !== undefined && authorization ? known : await holderOf(authorization, config, keys);
  const em = orm.em.fork() as EntityManager;
  // The request's reads of one level go as one statement on PostgreSQL (db/read-batch.ts).
  batchReadsOf(em);
  const deadline = Date.now() + config.executionTimeoutMs;
  return {
    em,
    loaders: new Loaders(em, deadline, references && new RequestReferences(references, em)),
    role: holder?.role ?? null,
    actor: holder?.name ?? 'anonymous',
    deadline,
    rows: { count: 0 },
  };
}
