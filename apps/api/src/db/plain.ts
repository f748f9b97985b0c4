import type {
  EntityClass,
  EntityMetadata,
  EntityProperty,
  FilterQuery,
  MetadataStorage,
  Platform,
} from '@mikro-orm/core';
import { helper, ReferenceKind } from '@mikro-orm/core';
import type { EntityManager, Knex, QueryBuilder } from '@mikro-orm/knex';
import { onPostgres, readRows } from './read-batch';

/**
 * The read path's rows: records read for an answer are never changed, so they skip the ORM's
 * hydration, identity map and change tracking. A row becomes an object with the entity's prototype
 * (its getters, e.g. `nodeId`, and `instanceof` work) holding the entity's properties as own data
 * properties, converted exactly as the hydrator converts them (custom types, booleans, dates).
 * A many-to-one is a stub holding only the target's primary key (`row.municipality.code`), which
 * `pkOf` reads without the ORM. An inline embeddable (a record's `period`) is one object holding its
 * columns, with the embeddable's prototype, found in the metadata as the hydrator finds it: no entity's
 * embeddable is named here. Writes keep MikroORM's managed entities.
 */
export const PLAIN_PK = Symbol('plain primary key');

type Row = Record<string, unknown>;
interface Column {
  prop: string;
  field: string;
  convert: ((value: unknown) => unknown) | null;
}
/**
 * An inline embeddable (e.g. a record's period): its columns are the owner's, read into one object of a
 * class that inherits the embeddable's prototype, as the hydrator builds it; a nullable one is null when
 * every column is.
 */
interface EmbeddedRead {
  prop: string;
  fields: string[];
  read: (row: Row) => Row;
}
interface Mapper {
  /** Columns to select (lazy properties excluded, as `em.find` excludes them, and `searchText`). */
  fields: string[];
  map: (row: Row) => object;
}

const mappers = new WeakMap<EntityMetadata, Map<string, Mapper>>();

/**
 * Which of an entity's properties a read needs: null for all (the default), or a list from
 * `columnsFor`. Rows read with a list hold only those properties: they answer the fields asked and are
 * never primed into a request's loaders, where another part could ask them for more.
 */
export type PlainProps = readonly string[] | null;

function converter(prop: EntityProperty, platform: Platform): ((v: unknown) => unknown) | null {
  const type = prop.customType;
  if (type) return (v) => (v == null ? v : type.convertToJSValue(v, platform));
  if (prop.runtimeType === 'boolean') return (v) => (v == null ? v : Boolean(v));
  if (prop.runtimeType === 'Date') return (v) => (v == null || v instanceof Date ? v : new Date(v as string));
  return null;
}

/**
 * A class whose instances hold `props` as own data properties and inherit the entity's prototype
 * (getters such as `nodeId`, `instanceof`), named as the entity (`constructor.name` names global ids).
 * Class fields are defined, not assigned, so the setters MikroORM puts on entity prototypes
 * (propagation) never run; and an object made with its prototype is mapped ~2.4 × as fast as one given
 * it afterwards with `Object.setPrototypeOf` (an 8-column micro-benchmark).
 */
function rowClass(meta: EntityMetadata, props: readonly (string | symbol)[]): new () => Row {
  const name = /^[A-Za-z_$][\w$]*$/.test(meta.className) ? meta.className : 'PlainRow';
  const fields = props.map((p, i) => (typeof p === 'symbol' ? `[keys[${i}]];` : `${JSON.stringify(p)};`));
  const made = new Function('keys', `return class ${name} { ${fields.join(' ')} }`)(props) as new () => Row;
  Object.setPrototypeOf(made.prototype, meta.prototype);
  return made;
}

const stubClasses = new WeakMap<EntityMetadata, new () => Row>();

