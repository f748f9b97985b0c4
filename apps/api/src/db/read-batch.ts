import type { EntityManager, Knex } from '@mikro-orm/knex';

type Row = Record<string, unknown>;
interface Queued {
  query: Knex.QueryBuilder;
  resolve: (rows: Row[]) => void;
  reject: (error: unknown) => void;
}

/**
 * One statement per level of a request on PostgreSQL. The request's loaders (graphql/loaders.ts) each
 * batch their keys into one read, and the read use cases of a request's fields start theirs side by side;
 * the reads that GraphQL asks at one level — a page of projects' funding lines, practices and outcomes,
 * a profile's parts, the landing page's list and comparison — are dispatched in the same turn of the
 * event loop. Queued here instead of sent (`readRows`), they go in the check phase after that turn as one
 * statement whose columns are the reads, each its rows as one JSON array (`row_to_json`: the column names
 * as keys), so a level costs one round trip, one pooled connection and one wake-up of a database process,
 * however many relations it reads (PostGraphile's way: one planned statement). A read alone in its turn is
 * sent as it is. Rows come back as the driver would give them except for types JSON has no word for — a
 * date as its ISO text, numeric and bigint as numbers (exact below 2^53, which the amounts are: db/plain.ts
 * converts them by the property's type as it converts the driver's text) — and in the order each read's
 * own ORDER BY gave them.
 */
export class ReadBatch {
  private queued: Queued[] = [];

  constructor(private readonly knex: Knex) {}

  rows(query: Knex.QueryBuilder): Promise<Row[]> {
    return new Promise<Row[]>((resolve, reject) => {
      this.queued.push({ query, resolve, reject });
      // Sent in the event loop's next check phase: by then every nextTick and promise job of this turn
      // has run — DataLoader's dispatches (each a process.nextTick of its own) and the reads that only
      // awaited something already at hand (a cached reference row), such as a profile's cost comparison.
      // Only a read that waits for another read's answer is left for a later statement.
      if (this.queued.length === 1) setImmediate(() => this.flush());
    });
  }

  private flush(): void {
    const batch = this.queued;
    this.queued = [];
    if (batch.length === 1) {
      const [only] = batch as [Queued];
      only.query.then(only.resolve, only.reject);
      return;
    }
    const { knex } = this;
    const statement = knex.select(
      batch.map(({ query }, i) =>
        // coalesce: an aggregate over no rows is null. The read's ORDER BY orders json_agg's input.
        knex.raw(`(select coalesce(json_agg(row_to_json(t)), '[]') from (?) as t) as r${i}`, [query]),
      ),
    );
    statement.then(
      (result: Row[]) => {
        const row = result[0] ?? {};
        batch.forEach((b, i) => {
          b.resolve((row[`r${i}`] as Row[] | undefined) ?? []);
        });
      },
      // A read that fails must fail alone, as it would have unbatched (GraphQL answers its siblings): on
      // an error of the statement's SQL each read is sent again by itself and settles with its own
      // answer. Not on a cancelled statement or a lost connection: sending every read again would only
      // repeat the cost.
      (error: unknown) => {
        const code = (error as { code?: unknown }).code;
        const ownSql = typeof code === 'string' && /^(22|42)/.test(code);
        for (const b of batch)
          if (ownSql) b.query.then(b.resolve, b.reject);
          else b.reject(error);
      },
    );
  }
}

/**
 * Whether `knex` (or a query builder of it) talks to PostgreSQL (else SQLite): for the few reads each
 * dialect does its own way.
 */
export function onPostgres(knex: Pick<Knex, 'client'>): boolean {
  return (knex.client as { dialect?: string }).dialect === 'postgresql';
}

const batches = new WeakMap<EntityManager, ReadBatch>();

/**
 * Makes `em` (a request's own EntityManager, context.ts) batch its reads per level on PostgreSQL. SQLite
 * reads in process, synchronously: nothing to batch.
 */
export function batchReadsOf(em: EntityManager): void {
  const knex = em.getKnex();
  if (onPostgres(knex)) batches.set(em, new ReadBatch(knex));
}

/**
 * A read's rows: with the other reads of its level where `em` batches them, at once otherwise — and
 * always at once inside a transaction, whose statements run in order on its own connection.
 */
export function readRows(em: EntityManager, query: Knex.QueryBuilder): Promise<Row[]> {
  const batch = batches.get(em);
  return batch && !em.getTransactionContext() ? batch.rows(query) : (query as unknown as Promise<Row[]>);
}
