import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { Config, Role } from './config';
import { hashKey } from './config';
import { unauthenticated } from './graphql/errors';
import { Loaders } from './graphql/loaders';

export interface Context {
  em: EntityManager;
  loaders: Loaders;
  /** null for anonymous callers. */
  role: Role | null;
}

/** Reads `Authorization: Bearer <key>`; a key that is sent but unknown is an error, not anonymity. */
export function roleFromAuthorization(header: string | undefined, config: Config): Role | null {
  if (!header) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match?.[1]) throw unauthenticated('The Authorization header must be "Bearer <API key>".');
  const role = config.apiKeys.get(hashKey(match[1]));
  if (!role) throw unauthenticated('The API key is not valid.');
  return role;
}

export function createContext(orm: MikroORM, config: Config, authorization: string | undefined): Context {
  const em = orm.em.fork() as EntityManager;
  return { em, loaders: new Loaders(em), role: roleFromAuthorization(authorization, config) };
}