function stubOf(target: EntityMetadata, value: unknown): object | null {
  if (value == null) return null;
  const pk = target.primaryKeys[0] as string;
  let Stub = stubClasses.get(target);
  if (!Stub) {
    Stub = rowClass(target, [pk, PLAIN_PK]);
    stubClasses.set(target, Stub);
  }
  const stub = new Stub();
  stub[pk] = value;
  (stub as Record<symbol, unknown>)[PLAIN_PK] = value;
  return stub;
}

/** The reader of an inline embedded property from its owner's row (nested embeddables included). */
function embeddedRead(prop: EntityProperty, metadata: MetadataStorage, platform: Platform): EmbeddedRead {
  const target = metadata.find(prop.type) as EntityMetadata;
  const columns: Column[] = [];
  const nested: EmbeddedRead[] = [];
  for (const child of Object.values(prop.embeddedProps) as EntityProperty[]) {
    const name = child.embedded?.[1] as string;
    if (child.kind === ReferenceKind.EMBEDDED && !child.object && !child.array)
      nested.push({ ...embeddedRead(child, metadata, platform), prop: name });
    else if (child.kind === ReferenceKind.SCALAR && child.persist !== false && child.fieldNames?.length === 1)
      columns.push({ prop: name, field: child.fieldNames[0] as string, convert: converter(child, platform) });
    else throw new Error(`plain rows: ${prop.name}.${name} of an embeddable is not supported`);
  }
  const Embedded = rowClass(target, [...columns.map((c) => c.prop), ...nested.map((n) => n.prop)]);
  const nullable = !!prop.nullable;
  return {
    prop: prop.name,
    fields: [...columns.map((c) => c.field), ...nested.flatMap((n) => n.fields)],
    read: (row) => {
      let empty = true;
      const out = new Embedded();
      for (const c of columns) {
        const v = row[c.field];
        if (v != null) empty = false;
        out[c.prop] = c.convert ? c.convert(v) : v;
      }
      for (const n of nested) {
        const v = n.read(row);
        if (v != null) empty = false;
        out[n.prop] = v;
      }
      return nullable && empty ? (null as unknown as Row) : out;
    },
  };
}

function mapperOf(em: EntityManager, meta: EntityMetadata, only: PlainProps = null): Mapper {
  let byProps = mappers.get(meta);
  if (!byProps) {
    byProps = new Map();
    mappers.set(meta, byProps);
  }
  const key = only ? only.join(',') : '';
  let mapper = byProps.get(key);
  if (mapper) return mapper;
  const wanted = only ? new Set([...only, ...meta.primaryKeys]) : null;
  const platform = em.getPlatform();
  const metadata = em.getMetadata();
  const columns: Column[] = [];
  const relations: { prop: string; field: string; target: EntityMetadata }[] = [];
  const embeddeds: EmbeddedRead[] = [];
  for (const prop of meta.props) {
    // An embeddable's own columns are read with it (below), under their flattened names here.
    if (prop.embedded) continue;
    if (prop.kind === ReferenceKind.EMBEDDED && !prop.object && !prop.array && prop.persist !== false) {
      if (!wanted || wanted.has(prop.name)) embeddeds.push(embeddedRead(prop, metadata, platform));
      continue;
    }
    if (prop.persist === false || prop.lazy || !prop.fieldNames?.length) continue;
    // The folded copy of a record's texts that only SQL's LIKE reads: never served, often the longest
    // column of its row.
    if (prop.name === 'searchText') continue;
    if (wanted && !wanted.has(prop.name)) continue;
    if (prop.kind === ReferenceKind.SCALAR)
      columns.push({
        prop: prop.name,
        field: prop.fieldNames[0] as string,
        convert: converter(prop, platform),
      });
    else if (
      (prop.kind === ReferenceKind.MANY_TO_ONE || (prop.kind === ReferenceKind.ONE_TO_ONE && prop.owner)) &&
      prop.fieldNames.length === 1
    )
      relations.push({
        prop: prop.name,
        field: prop.fieldNames[0] as string,
        target: metadata.find(prop.type) as EntityMetadata,
      });
    else throw new Error(`plain rows: ${meta.className}.${prop.name} is not supported`);
  }
  const PlainRow = rowClass(meta, [
    ...columns.map((c) => c.prop),
    ...relations.map((r) => r.prop),
    ...embeddeds.map((e) => e.prop),
  ]);
  mapper = {
    fields: [
      ...columns.map((c) => c.field),
      ...relations.map((r) => r.field),
      ...embeddeds.flatMap((e) => e.fields),
    ],
    map: (row) => {
      const out = new PlainRow();
      for (const c of columns) {
        const v = row[c.field];
        out[c.prop] = c.convert ? c.convert(v) : v;
      }
      for (const r of relations) out[r.prop] = stubOf(r.target, row[r.field]);
      for (const e of embeddeds) out[e.prop] = e.read(row);
      return out;
    },
  };
  byProps.set(key, mapper);
  return mapper;
}

