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
import { Practice } from '../practice/practice.entity';
import { loadPractice } from '../practice/practice.loaders';
import { Project } from '../project/project.entity';
import { loadProject } from '../project/project.loaders';
import { CitedResolver } from '../source/cited.resolver';
import { DatedFact, outcomeDates } from '../source/dated-fact';
import { Term } from '../vocabulary/term.entity';
import { Outcome } from './outcome.entity';
import { listOutcomes } from './outcome.service';
import { OutcomeConnection, OutcomeFilter } from './outcome.types';

@ArgsType()
class OutcomesArgs extends PageArgs {
  @Field(() => OutcomeFilter, { nullable: true, description: 'Conditions; all must hold.' })
  filter?: OutcomeFilter;
}

@Resolver(() => Outcome)
export class OutcomeResolver extends CitedResolver(Outcome) {
  @Query(() => OutcomeConnection, {
    description: 'Outcomes of projects and practices, filtered and paginated.',
  })
  async outcomes(@Args(() => OutcomesArgs) args: OutcomesArgs, @Ctx() ctx: Context) {
    const { project, practice, ...filter } = args.filter ?? {};
    const page = toPage(args.first, args.after);
    const { rows, totalCount } = await listOutcomes(
      ctx.em,
      {
        ...filter,
        projectId: project ? numericIdOf('Project', project, 'filter.project') : undefined,
        practiceId: practice ? numericIdOf('Practice', practice, 'filter.practice') : undefined,
      },
      page,
    );
    return toConnection(rows, totalCount, page);
  }

  @Query(() => Outcome, { nullable: true, description: 'One outcome by id; null if there is none.' })
  outcome(@Arg('id', () => ID, { description: 'Outcome id.' }) id: string, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Outcome).load(numericIdOf('Outcome', id, 'id'));
  }

  @FieldResolver(() => [DatedFact], {
    description:
      'The outcome’s dates with what they are: MEASURED (at its precision), or REPORTED when the document gives only the date of the report (then the measurement date is unknown).',
  })
  dates(@Root() o: Outcome): DatedFact[] {
    return outcomeDates(o);
  }

  @FieldResolver(() => Term, { description: 'Outcome domain (staff wellbeing, leadership, …).' })
  domain(@Root() o: Outcome, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Term).load(pkOf(o.domain) as number);
  }

  @FieldResolver(() => Project, { nullable: true, description: 'The project, if it is a project’s outcome.' })
  project(@Root() o: Outcome, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return loadProject(o.project, ctx, info);
  }

  @FieldResolver(() => Practice, {
    nullable: true,
    description: 'The practice, if it is a practice’s outcome.',
  })
  practice(@Root() o: Outcome, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return loadPractice(o.practice, ctx, info);
  }
}
