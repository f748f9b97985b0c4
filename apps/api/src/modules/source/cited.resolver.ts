import { type ClassType, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Citation } from './citation.entity';
import { citationsOf } from './citation.loaders';

/**
 * Base for resolvers of cited record types: adds `citations`, batched per request. The subject
 * type stored on a citation is the GraphQL type name.
 */
export function CitedResolver<T extends { id: number }>(type: ClassType<T>) {
  @Resolver(() => type)
  abstract class Cited {
    @FieldResolver(() => [Citation], {
      description: 'Passages of the sources that back this record or its fields (see `Citation.field`).',
    })
    citations(@Root() record: T, @Ctx() ctx: Context): Promise<Citation[]> {
      return citationsOf(ctx, type.name).load(record.id);
    }
  }
  return Cited;
}