const fieldReads = new Map<object, Map<string, readonly string[]>>();

/**
 * Declares the properties a computed GraphQL field of `entity` (and its subclasses) reads from the row,
 * so `columnsFor` may narrow a read that asks for it (e.g. a period from its dates and precisions).
 */
export function declareFieldReads(entity: object, field: string, props: readonly string[]): void {
  const fields = fieldReads.get(entity) ?? new Map<string, readonly string[]>();
  fields.set(field, props);
  fieldReads.set(entity, fields);
}

function declaredReads(entity: EntityClass<object>, field: string): readonly string[] | undefined {
  for (let c: object | null = entity; c && c !== Function.prototype; c = Object.getPrototypeOf(c)) {
    const props = fieldReads.get(c)?.get(field);
    if (props) return props;
  }
  return undefined;
}

/**
 * The properties to read for the fields a client asks of `entity`'s rows (GraphQL field names, from
 * graphql/selection.ts): a column property for itself, a many-to-one for its key, an embeddable for its
 * columns, a collection for nothing (its loader goes by the primary key, always read), a computed field
 * for what it declared (`declareFieldReads`). Any other field — one whose reads are not known — means every column (null):
 * narrowing is an optimisation and never guesses. Only the columns an answer needs cross the wire and
 * get decoded: a profile's 1 326 context values asked for year, value and indicator read 4 of 13.
 */
export function columnsFor(
  em: EntityManager,
  entity: EntityClass<object>,
  fields: Iterable<string>,
): PlainProps {
  const meta = em.getMetadata().get(entity.name);
  const props = new Set<string>(meta.primaryKeys);
  for (const field of fields) {
    const prop = meta.properties[field as never] as EntityProperty | undefined;
    if (prop && prop.persist !== false && !prop.lazy) {
      if (
        prop.kind === ReferenceKind.SCALAR ||
        prop.kind === ReferenceKind.MANY_TO_ONE ||
        prop.kind === ReferenceKind.EMBEDDED ||
        (prop.kind === ReferenceKind.ONE_TO_ONE && prop.owner)
      )
        props.add(prop.name);
      else if (prop.kind !== ReferenceKind.ONE_TO_MANY && prop.kind !== ReferenceKind.MANY_TO_MANY)
        return null;
      continue;
    }
    const declared = declaredReads(entity, field);
    if (!declared) return null;
    for (const p of declared) props.add(p);
  }
  return [...props].sort();
}

/**
 * The knex a read's SQL runs on: the transaction's when `em` is in one (SQLite's pool holds a single
 * connection, so a statement beside the transaction would wait for it), else the pool's. Reads build
 * their statements with knex, not MikroORM's query builder: its criteria processing, aliasing and
 * result mapping cost more CPU per statement than the statement itself takes in the database.
 */
export function readSql(em: EntityManager): Knex {
  return (em.getTransactionContext<Knex.Transaction>() ?? em.getKnex()) as Knex;
}

