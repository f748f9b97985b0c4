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
import { pkOf } from '../../db/plain';
import { PageArgs, toConnection, toPage } from '../../graphql/connection';
import { numericIdOf } from '../../graphql/global-id';
import { selectedFields } from '../../graphql/selection';
import { Municipality } from '../municipality/municipality.entity';
import { Organisation } from '../organisation/organisation.entity';
import { Project } from '../project/project.entity';
import { Period } from '../search/period.entity';
import { DatedFact, practiceDates } from '../source/dated-fact';
import { Practice } from './practice.entity';
import { listPractices } from './practice.service';
import { PracticeConnection, PracticeFilter, PracticeOrder } from './practice.types';

@ArgsType()
class PracticesArgs extends PageArgs {
  @Field(() => PracticeFilter, { nullable: true, description: 'Conditions; all must hold.' })
  filter?: PracticeFilter;

  @Field(() => PracticeOrder, { nullable: true, description: 'Sort order (default: by name).' })
  orderBy?: PracticeOrder;
}

@Resolver(() => Practice)
export class PracticeResolver {
  @Query(() => PracticeConnection, {
    description: 'Practices (toimintamallit), filtered, sorted and paginated.',
  })
  async practices(
    @Args(() => PracticesArgs) args: PracticesArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const { funders, parentProject, ...filter } = args.filter ?? {};
    const page = toPage(args.first, args.after);
    const { rows, totalCount, narrowed } = await listPractices(
      ctx.em,
      {
        ...filter,
        funderIds: funders?.map((id, i) => numericIdOf('Organisation', id, `filter.funders[${i}]`)),
        parentProjectId: parentProject
          ? numericIdOf('Project', parentProject, 'filter.parentProject')
          : undefined,
      },
      args.orderBy,
      page,
      selectedFields(info, ['edges', 'node']),
    );
    // Rows read narrowed to the asked columns answer this list only: never primed for other parts.
    if (!narrowed) ctx.loaders.prime(Practice, rows);
    return toConnection(rows, totalCount, page);
  }

  @Query(() => Practice, { nullable: true, description: 'One practice by id; null if there is none.' })
  practice(@Arg('id', () => ID, { description: 'Practice id.' }) id: string, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Practice).load(numericIdOf('Practice', id, 'id'));
  }

  @FieldResolver(() => Municipality, {
    description: 'Municipality where the practice is used (toteutuspaikka).',
  })
  municipality(@Root() p: Practice, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Municipality, 'code').load(pkOf(p.municipality) as string);
  }

  @FieldResolver(() => Organisation, {
    nullable: true,
    description: 'Funder the description names (rahoittaja).',
  })
  funder(@Root() p: Practice, @Ctx() ctx: Context) {
    const id = pkOf(p.funder);
    return id == null ? null : ctx.loaders.byId(Organisation).load(id);
  }

  @FieldResolver(() => Project, { nullable: true, description: 'Project the practice was developed in.' })
  parentProject(@Root() p: Practice, @Ctx() ctx: Context) {
    const id = pkOf(p.parentProject);
    return id == null ? null : ctx.loaders.byId(Project).load(id);
  }

  @FieldResolver(() => Period, {
    nullable: true,
    description: 'When the practice was developed or used; null when not stated.',
  })
  period(@Root() p: Practice): Period | null {
    return Period.shown(p.period);
  }

  @FieldResolver(() => [DatedFact], {
    description:
      'Every date of the practice with what it is and its precision. CREATED, MODIFIED and PAGE_DATE are dates of the description page, not when the practice ran; only PERIOD says that (absent when the sources do not).',
  })
  dates(@Root() p: Practice): DatedFact[] {
    return practiceDates(p);
  }
}
