import type { EntityClass, FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import DataLoader from 'dataloader';
import { columnsFor, findPlain, type PlainProps, pkOf } from '../db/plain';
import type { RequestReferences } from '../db/reference-rows';
import { checkDeadline } from './deadline';

type Key = string | number;

/**
 * The columns a children loader reads for the fields asked (`columnsFor`, with the key to the parent
 * added), once per query's field (the asked sets are cached per field node), not once per parent row.
 */
const columnsCache = new WeakMap<ReadonlySet<string>, Map<string, PlainProps>>();
function childColumns(
  em: EntityManager,
  entity: EntityClass<object>,
  fk: string,
  fields: ReadonlySet<string>,
): PlainProps {
  let byChild = columnsCache.get(fields);
  if (!byChild) {
    byChild = new Map();
    columnsCache.set(fields, byChild);
  }
  const key = `${entity.name}:${fk}`;
  let props = byChild.get(key);
  if (props === undefined) {
    const asked = columnsFor(em, entity, fields);
    props = asked && [...new Set([...asked, fk])].sort();
    byChild.set(key, props);
  }
  return props;
}

/**
 * Per-request batching: every field resolver asks a loader, and each loader runs one SQL statement
 * per GraphQL depth level however many parents there are. This is what keeps nested lists free of N+1.
 * They read plain rows (db/plain.ts), not managed entities: nothing read for an answer is written back.
 */
export class Loaders {
  private readonly loaders = new Map<string, DataLoader<Key, unknown>>();

  /** `deadline`: epoch ms after which batches stop (EXECUTION_TIMEOUT) instead of running their SQL. */
  constructor(
    private readonly em: EntityManager,
    readonly deadline = Number.POSITIVE_INFINITY,
    /** The process-wide reference rows (db/reference-rows.ts): their look-ups cost no statement. */
    readonly references?: RequestReferences,
  ) {}

  /** Entities by primary key. */
  byId<T extends object>(entity: EntityClass<T>, pk = 'id'): DataLoader<Key, T | null> {
    return this.memo(`id:${entity.name}:${pk}`, async (ids) => {
      if (this.references?.serves(entity, pk)) return this.references.byKeys(entity, ids);
      const rows = await findPlain(this.em, entity, { [pk]: { $in: [...ids] } } as FilterQuery<T>);
      const map = new Map(rows.map((r) => [String((r as Record<string, unknown>)[pk]), r]));
      return ids.map((id) => map.get(String(id)) ?? null);
    });
  }

  /**
   * Rows a list read (a page, a profile's part) told to the `byId` loader, so a later look-up of the
   * same record in this request (a nested relation back to it, a comparison of the listed
   * municipalities) costs no statement.
   */
  prime<T extends object>(entity: EntityClass<T>, rows: readonly T[], pk = 'id'): void {
    const loader = this.byId(entity, pk);
    for (const row of rows) loader.prime((row as Record<string, Key>)[pk] as Key, row);
  }

  /**
   * Children pointing at parents through the many-to-one property `fk`, in id order. `only`: the
   * properties to read (`columnsFor`; the key and `fk` are added), null for every column — a loader per
   * column set, so a narrowed read never answers a field that needs a column it left out.
   */
  children<T extends object>(
    entity: EntityClass<T>,
    fk: string,
    where: FilterQuery<T> = {},
    only: PlainProps = null,
  ): DataLoader<Key, T[]> {
    // The key to the parent is read whatever the caller narrowed to (childrenAsked has added it).
    const props = only && !only.includes(fk) ? [...only, fk].sort() : only;
    const name = `children:${entity.name}:${fk}:${JSON.stringify(where)}:${props?.join(',') ?? '*'}`;
    return this.memo(name, async (ids) => {
      const rows = await findPlain(
        this.em,
        entity,
        { ...(where as object), [fk]: { $in: [...ids] } } as FilterQuery<T>,
        { id: 'asc' },
        props,
      );
      const groups = new Map<string, T[]>();
      for (const row of rows) {
        const parent = String(pkOf((row as Record<string, object>)[fk]));
        const group = groups.get(parent);
        if (group) group.push(row);
        else groups.set(parent, [row]);
      }
      return ids.map((id) => groups.get(String(id)) ?? []);
    });
  }

  /**
   * The children loader for the fields a client asks of them (graphql/selection.ts `selectedFields`):
   * only their columns are read — a page of projects asking its practices' names does not read every
   * practice's descriptions. Any field whose reads are not known reads every column (`columnsFor`).
   */
  childrenAsked<T extends object>(
    entity: EntityClass<T>,
    fk: string,
    fields: ReadonlySet<string>,
  ): DataLoader<Key, T[]> {
    return this.children(entity, fk, {}, childColumns(this.em, entity, fk, fields));
  }

  /** A loader of any batch function, one per name and request (e.g. modules/source/citation.loaders.ts). */
  keyed<V>(name: string, batch: (keys: readonly Key[]) => Promise<V[]>): DataLoader<Key, V> {
    return this.memo(`keyed:${name}`, batch);
  }

  private memo<V>(name: string, batch: (ids: readonly Key[]) => Promise<V[]>): DataLoader<Key, V> {
    let loader = this.loaders.get(name) as DataLoader<Key, V> | undefined;
    if (!loader) {
      const deadline = this.deadline;
      // The deadline is checked before each batch's SQL and after it: a request past its time stops
      // at the next level instead of loading it.
      const guarded = async (ids: readonly Key[]) => {
        checkDeadline(deadline);
        const values = await batch(ids);
        checkDeadline(deadline);
        return values;
      };
      loader = new DataLoader<Key, V>(guarded, { cacheKeyFn: String, maxBatchSize: 1000 });
      this.loaders.set(name, loader as DataLoader<Key, unknown>);
    }
    return loader;
  }
}