/** Whether `table` has a row with these column values: one `select 1 … limit 1`, nothing read. */
export async function rowExists(
  em: EntityManager,
  table: string,
  where: Record<string, string | number>,
): Promise<boolean> {
  const knex = readSql(em);
  return (await knex.first(knex.raw('1 as found')).from(table).where(where)) !== undefined;
}

/** The columns a plain row of `entity` is read from, prefixed by the table's alias in the statement. */
export function plainColumns(
  em: EntityManager,
  entity: EntityClass<object>,
  alias: string,
  only: PlainProps = null,
): string[] {
  return mapperOf(em, em.getMetadata().get(entity.name), only).fields.map((f) => `${alias}.${f}`);
}

/** Raw rows (column names, as the driver returns them) of `entity`'s table → plain rows. */
export function plainRows<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  rows: Row[],
  only: PlainProps = null,
): T[] {
  const { map } = mapperOf(em, em.getMetadata().get(entity.name), only);
  return rows.map(map) as T[];
}

/** A query builder's rows as plain rows: it selects its main entity's columns. */
export async function executePlain<T extends object>(em: EntityManager, qb: QueryBuilder<T>): Promise<T[]> {
  const main = qb.mainAlias;
  const { fields, map } = mapperOf(em, main.metadata as EntityMetadata);
  const prefix = main.aliasName;
  const rows = await qb.select(fields.map((f) => `${prefix}.${f}`) as never).execute<Row[]>('all', false);
  return rows.map(map) as T[];
}

/**
 * `em.find` for the read path: the same filter and order, plain rows. A top-level `{ key: { $in: list } }`
 * on a column becomes one `in (?, ?, …)` with bound values: the ORM's criteria processing builds an
 * object per list item, which for a loader's batch of a thousand keys costs more than the statement.
 * A filter of only such lists and plain equalities on columns (a loader's) skips the query builder too:
 * one knex statement. Anything else (relations, operators) goes through MikroORM's query builder.
 */
export function findPlain<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  where: FilterQuery<T>,
  orderBy?: Record<string, 'asc' | 'desc' | string>,
  /** Only these properties (`columnsFor`) where the read is one knex statement; null: every column. */
  only: PlainProps = null,
): Promise<T[]> {
  const meta = em.getMetadata().get(entity.name);
  const platform = em.getPlatform();
  const rest: Record<string, unknown> = {};
  const lists: [string, unknown[]][] = [];
  const equal: [string, string | number | null][] = [];
  for (const [key, value] of Object.entries(where as Record<string, unknown>)) {
    const prop = meta.properties[key as never] as EntityProperty | undefined;
    const column =
      prop &&
      prop.fieldNames?.length === 1 &&
      (prop.kind === ReferenceKind.SCALAR || prop.kind === ReferenceKind.MANY_TO_ONE)
        ? (prop.fieldNames[0] as string)
        : null;
    const list = (value as { $in?: unknown[] } | null)?.$in;
    if (
      column &&
      Array.isArray(list) &&
      Object.keys(value as object).length === 1 &&
      list.every((v) => bindsAsIs(prop as EntityProperty, v, platform))
    )
      lists.push([column, list]);
    else if (column && (value === null || bindsAsIs(prop as EntityProperty, value, platform)))
      equal.push([column, value as string | number | null]);
    else rest[key] = value;
  }
  const order = Object.entries(orderBy ?? {}).map(([key, dir]) => {
    const prop = meta.properties[key as never] as EntityProperty | undefined;
    return prop?.fieldNames?.length === 1 && (dir === 'asc' || dir === 'desc')
      ? ([prop.fieldNames[0] as string, dir] as const)
      : null;
  });
  if (!Object.keys(rest).length && order.every((o) => o)) {
    const { fields, map } = mapperOf(em, meta, only);
    const query = readSql(em)
      .select(fields.map((f) => `e.${f}`))
      .from({ e: meta.tableName });
    for (const [column, value] of equal)
      if (value === null) query.whereNull(`e.${column}`);
      else query.where(`e.${column}`, value);
    for (const [column, list] of lists)
      if (list.length) whereAny(query, `e.${column}`, list as (string | number)[]);
      else query.whereRaw('1 = 0');
    for (const o of order) query.orderBy(`e.${o?.[0]}`, o?.[1]);
    return readRows(em, query).then((rows) => rows.map(map) as T[]);
  }
  const qb = em.createQueryBuilder(entity, 'e').where({
    ...rest,
    ...Object.fromEntries(
      equal.map(([column, value]) => [meta.props.find((p) => p.fieldNames?.[0] === column)?.name, value]),
    ),
  } as FilterQuery<T>);
  for (const [field, list] of lists) whereIn(qb, `e.${field}`, list);
  if (orderBy) qb.orderBy(orderBy as never);
  return executePlain(em, qb as unknown as QueryBuilder<T>);
}

