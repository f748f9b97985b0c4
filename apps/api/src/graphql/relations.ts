import type { EntityClass } from '@mikro-orm/core';
import type {
  FieldNode,
  GraphQLFieldResolver,
  GraphQLObjectType,
  GraphQLResolveInfo,
  GraphQLSchema,
} from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { declareFieldReads, pkOf } from '../db/plain';
import { countAnswerRows, type DeadlineContext } from './deadline';
import type { Loaders } from './loaders';
import { selectedFields } from './selection';

/** What these resolvers read of the request's context (context.ts's Context has it; no import back up). */
type Context = DeadlineContext & { loaders: Loaders };

/**
 * A many-to-one relation's field (each feature folder makes its own: `loadProject` in
 * modules/project/project.loaders.ts …): the target through the per-request loader (one statement per level),
 * or, when the client asks for nothing but the key (`GraphQL name` of the key field: `id` for records,
 * `code` for codes), the row's own stub: no loader call at all.
 */
export function relationLoader<T extends object>(entity: EntityClass<T>, pk = 'id') {
  return (ref: T | null, ctx: Context, info?: GraphQLResolveInfo): T | Promise<T | null> | null => {
    const key = pkOf(ref);
    if (key == null) return null;
    return info && asksOnlyKey(info, pk) ? ref : ctx.loaders.byId(entity, pk).load(key);
  };
}

const keyOnlyCache = new WeakMap<readonly FieldNode[], Map<string, boolean>>();

/**
 * True when the client asks this field for nothing but `key` (and `__typename`): then the row's own
 * foreign key answers it, e.g. `indicator { code }` on a thousand values, with no loader call at all.
 * Decided once per field of the query (the answer is cached on the query's field nodes).
 */
export function asksOnlyKey(info: GraphQLResolveInfo, key: string): boolean {
  let byKey = keyOnlyCache.get(info.fieldNodes);
  if (!byKey) {
    byKey = new Map();
    keyOnlyCache.set(info.fieldNodes, byKey);
  }
  let answer = byKey.get(key);
  if (answer === undefined) {
    answer = info.fieldNodes.every((node) =>
      (node.selectionSet?.selections ?? []).every(
        (s) => s.kind === 'Field' && (s.name.value === key || s.name.value === '__typename'),
      ),
    );
    byKey.set(key, answer);
  }
  return answer;
}

/**
 * Many-to-one fields whose row holds the key (`[type, field, target, key]`, the key the target's primary
 * key and its GraphQL field alike: `id` or `code`). After the schema is built each such field resolves
 * straight from the row — the stub for a key-only selection, else the per-request loader (one statement
 * per level, the deadline checked per batch) — without type-graphql's resolver wrapper and middleware,
 * which cost more per row than the read itself (1 326 context values' `indicator { … }`: 18 of 28 ms).
 * The field resolver methods stay as the schema's declaration and for any field left out here.
 * Fields with roles are left alone.
 */
export function resolveRelationsFromRows(
  schema: GraphQLSchema,
  fields: readonly (readonly [type: EntityType, field: string, target: EntityType, key: string])[],
): void {
  for (const [type, field, target, key] of fields) {
    const built = builtField(schema, type, field);
    if (!built) continue;
    const load = relationLoader(target as EntityClass<object>, key);
    const resolve = ((root: Record<string, object | null>, _args: unknown, context: Context, info) =>
      load(root[field] ?? null, context, info)) as GraphQLFieldResolver<unknown, unknown> & {
      keyOnSource?: string;
    };
    // The compiled executor (patches/graphql-jit) reads a key-only selection straight from the row,
    // decided once per query: no resolver call per row. graphql-js calls `resolve`, which does the same
    // per row (asksOnlyKey).
    resolve.keyOnSource = key;
    built.resolve = resolve;
  }
}

/**
 * One-to-many fields whose rows point back at their parent (`[type, field, child, fk]`: the child's
 * many-to-one `fk` holds the parent's id). After the schema is built each such field reads the
 * per-request `children` loader straight from the parent's id, in the columns the client asks of the
 * children (`childrenAsked`; one statement per level, the deadline
 * checked per batch), without type-graphql's resolver wrapper and middleware; the rows it returns count
 * against the answer's row budget as the middleware counts them. Fields with roles or arguments are
 * left alone.
 */
export function resolveChildrenFromRows(
  schema: GraphQLSchema,
  fields: readonly (readonly [type: EntityType, field: string, child: EntityType, fk: string])[],
): void {
  for (const [type, field, child, fk] of fields) {
    const built = builtField(schema, type, field);
    if (!built || built.args.length) continue;
    const entity = child as EntityClass<object>;
    built.resolve = ((root: { id: number }, _args: unknown, context: Context, info: GraphQLResolveInfo) =>
      context.loaders
        .childrenAsked(entity, fk, selectedFields(info))
        .load(root.id)
        .then((rows) => countAnswerRows(context, rows))) as GraphQLFieldResolver<unknown, unknown>;
    // The field reads nothing of its parent's row but the key, which every read has: a list asking
    // for it may still narrow its own columns (db/plain.ts columnsFor).
    declareFieldReads(type, field, []);
  }
}

/** The built field of a type-graphql field resolver method without roles, or undefined. */
function builtField(schema: GraphQLSchema, type: EntityType, field: string) {
  const storage = getMetadataStorage();
  const name = storage.objectTypes.find((o) => o.target === type)?.name ?? type.name;
  const built = (schema.getType(name) as GraphQLObjectType | undefined)?.getFields()[field];
  const resolver = storage.fieldResolvers.find((r) => r.methodName === field && r.getObjectType?.() === type);
  return built?.resolve && resolver && resolver.roles === undefined ? built : undefined;
}

type EntityType = abstract new (...args: never[]) => object;
