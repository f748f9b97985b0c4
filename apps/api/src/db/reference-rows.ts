import type { EntityClass, FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { localWriteCount } from './data-version';
import { findPlain } from './plain';

/** A small table that changes only when the data changes, cached whole: its entity, key and row order. */
export interface ReferenceTable<T extends object = object> {
  entity: EntityClass<T>;
  pk: string;
  /** The order the whole table is read in: a part read by a filter keeps the SQL's order of that part. */
  order: QueryOrderMap<T>;
}

interface Loaded {
  version: number;
  /** The table's rows in `order`, and by key. */
  rows: Promise<{ list: object[]; byKey: Map<string, object> }>;
}

/**
 * Process-wide copies of the reference tables (municipalities, indicators, terms), one per table, kept
 * for the data version they were read at (db/data-version.ts). A request asks with the version it sees;
 * a copy read at an older version is read again (one statement for the whole table), so no request is
 * served rows older than its version — the response cache's and the similarity index's rule. The version
 * is read first, the rows after it: a copy is never older than the version it is kept under. Rows are
 * plain rows (db/plain.ts), shared by every request and never changed. Memory: one copy per table, the
 * registered tables only (the synthetic bench database: 309 municipalities, 116 indicators, 39 terms,
 * 93 kB of row data in PostgreSQL, a few hundred kB as objects).
 */
export class ReferenceRows {
  private readonly tables = new Map<EntityClass<object>, ReferenceTable>();
  private readonly loaded = new Map<EntityClass<object>, Loaded>();

  constructor(
    /** The data version this process sees now (DataVersionReader.current). */
    readonly currentVersion: () => Promise<number>,
    tables: readonly ReferenceTable[],
  ) {
    for (const t of tables) this.tables.set(t.entity, t);
  }

  /** Whether rows of `entity` by `pk` come from here. */
  holds(entity: EntityClass<object>, pk: string): boolean {
    return this.tables.get(entity)?.pk === pk;
  }

  /** Every row of a registered table at `version` or newer, in the table's order. */
  async all<T extends object>(em: EntityManager, entity: EntityClass<T>, version: number): Promise<T[]> {
    return (await this.copy(em, entity, version)).list as T[];
  }

  /** The rows of `keys` (null where none), at `version` or newer. */
  async byKeys<T extends object>(
    em: EntityManager,
    entity: EntityClass<T>,
    version: number,
    keys: readonly (string | number)[],
  ): Promise<(T | null)[]> {
    const { byKey } = await this.copy(em, entity, version);
    return keys.map((k) => (byKey.get(String(k)) as T | undefined) ?? null);
  }

  private copy(em: EntityManager, entity: EntityClass<object>, version: number): Loaded['rows'] {
    const table = this.tables.get(entity);
    if (!table) throw new Error(`${entity.name} is not a reference table`);
    const held = this.loaded.get(entity);
    // A newer copy serves an older version too (newer is never stale); an older one is read again.
    if (held && held.version >= version) return held.rows;
    const rows = findPlain(em, entity, {} as FilterQuery<object>, table.order).then((list) => ({
      // Frozen: every request shares them, so a resolver that wrote to one would fail loudly, not leak.
      list: list.map((r) => Object.freeze(r)),
      byKey: new Map(list.map((r) => [String((r as Record<string, unknown>)[table.pk]), r])),
    }));
    const next = { version, rows };
    this.loaded.set(entity, next);
    // A failed read is not kept: the next request reads again.
    rows.catch(() => {
      if (this.loaded.get(entity) === next) this.loaded.delete(entity);
    });
    return rows;
  }
}

/**
 * One request's view of the reference rows: the data version is asked once, and again only after this
 * process committed a write (a mutation's answer then sees its own write). Inside a transaction (a
 * mutation's reads, derived values recomputed) nothing comes from the copies: the transaction may have
 * changed the rows.
 */
export class RequestReferences {
  private version: { writes: number; value: Promise<number> } | null = null;

  constructor(
    private readonly rows: ReferenceRows,
    private readonly em: EntityManager,
  ) {}

  /** Whether `entity` by `pk` is served from the copies for this request now. */
  serves(entity: EntityClass<object>, pk: string): boolean {
    return this.rows.holds(entity, pk) && !this.em.getTransactionContext();
  }

  byKeys<T extends object>(
    entity: EntityClass<T>,
    keys: readonly (string | number)[],
  ): Promise<(T | null)[]> {
    return this.versionSeen().then((v) => this.rows.byKeys(this.em, entity, v, keys));
  }

  all<T extends object>(entity: EntityClass<T>): Promise<T[]> {
    return this.versionSeen().then((v) => this.rows.all(this.em, entity, v));
  }

  private versionSeen(): Promise<number> {
    const writes = localWriteCount();
    if (!this.version || this.version.writes !== writes)
      this.version = { writes, value: this.rows.currentVersion() };
    return this.version.value;
  }
}
