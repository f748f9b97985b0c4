import type { EventSubscriber, FlushEventArgs, MikroORM, TransactionEventArgs } from '@mikro-orm/core';
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
    // Counted once committed (DataVersionSubscriber.afterTransactionCommit): counted before, a reader
    // between the bump and the commit would read the old version, cache the old answer and keep it.
    if (trx) return;
  } else await em.execute(BUMP);
  await writeCommitted();
}

/**
 * Called after a write committed, before the writer is answered: this process's readers re-read the
 * version, and other processes hear of it through Redis when it is configured.
 */
export async function writeCommitted(): Promise<void> {
  localWrites++;
  await Promise.all([...committedListeners].map((l) => l().catch(() => undefined)));
}

const committedListeners = new Set<() => Promise<void>>();

/** `listener` runs after every committed write of this process (the Redis invalidation raises its epoch). */
export function onWriteCommitted(listener: () => Promise<void>): () => void {
  committedListeners.add(listener);
  return () => committedListeners.delete(listener);
}

/** Transactions whose data version was raised already. */
const bumped = new WeakSet<object>();

/** Writes by this process since start: a local write makes the cached version stale at once. */
let localWrites = 0;

/** Writes this process committed since it started (a request's view of the data version changes with it). */
export function localWriteCount(): number {
  return localWrites;
}

export class DataVersionSubscriber implements EventSubscriber {
  async afterFlush({ em, uow }: FlushEventArgs): Promise<void> {
    if (uow.getChangeSets().length) await bumpDataVersion(em as EntityManager);
  }

  async afterTransactionCommit({ transaction }: TransactionEventArgs): Promise<void> {
    if (transaction && bumped.has(transaction)) await writeCommitted();
  }
}

/**
 * The current data version, read from the database at most once per `ttlMs` (other replicas' writes
 * show within that time) and at once after a write in this process. With a shared epoch (Redis),
 * every call asks it whether any process committed a write since, and re-reads at once if one did:
 * no process answers from a cache older than the last confirmed write.
 */
export class DataVersionReader {
  private value = -1;
  private readAt = 0;
  private seenWrites = -1;
  private reads = 0;
  private applied = 0;

  /** The shared epoch seen before the read that set `value` began. */
  private epochOfValue: string | null | undefined;

  constructor(
    private readonly orm: MikroORM,
    private readonly ttlMs = 1000,
    private readonly sharedEpoch?: () => Promise<string | null>,
  ) {}

  async current(): Promise<number> {
    // undefined: no shared epoch (or Redis away: the time bound ttlMs still holds).
    let epoch: string | null | undefined;
    if (this.sharedEpoch) epoch = await this.sharedEpoch().catch(() => undefined);
    if (
      (epoch === undefined || epoch === this.epochOfValue) &&
      this.seenWrites === localWrites &&
      Date.now() - this.readAt < this.ttlMs
    )
      return this.value;
    const writes = localWrites;
    const started = ++this.reads;
    const rows = await (this.orm.em.fork() as EntityManager)
      .getConnection()
      .execute('select version from data_version where id = 1');
    const value = Number((rows[0] as { version?: number } | undefined)?.version ?? 0);
    // Reads overlap: one begun before a commit may end after a later one. Only the latest begun
    // read sets what later requests see; an older one answers its own request only.
    if (started > this.applied) {
      this.applied = started;
      this.value = value;
      this.seenWrites = writes;
      if (epoch !== undefined) this.epochOfValue = epoch;
      this.readAt = Date.now();
    }
    return value;
  }
}
