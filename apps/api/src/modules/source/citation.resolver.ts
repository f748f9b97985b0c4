import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { pkOf } from '../../db/plain';
import { Citation } from './citation.entity';
import { Source } from './source.entity';

@Resolver(() => Citation)
export class CitationResolver {
  @FieldResolver(() => Source, { description: 'The document the passage is in.' })
  source(@Root() c: Citation, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Source).load(pkOf(c.source) as number);
  }
}