/** A value the driver may bind as it is: a string or number the column's type would not convert. */
function bindsAsIs(prop: EntityProperty, value: unknown, platform: Platform): boolean {
  if (typeof value !== 'string' && typeof value !== 'number') return false;
  return !prop.customType || prop.customType.convertToDatabaseValue(value, platform) === value;
}

/** The primary key of a plain row's many-to-one stub, or undefined for anything else. */
export function plainPk(ref: object): string | number | undefined {
  return (ref as { [PLAIN_PK]?: string | number })[PLAIN_PK];
}

/** Primary key of a loaded entity, an unloaded reference or a plain row's stub, without loading it. */
export function pkOf(ref: object | null | undefined): string | number | null {
  if (!ref) return null;
  return plainPk(ref) ?? (helper(ref).getPrimaryKey() as string | number);
}

/** Adds `column in (?, ?, …)` with bound values (none: no row), bypassing the ORM's per-item criteria. */
export function whereIn<Q extends { andWhere(cond: string, params?: unknown[]): unknown }>(
  qb: Q,
  column: string,
  values: readonly unknown[],
): Q {
  if (!values.length) qb.andWhere('1 = 0');
  else qb.andWhere(`${column} in (${values.map(() => '?').join(', ')})`, [...values]);
  return qb;
}

/**
 * `column in (…values)`. On PostgreSQL the list is one bound array (`column = any($1)`), whatever its
 * length: knex writes, numbers and the driver sends one parameter instead of one per value (a national
 * comparison bound 618), and the statement's text stays the same for any list.
 */
export function whereAny(query: Knex.QueryBuilder, column: string, values: readonly (string | number)[]) {
  if (!onPostgres(query)) return query.whereIn(column, values as (string | number)[]);
  return query.whereRaw('?? = any(?)', [column, pgArray(values)]);
}

/**
 * A list as one bound value: node-postgres sends an object's `toPostgres()`, here the array's literal
 * (`{"020","005"}`, each item quoted, `"` and `\` escaped), made in one join — the driver's own writer
 * concatenates item by item. knex would spread a bare array into one parameter per item.
 */
export function pgArray(values: readonly (string | number)[]) {
  return {
    toPostgres: () => `{${values.map((v) => `"${String(v).replace(/["\\]/g, '\\$&')}"`).join(',')}}`,
  };
}

/**
 * A page of plain rows and the count over all pages in one statement: `query` selects from `entity`'s
 * table under `alias` with the list's filters. Only a page past the end (no row to carry the count)
 * asks for the count alone. The count is read one of two ways:
 * - `'sub-select'` (the default): a sub-select of the same filters, which the database evaluates once.
 *   Cheap when the filters are index look-ups or there are none, and the page may then stop early.
 * - `'in-pass'`: `count(*) over ()` in the page's own pass over the filtered rows. For a filter that
 *   reads every row's text, a substring search no index serves, the sub-select read every text a second
 *   time (the bench's practice search: 8.3 → 4.5 ms in PostgreSQL). Not the default: the window keeps
 *   every filtered row until the sort, which costs more than a second cheap pass (an unfiltered page of
 *   20 000 projects: 3.2 → 11.9 ms; filtered by phase or years: about 1.5 ×).
 */
