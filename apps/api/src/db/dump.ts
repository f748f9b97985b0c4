import type { EntityMetadata, EntityProperty, MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { bumpDataVersion } from './data-version';

export const DUMP_FORMAT = 'vertailu-dump';
export const DUMP_VERSION = 1;

/** The whole database as JSON: every table's rows with values in one form whatever the database. */
export interface Dump {
  format: typeof DUMP_FORMAT;
  version: number;
  createdAt: string;
  /** Migrations the dumped database had: the target must have the same schema. */
  migrations: string[];
  tables: Record<string, Record<string, unknown>[]>;
}

export class DumpError extends Error {}

type ColumnKind = 'boolean' | 'json' | 'number' | 'other';

function kindOf(prop: EntityProperty): ColumnKind {
  const t = String(prop.columnTypes?.[0] ?? prop.type).toLowerCase();
  if (prop.runtimeType === 'boolean' || t === 'boolean') return 'boolean';
  if (t === 'json' || t === 'jsonb') return 'json';
  if (prop.runtimeType === 'number' || /int|double|decimal|numeric|float|real/.test(t)) return 'number';
  return 'other';
}

interface Table {
  name: string;
  primaryKey: string[];
  columns: Map<string, ColumnKind>;
  dependsOn: Set<string>;
}

/**
 * Not data: the cache's version counter only ever grows (an import raises it), so that a version
 * number is never reused for different contents.
 */
const NOT_DUMPED = new Set(['data_version']);

/** Tables in an order where every foreign key points at a table that comes earlier. */
function tablesOf(orm: MikroORM): Table[] {
  const metas = Object.values(orm.getMetadata().getAll()).filter(
    (m: EntityMetadata) => !m.abstract && !m.embeddable && m.tableName && !NOT_DUMPED.has(m.tableName),
  );
  const byName = new Map<string, Table>();
  for (const meta of metas) {
    const columns = new Map<string, ColumnKind>();
    const dependsOn = new Set<string>();
    for (const prop of Object.values(meta.properties) as EntityProperty[]) {
      if (!prop.fieldNames?.length || prop.persist === false) continue;
      if (prop.kind === 'm:1' || (prop.kind === '1:1' && prop.owner)) {
        const target = orm.getMetadata().find(prop.type);
        if (target?.tableName && target.tableName !== meta.tableName) dependsOn.add(target.tableName);
        const targetKey = target ? target.properties[target.primaryKeys[0] as string] : undefined;
        for (const f of prop.fieldNames) columns.set(f, targetKey ? kindOf(targetKey) : 'other');
      } else if (prop.kind === 'scalar') columns.set(prop.fieldNames[0] as string, kindOf(prop));
    }
    const primaryKey = meta.primaryKeys.flatMap((k) => meta.properties[k]?.fieldNames ?? []);
    byName.set(meta.tableName, { name: meta.tableName, primaryKey, columns, dependsOn });
  }
  const ordered: Table[] = [];
  const visit = (t: Table, path: Set<string>) => {
    if (ordered.includes(t) || path.has(t.name)) return;
    path.add(t.name);
    for (const d of [...t.dependsOn].sort()) {
      const dep = byName.get(d);
      if (dep) visit(dep, path);
    }
    ordered.push(t);
  };
  for (const t of [...byName.values()].sort((a, b) => a.name.localeCompare(b.name))) visit(t, new Set());
  return ordered;
}

/** One value in the dump's form: booleans as booleans, JSON parsed, decimals as numbers. */
function normalise(kind: ColumnKind, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (kind === 'boolean') return value === true || value === 1 || value === '1' || value === 't';
  if (kind === 'json') return typeof value === 'string' ? JSON.parse(value) : value;
  if (kind === 'number')
    return typeof value === 'string' || typeof value === 'bigint' ? Number(value) : value;
  return value;
}

function forDatabase(kind: ColumnKind, value: unknown, sqlite: boolean): unknown {
  if (value === null || value === undefined) return null;
  if (kind === 'boolean' && sqlite) return value ? 1 : 0;
  if (kind === 'json') return JSON.stringify(value);
  return value;
}

async function appliedMigrations(orm: MikroORM): Promise<string[]> {
  return (await orm.getMigrator().getExecutedMigrations()).map((m) => m.name).sort();
}

export async function exportDump(orm: MikroORM): Promise<Dump> {
  const knex = (orm.em as EntityManager).getKnex();
  const tables: Dump['tables'] = {};
  // One read transaction: the tables are consistent with each other even while the API writes.
  await knex.transaction(async (trx) => {
    for (const t of tablesOf(orm)) {
      const rows = (await trx(t.name).select('*').orderBy(t.primaryKey)) as Record<string, unknown>[];
      tables[t.name] = rows.map((row) =>
        Object.fromEntries(
          [...t.columns.entries()].map(([column, kind]) => [column, normalise(kind, row[column])]),
        ),
      );
    }
  });
  return {
    format: DUMP_FORMAT,
    version: DUMP_VERSION,
    createdAt: new Date().toISOString(),
    migrations: await appliedMigrations(orm),
    tables,
  };
}

/**
 * Loads a dump into a migrated database, all in one transaction: a failure or a killed process leaves
 * the database as it was. The database must be empty unless `replace` (then its rows go first).
 */
export async function importDump(
  orm: MikroORM,
  dump: Dump,
  opts: { replace?: boolean; onProgress?: (table: string, rows: number) => void } = {},
): Promise<{ tables: number; rows: number }> {
  if (dump?.format !== DUMP_FORMAT)
    throw new DumpError('This is not a Vertailu dump (format field missing).');
  if (dump.version !== DUMP_VERSION)
    throw new DumpError(
      `Dump version ${dump.version} is not supported (this program reads version ${DUMP_VERSION}).`,
    );
  const migrations = await appliedMigrations(orm);
  if (JSON.stringify(migrations) !== JSON.stringify([...dump.migrations].sort()))
    throw new DumpError(
      `The dump was made with migrations ${dump.migrations.at(-1)}, this database has ${migrations.at(-1)}: migrate both to the same version first.`,
    );
  const tables = tablesOf(orm);
  for (const name of Object.keys(dump.tables))
    if (!tables.some((t) => t.name === name))
      throw new DumpError(`The dump has a table "${name}" this database does not.`);
  const knex = (orm.em as EntityManager).getKnex();
  const sqlite = orm.config.getPlatform().constructor.name.toLowerCase().includes('sqlite');
  let total = 0;
  await knex.transaction(async (trx) => {
    for (const t of [...tables].reverse()) {
      const n = ((await trx(t.name).count({ n: '*' })) as { n: number | string }[])[0]?.n;
      if (Number(n) > 0 && !opts.replace)
        throw new DumpError(
          `Table ${t.name} is not empty: import into an empty database, or pass --replace.`,
        );
      if (Number(n) > 0) await trx(t.name).delete();
    }
    for (const t of tables) {
      const rows = dump.tables[t.name] ?? [];
      const prepared = rows.map((row) =>
        Object.fromEntries(
          Object.entries(row).map(([column, value]) => {
            const kind = t.columns.get(column);
            if (!kind) throw new DumpError(`Table ${t.name} has no column "${column}".`);
            return [column, forDatabase(kind, value, sqlite)];
          }),
        ),
      );
      for (let i = 0; i < prepared.length; i += 200) await trx(t.name).insert(prepared.slice(i, i + 200));
      total += rows.length;
      opts.onProgress?.(t.name, rows.length);
      if (!sqlite && t.columns.has('id') && rows.length)
        await trx.raw(`select setval(pg_get_serial_sequence(?, 'id'), (select max(id) from ??))`, [
          t.name,
          t.name,
        ]);
    }
    // Cached responses of the old contents must not be served.
    await bumpDataVersion({ execute: (sql: string) => trx.raw(sql) });
  });
  return { tables: tables.length, rows: total };
}
