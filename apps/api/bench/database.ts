import { initOrm } from '../src/db/orm';
import { BENCH_DATABASE } from './synthetic';

/** The PostgreSQL server's maintenance database, where the benchmarks create theirs. */
export const PG_ADMIN_URL = process.env.PG_TEST_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

/** The benchmarks' PostgreSQL database (`BENCH_DATABASE`, default `vertailu_bench`) on that server. */
export function benchPostgresUrl(): string {
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${BENCH_DATABASE}`;
  return url.href;
}

/**
 * Creates the benchmarks' PostgreSQL database when it does not exist (`fresh`: drops it first), and
 * returns its URL. Every benchmark script (`bench`, `bench:attacks`, `bench:cost-roles`) shares it, so
 * synthetic Finland is loaded once.
 */
export async function ensureBenchPostgres(opts: { fresh?: boolean } = {}): Promise<string> {
  const admin = await initOrm({ kind: 'postgresql', url: PG_ADMIN_URL });
  try {
    const sql = admin.em.getConnection();
    if (opts.fresh) await sql.execute(`drop database if exists ${BENCH_DATABASE} with (force)`);
    const exists = await sql.execute(`select 1 from pg_database where datname = '${BENCH_DATABASE}'`);
    if (!exists.length) await sql.execute(`create database ${BENCH_DATABASE}`);
  } finally {
    await admin.close();
  }
  return benchPostgresUrl();
}
