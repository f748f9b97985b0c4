import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/knex';
import { hashKey, type KeyHolder, ROLES, type Role } from '../../config';
import { DomainError } from '../../core/domain-error';
import { nowIso } from '../../db/base.entity';
import { ApiKey } from './api-key.entity';

/** The key use cases' one error, said as the CLI prints it (the message alone). */
const keyError = (code: 'BAD_INPUT' | 'NOT_FOUND' | 'CONFLICT', field: string, message: string) =>
  new DomainError(code, field, message);

/** Creates a key: returns the key itself once; the database keeps only its hash. */
export async function createApiKey(em: EntityManager, name: string, role: Role): Promise<string> {
  if (!/^[\p{L}\p{N} ._@/-]{2,120}$/u.test(name))
    throw keyError('BAD_INPUT', 'name', 'The name must be 2–120 letters, digits, spaces or . _ @ / -.');
  if (!ROLES.includes(role))
    throw keyError('BAD_INPUT', 'role', `The role must be one of ${ROLES.join(', ')}.`);
  if (await em.findOne(ApiKey, { name }))
    throw keyError('CONFLICT', 'name', `A key named "${name}" exists already.`);
  const key = `vk_${randomBytes(24).toString('base64url')}`;
  em.create(ApiKey, { name, role, hash: hashKey(key) });
  await em.flush();
  return key;
}

export async function revokeApiKey(em: EntityManager, name: string): Promise<void> {
  const key = await em.findOne(ApiKey, { name });
  if (!key) throw keyError('NOT_FOUND', 'name', `No key is named "${name}".`);
  if (key.revokedAt)
    throw keyError('CONFLICT', 'name', `The key "${name}" was revoked already (${key.revokedAt}).`);
  key.revokedAt = nowIso();
  await em.flush();
}

export async function listApiKeys(em: EntityManager): Promise<ApiKey[]> {
  return em.find(ApiKey, {}, { orderBy: { name: 'asc' } });
}

/**
 * Looks a key's hash up in the database. Results are kept a few seconds so a burst of requests does
 * not become a burst of lookups; a revocation takes effect within that time.
 */
export class KeyStore {
  private readonly cache = new Map<string, { holder: KeyHolder | null; until: number }>();

  constructor(
    private readonly lookup: (hash: string) => Promise<KeyHolder | null>,
    private readonly ttlMs = 5000,
  ) {}

  async holderOf(hash: string): Promise<KeyHolder | null> {
    const hit = this.cache.get(hash);
    if (hit && hit.until > Date.now()) return hit.holder;
    const holder = await this.lookup(hash);
    if (this.cache.size > 10_000) this.cache.clear(); // unknown keys must not grow it without bound
    this.cache.set(hash, { holder, until: Date.now() + this.ttlMs });
    return holder;
  }
}

export function databaseKeyLookup(em: () => EntityManager) {
  return async (hash: string): Promise<KeyHolder | null> => {
    const key = await em().findOne(ApiKey, { hash, revokedAt: null });
    return key ? { name: key.name, role: key.role } : null;
  };
}
