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
import { PageArgs, toConnection, toPage } from '../../graphql/connection';
import { numericIdOf } from '../../graphql/global-id';
import { selectedFields } from '../../graphql/selection';
import { Period } from '../search/period.entity';
import { DatedFact, projectDates } from '../source/dated-fact';
import { Project } from './project.entity';
import { listProjects } from './project.service';
import { ProjectConnection, ProjectFilter, ProjectOrder } from './project.types';
import { ProjectMunicipality } from './project-municipality.entity';
import { ProjectPartner } from './project-partner.entity';

@ArgsType()
class ProjectsArgs extends PageArgs {
  @Field(() => ProjectFilter, { nullable: true, description: 'Conditions; all must hold.' })
  filter?: ProjectFilter;

  @Field(() => ProjectOrder, { nullable: true, description: 'Sort order (default: by name).' })
  orderBy?: ProjectOrder;
}

@Resolver(() => Project)
export class ProjectResolver {
  @Query(() => ProjectConnection, { description: 'Projects (hankkeet), filtered, sorted and paginated.' })
  async projects(
    @Args(() => ProjectsArgs) args: ProjectsArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const { funders, ...filter } = args.filter ?? {};
    const page = toPage(args.first, args.after);
    const { rows, totalCount, narrowed } = await listProjects(
      ctx.em,
      {
        ...filter,
        funderIds: funders?.map((id, i) => numericIdOf('Organisation', id, `filter.funders[${i}]`)),
      },
      args.orderBy,
      page,
      selectedFields(info, ['edges', 'node']),
    );
    // Rows read narrowed to the asked columns answer this list only: never primed for other parts.
    if (!narrowed) ctx.loaders.prime(Project, rows);
    return toConnection(rows, totalCount, page);
  }

  @Query(() => Project, { nullable: true, description: 'One project by id; null if there is none.' })
  project(@Arg('id', () => ID, { description: 'Project id.' }) id: string, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Project).load(numericIdOf('Project', id, 'id'));
  }

  @FieldResolver(() => Period, {
    nullable: true,
    description: 'When the project runs; null when not stated.',
  })
  period(@Root() p: Project): Period | null {
    return Period.shown(p.period);
  }

  @FieldResolver(() => [DatedFact], {
    description:
      'Every date of the project with what it is (period, status as of, results) and its precision: show each as `text` says.',
  })
  dates(@Root() p: Project): DatedFact[] {
    return projectDates(p);
  }

  @FieldResolver(() => [ProjectMunicipality], {
    description: 'Municipalities taking part, with their roles.',
  })
  municipalities(@Root() p: Project, @Ctx() ctx: Context) {
    return ctx.loaders.children(ProjectMunicipality, 'project').load(p.id);
  }

  @FieldResolver(() => [ProjectPartner], { description: 'Partner organisations and their roles.' })
  partners(@Root() p: Project, @Ctx() ctx: Context) {
    return ctx.loaders.children(ProjectPartner, 'project').load(p.id);
  }
}
