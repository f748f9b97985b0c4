import type { OrganisationKind } from '@vertailu/data';
import type { GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Info,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { Context } from '../../context';
import { Connection, PageArgs, toConnection, toPage } from '../../graphql/connection';
import { OrganisationKindEnum } from '../../graphql/enums';
import { numericIdOf } from '../../graphql/global-id';
import { Municipality } from '../municipality/municipality.entity';
import { loadMunicipality } from '../municipality/municipality.loaders';
import { CitedResolver } from '../source/cited.resolver';
import { Organisation } from './organisation.entity';
import { listOrganisations } from './organisation.service';

const OrganisationConnection = Connection(Organisation, 'Organisation');

@ArgsType()
class OrganisationsArgs extends PageArgs {
  @Field(() => [OrganisationKindEnum], { nullable: true, description: 'Any of these kinds.' })
  kinds?: OrganisationKind[];

  @Field(() => String, { nullable: true, description: 'Words in the name or abbreviation.' })
  search?: string;
}

@Resolver(() => Organisation)
export class OrganisationResolver extends CitedResolver(Organisation) {
  @Query(() => OrganisationConnection, {
    description: 'Funders, partners and other organisations, by Finnish name.',
  })
  async organisations(@Args(() => OrganisationsArgs) args: OrganisationsArgs, @Ctx() ctx: Context) {
    const page = toPage(args.first, args.after);
    const { rows, totalCount } = await listOrganisations(
      ctx.em,
      { kinds: args.kinds, search: args.search },
      page,
    );
    ctx.loaders.prime(Organisation, rows);
    return toConnection(rows, totalCount, page);
  }

  @Query(() => Organisation, { nullable: true, description: 'One organisation by id.' })
  organisation(@Arg('id', () => ID, { description: 'Organisation id.' }) id: string, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Organisation).load(numericIdOf('Organisation', id, 'id'));
  }

  @FieldResolver(() => Municipality, {
    nullable: true,
    description: 'The municipality, if the organisation is one.',
  })
  municipality(@Root() o: Organisation, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return loadMunicipality(o.municipality, ctx, info);
  }
}
