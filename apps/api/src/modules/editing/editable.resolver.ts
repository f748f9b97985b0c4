import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { Arg, Authorized, type ClassType, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import type { VersionedEntity } from '../../db/base.entity';
import { inTransaction } from '../../db/transaction';
import { numericIdOf } from '../../graphql/global-id';
import type { CitationInput } from '../source/citation.input';
import { loadVersioned } from './editing';
import { type Command, DeleteInput } from './shared.input';

interface Versioned {
  id: string;
  version: number;
}

/**
 * One editable record type's mutations: its inputs, descriptions and use cases. The factory does the
 * rest the same way for every type: the editor role, global ids decoded (`ids`, and every citation's
 * source) into the use case's plain command, one transaction (`inTransaction`: CONFLICT on a concurrent
 * write), the record loaded at the version the editor read (`loadVersioned`: NOT_FOUND, CONFLICT).
 */
export interface EditableSpec<
  T extends VersionedEntity,
  C extends object,
  U extends object,
  K extends string,
> {
  /** The entity and GraphQL type; the mutations are `create<Type>`, `update<Type>`, `delete<Type>`. */
  type: ClassType<T>;
  /** Input fields that hold global ids, with the type each must name. */
  ids?: Record<K, string>;
  create?: {
    input: ClassType<C>;
    description: string;
    run: (em: EntityManager, command: Command<C, NoInfer<K> & keyof C>) => Promise<T>;
  };
  update: {
    input: ClassType<U & Versioned>;
    description: string;
    run: (em: EntityManager, record: T, command: Command<U, NoInfer<K> & keyof U>) => Promise<T>;
  };
  delete?: { description: string; run: (em: EntityManager, record: T) => Promise<void> };
}

// A mixin's base: type-graphql finds the mutations of every abstract class in the chain.
// biome-ignore lint/suspicious/noExplicitAny: TypeScript's mixin pattern needs `any[]` constructor arguments
type Base = abstract new (...args: any[]) => object;

/**
 * The create / update / delete mutations of one record type (type-graphql resolver inheritance:
 * https://typegraphql.com/docs/inheritance.html). Each mutation is its own abstract class in a chain,
 * so a type may leave one out (a cost figure is only corrected).
 */
export function EditableResolver<
  T extends VersionedEntity,
  C extends object,
  U extends object,
  K extends string = never,
>(spec: EditableSpec<T, C, U, K>): Base {
  const name = spec.type.name;
  const ids: Record<string, string> = spec.ids ?? {};
  const load = (em: EntityManager, input: Versioned) =>
    loadVersioned(em, spec.type as EntityClass<T>, numericIdOf(name, input.id, 'input.id'), input.version);
  let chain: Base = class {};
  if (spec.create) {
    const { input, description, run } = spec.create;
    chain = mutation(
      chain,
      'create',
      name,
      () => spec.type,
      description,
      input,
      (em, args) => run(em, decode(args, ids) as never),
    );
  }
  const update = spec.update;
  chain = mutation(
    chain,
    'update',
    name,
    () => spec.type,
    update.description,
    update.input,
    async (em, args) => update.run(em, await load(em, args as Versioned), decode(args, ids) as never),
  );
  if (spec.delete) {
    const remove = spec.delete.run;
    chain = mutation(
      chain,
      'delete',
      name,
      () => ID,
      spec.delete.description,
      DeleteInput,
      async (em, args) => {
        await remove(em, await load(em, args as Versioned));
        return (args as Versioned).id;
      },
    );
  }
  return chain;
}

/** An input as its use case takes it: `ids` and the citations' sources as database ids, no id or version. */
function decode(input: object, ids: Record<string, string>): object {
  const { id: _id, version: _version, citations, ...fields } = input as Record<string, unknown>;
  for (const [key, type] of Object.entries(ids)) {
    const id = fields[key] as string | null | undefined;
    // Undefined keeps a reference, null or "" clears it.
    if (id !== undefined) fields[key] = id ? numericIdOf(type, id, `input.${key}`) : null;
  }
  if (citations === undefined) return fields;
  return {
    ...fields,
    citations: (citations as CitationInput[]).map((c, i) => ({
      ...c,
      sourceId: numericIdOf('Source', c.sourceId, `input.citations[${i}].sourceId`),
    })),
  };
}

/**
 * One mutation, as an abstract class over `Parent`: the editor role and one transaction (the deadline
 * and the caller's audit scope come from the schema's middleware, applied to inherited classes too).
 */
function mutation(
  Parent: Base,
  verb: 'create' | 'update' | 'delete',
  name: string,
  returns: () => ClassType | typeof ID,
  description: string,
  input: ClassType,
  run: (em: EntityManager, input: object) => Promise<unknown>,
): Base {
  @Resolver()
  abstract class Mutating extends Parent {
    @Authorized('EDITOR')
    @Mutation(returns, { name: `${verb}${name}`, description })
    [verb](@Arg('input', () => input, { description: 'What to write.' }) args: object, @Ctx() ctx: Context) {
      return inTransaction(ctx.em, (tx) => run(tx, args));
    }
  }
  return Mutating;
}
