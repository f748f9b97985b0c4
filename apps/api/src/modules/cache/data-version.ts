import type { EventSubscriber, FlushEventArgs, MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';

const BUMP =
  'insert into data_version (id, version) values (1, 1) on conflict (id) do update set version = data_version.version + 1';

/** Raises the data version inside the writing transaction (the dump import and bulk loads call it too). */
export async function bumpDataVersion(
  em: EntityManager | { execute(sql: string): Promise<unknown> },
): Promise<void> {
  if ('getConnection' in em) {
    const trx = em.getTransactionContext();
    // One raise per transaction is enough: a mutation flushes and then ends in `inTransaction`.
    if (trx) {
      if (bumped.has(trx)) return;
      bumped.add(trx);
    }
    // Inside a transaction the bump must use its connection: SQLite's pool holds only one.
    await em.getConnection().execute(BUMP, [], 'run', trx);
  } else await em.execute(BUMP);
  localWrites++;
}

/** Transactions whose data version was raised already. */
const bumped = new WeakSet<object>();

/** Writes by this process since start: a local write makes the cached version stale at once. */
let localWrites = 0;

export class DataVersionSubscriber implements EventSubscriber {
  async afterFlush({ em, uow }: FlushEventArgs): Promise<void> {
    if (uow.getChangeSets().length) await bumpDataVersion(em as EntityManager);
  }
}

/**
 * The current data version, read from the database at most once per `ttlMs` (other replicas' writes
 * show within that time) and at once after a write in this process.
 */
export class DataVersionReader {
  private value = -1;
  private readAt = 0;
  private seenWrites = -1;

  constructor(
    private readonly orm: MikroORM,
    private readonly ttlMs = 1000,
  ) {}

  async current(): Promise<number> {
    if (this.seenWrites === localWrites && Date.now() - this.readAt < this.ttlMs) return this.value;
    this.seenWrites = localWrites;
    const rows = await (this.orm.em.fork() as EntityManager)
      .getConnection()
      .execute('select version from data_version where id = 1');
    this.value = Number((rows[0] as { version?: number } | undefined)?.version ?? 0);
    this.readAt = Date.now();
    return this.value;
  }
}
