import { Arg, Args, ArgsType, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Connection, PageArgs, toConnection, toPage } from '../../graphql/connection';
import { numericIdOf } from '../../graphql/global-id';
import { Source } from './source.entity';
import { listSources, sourceText } from './source.service';

const SourceConnection = Connection(Source, 'Source');

@ArgsType()
class SourcesArgs extends PageArgs {}

@Resolver(() => Source)
export class SourceResolver {
  @Query(() => SourceConnection, { description: 'The source documents and tables the data comes from.' })
  async sources(@Args(() => SourcesArgs) args: SourcesArgs, @Ctx() ctx: Context) {
    const page = toPage(args.first, args.after);
    const { rows, totalCount } = await listSources(ctx.em, page);
    return toConnection(rows, totalCount, page);
  }

  @Query(() => Source, { nullable: true, description: 'One source by id.' })
  source(@Arg('id', () => ID, { description: 'Source id.' }) id: string, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Source).load(numericIdOf('Source', id, 'id'));
  }

  @Authorized()
  @FieldResolver(() => String, {
    description: 'The full document text, byte for byte. Contains personal data: needs an API key.',
  })
  text(@Root() s: Source, @Ctx() ctx: Context): Promise<string> {
    return sourceText(ctx.em, s.id);
  }
}
