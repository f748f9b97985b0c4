import { Args, ArgsType, Ctx, Field, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { OffsetPageArgs, toConnection, toPage } from '../../graphql/connection';
import { listCatalogue } from './catalogue.service';
import { CatalogueConnection, CatalogueFilter, CatalogueOrder } from './catalogue.types';

@ArgsType()
class CatalogueArgs extends OffsetPageArgs {
  @Field(() => CatalogueFilter, { nullable: true, description: 'Conditions; all must hold.' })
  filter?: CatalogueFilter;

  @Field(() => CatalogueOrder, { nullable: true, description: 'Sort order (default: by name).' })
  orderBy?: CatalogueOrder;
}

@Resolver()
export class CatalogueResolver {
  @Query(() => CatalogueConnection, {
    description:
      'Projects and practices as one list in one order (name or start), paged across both kinds (`first` with `after`, or with `offset`), with the total and each kind’s count.',
  })
  async catalogue(@Args(() => CatalogueArgs) args: CatalogueArgs, @Ctx() ctx: Context) {
    const page = toPage(args.first, args.after, args.offset);
    const { rows, totalCount, projectCount, practiceCount } = await listCatalogue(
      ctx.em,
      args.filter ?? {},
      args.orderBy,
      page,
    );
    return { ...toConnection(rows, totalCount, page), projectCount, practiceCount };
  }
}