export async function pagePlain<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  query: Knex.QueryBuilder,
  alias: string,
  orderSql: string,
  page: { limit: number; offset: number },
  /** Only these properties (`columnsFor`); null: every column. */
  only: PlainProps = null,
  count: 'sub-select' | 'in-pass' = 'sub-select',
): Promise<{ rows: T[]; totalCount: number; narrowed: boolean }> {
  const { fields, map } = mapperOf(em, em.getMetadata().get(entity.name), only);
  const countAlone = query.clone().clearSelect().clearOrder().count({ n: '*' });
  const knex = em.getKnex();
  const rows = await readRows(
    em,
    query
      .clone()
      .select([
        ...fields.map((f) => `${alias}.${f}`),
        count === 'in-pass'
          ? knex.raw('count(*) over () as total_count')
          : countAlone.clone().as('total_count'),
      ])
      .orderByRaw(orderSql)
      .limit(page.limit)
      .offset(page.offset),
  );
  const totalCount = rows.length
    ? Number(rows[0]?.total_count)
    : page.offset > 0
      ? Number(((await countAlone) as { n: number | string }[])[0]?.n ?? 0)
      : 0;
  return { rows: rows.map(map) as T[], totalCount, narrowed: only !== null };
}

/**
 * What a read use case may be given to read rows by key once per request: the request's loaders
 * (graphql/loaders.ts) fit it. A row one part of a request read already costs the next part nothing.
 */
export interface RowLoaders {
  byId<T extends object>(
    entity: EntityClass<T>,
    pk?: string,
  ): {
    loadMany(keys: readonly (string | number)[]): Promise<(T | null | Error)[]>;
    /** Tells the loader a row read by other means (a list's page): asked for later, it costs nothing. */
    prime(key: string | number, row: T): unknown;
  };
  /** The process-wide reference rows, when the request has them (db/reference-rows.ts). */
  readonly references?: {
    serves(entity: EntityClass<object>, pk: string): boolean;
    all<T extends object>(entity: EntityClass<T>): Promise<T[]>;
    byKeys<T extends object>(
      entity: EntityClass<T>,
      keys: readonly (string | number)[],
    ): Promise<(T | null)[]>;
  };
}

/**
 * The rows of a reference table that `keep` selects, in the table's order, from the process-wide copy
 * when the request has one (no statement), else by `read`.
 */
export async function referenceRows<T extends object>(
  loaders: RowLoaders | undefined,
  entity: EntityClass<T>,
  pk: string,
  keep: (row: T) => boolean,
  read: () => Promise<T[]>,
): Promise<T[]> {
  const references = loaders?.references;
  if (!references?.serves(entity as EntityClass<object>, pk)) return read();
  return (await references.all(entity)).filter(keep);
}

/** Rows of `entity` whose key `pk` is one of `keys` (those that exist), through `loaders` when given. */
export async function rowsByKey<T extends object>(
  em: EntityManager,
  loaders: RowLoaders | undefined,
  entity: EntityClass<T>,
  pk: string,
  keys: readonly (string | number)[],
): Promise<T[]> {
  if (!loaders) return findPlain(em, entity, { [pk]: { $in: [...keys] } } as FilterQuery<T>);
  // Reference rows straight from the process-wide copy: through the loader, each of a national
  // comparison's 309 municipalities cost a promise and a cache entry for a row already at hand.
  const references = loaders.references;
  const rows = references?.serves(entity as EntityClass<object>, pk)
    ? await references.byKeys(entity, keys)
    : await loaders.byId(entity, pk).loadMany(keys);
  for (const row of rows) if (row instanceof Error) throw row;
  return rows.filter((r): r is T => r != null);
}
