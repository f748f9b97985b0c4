import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { Arg, Authorized, type ClassType, Ctx, ID, Mutation, Resolver, UseMiddleware } from 'type-graphql';
import type { Context } from '../../context';
import type { VersionedEntity } from '../../db/base.entity';
import { inTransaction } from '../../db/transaction';
import { deadlineMiddleware } from '../../graphql/deadline';
import { numericIdOf } from '../../graphql/global-id';
import { loadVersioned } from './editing';
import { DeleteInput } from './shared.input';

interface Versioned {
  id: string;
  version: number;
}

/**
 * What one editable record type's mutations do. Each `run` gets the GraphQL input, decodes its ids
 * and calls the use case with a plain command; the factory does the rest the same way for every type:
 * the editor role, one transaction (`inTransaction`: CONFLICT on a concurrent write), the record loaded
 * by its id at the version the editor read (`loadVersioned`: NOT_FOUND, CONFLICT on a stale one).
 */
export interface EditableSpec<T extends VersionedEntity, C extends object, U extends object> {
  /** The entity and GraphQL type; the mutations are `create<Type>`, `update<Type>`, `delete<Type>`. */
  type: ClassType<T>;
  create?: { input: ClassType<C>; description: string; run: (em: EntityManager, input: C) => Promise<T> };
  update: {
    input: ClassType<U & Versioned>;
    description: string;
    /** `input` without `id` and `version`: those chose the record. */
    run: (em: EntityManager, record: T, input: U) => Promise<T>;
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
export function EditableResolver<T extends VersionedEntity, C extends object, U extends object>(
  spec: EditableSpec<T, C, U>,
): Base {
  const name = spec.type.name;
  const load = (em: EntityManager, input: Versioned) =>
    loadVersioned(em, spec.type as EntityClass<T>, numericIdOf(name, input.id, 'input.id'), input.version);
  let chain: Base = class {};
  if (spec.create) chain = creating(chain, spec.type, name, spec.create);
  chain = updating(chain, spec.type, name, spec.update, load);
  if (spec.delete) chain = deleting(chain, name, spec.delete, load);
  return chain;
}

function creating<T extends VersionedEntity, C extends object>(
  Parent: Base,
  type: ClassType<T>,
  name: string,
  create: NonNullable<EditableSpec<T, C, object>['create']>,
): Base {
  @Resolver()
  @UseMiddleware(deadlineMiddleware)
  abstract class Create extends Parent {
    @Authorized('EDITOR')
    @Mutation(() => type, { name: `create${name}`, description: create.description })
    create(
      @Arg('input', () => create.input, { description: 'What to write.' }) input: C,
      @Ctx() ctx: Context,
    ) {
      return inTransaction(ctx.em, (tx) => create.run(tx, input));
    }
  }
  return Create;
}

function updating<T extends VersionedEntity, U extends object>(
  Parent: Base,
  type: ClassType<T>,
  name: string,
  update: EditableSpec<T, object, U>['update'],
  load: (em: EntityManager, input: Versioned) => Promise<T>,
): Base {
  @Resolver()
  @UseMiddleware(deadlineMiddleware)
  abstract class Update extends Parent {
    @Authorized('EDITOR')
    @Mutation(() => type, { name: `update${name}`, description: update.description })
    update(
      @Arg('input', () => update.input, { description: 'What to write.' }) input: U & Versioned,
      @Ctx() ctx: Context,
    ) {
      const { id: _id, version: _version, ...fields } = input;
      return inTransaction(ctx.em, async (tx) => update.run(tx, await load(tx, input), fields as U));
    }
  }
  return Update;
}

function deleting<T extends VersionedEntity>(
  Parent: Base,
  name: string,
  remove: NonNullable<EditableSpec<T, object, object>['delete']>,
  load: (em: EntityManager, input: Versioned) => Promise<T>,
): Base {
  @Resolver()
  @UseMiddleware(deadlineMiddleware)
  abstract class Delete extends Parent {
    @Authorized('EDITOR')
    @Mutation(() => ID, { name: `delete${name}`, description: remove.description })
    delete(
      @Arg('input', () => DeleteInput, { description: 'What to write.' }) input: DeleteInput,
      @Ctx() ctx: Context,
    ) {
      return inTransaction(ctx.em, async (tx) => {
        await remove.run(tx, await load(tx, input));
        return input.id;
      });
    }
  }
  return Delete;
}
