import {
  Arg,
  Args,
  ArgsType,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { Context } from '../../context';
import { type Period, Period as PeriodType, periodOf } from '../../graphql/common.types';
import { PageArgs, toConnection, toPage } from '../../graphql/connection';
import { DatedFact, projectDates } from '../../graphql/dates';
import { numericIdOf } from '../../graphql/global-id';
import { OwnerDetailsResolver } from '../../graphql/owner-details.resolver';
import { inTransaction, loadForEdit } from '../editing/editing';
import { Practice } from '../practice/practice.entity';
import { Project } from './project.entity';
import { CreateProjectInput, DeleteInput, UpdateProjectInput } from './project.input';
import { createProject, deleteProject, listProjects, updateProject } from './project.service';
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
export class ProjectResolver extends OwnerDetailsResolver(Project, 'project') {
  @Query(() => ProjectConnection, { description: 'Projects (hankkeet), filtered, sorted and paginated.' })
  async projects(@Args(() => ProjectsArgs) args: ProjectsArgs, @Ctx() ctx: Context) {
    const { funders, ...filter } = args.filter ?? {};
    const page = toPage(args.first, args.after);
    const { rows, totalCount } = await listProjects(
      ctx.em,
      {
        ...filter,
        funderIds: funders?.map((id, i) => numericIdOf('Organisation', id, `filter.funders[${i}]`)),
      },
      args.orderBy,
      page,
    );
    ctx.loaders.prime(Project, rows);
    return toConnection(rows, totalCount, page);
  }

  @Query(() => Project, { nullable: true, description: 'One project by id; null if there is none.' })
  project(@Arg('id', () => ID, { description: 'Project id.' }) id: string, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Project).load(numericIdOf('Project', id, 'id'));
  }

  @FieldResolver(() => PeriodType, {
    nullable: true,
    description: 'When the project runs; null when not stated.',
  })
  period(@Root() p: Project): Period | null {
    return periodOf(p);
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

  @FieldResolver(() => [Practice], {
    description: 'Practices developed in this project (incl. its development lines).',
  })
  practices(@Root() p: Project, @Ctx() ctx: Context) {
    return ctx.loaders.children(Practice, 'parentProject').load(p.id);
  }

  @Authorized('EDITOR')
  @Mutation(() => Project, { description: 'Create a project (editor key).' })
  createProject(
    @Arg('input', () => CreateProjectInput, { description: 'What to write.' }) input: CreateProjectInput,
    @Ctx() ctx: Context,
  ) {
    return inTransaction(ctx.em, (tx) => createProject(tx, input));
  }

  @Authorized('EDITOR')
  @Mutation(() => Project, {
    description: 'Change a project (editor key); fails with CONFLICT if `version` is stale.',
  })
  updateProject(
    @Arg('input', () => UpdateProjectInput, { description: 'What to write.' }) input: UpdateProjectInput,
    @Ctx() ctx: Context,
  ) {
    return inTransaction(ctx.em, async (tx) =>
      updateProject(tx, await loadForEdit(tx, Project, input.id, input.version), input),
    );
  }

  @Authorized('EDITOR')
  @Mutation(() => ID, {
    description:
      'Delete a project with its costs, funding lines, outcomes and links (editor key). Returns the id.',
  })
  deleteProject(
    @Arg('input', () => DeleteInput, { description: 'What to write.' }) input: DeleteInput,
    @Ctx() ctx: Context,
  ) {
    return inTransaction(ctx.em, async (tx) => {
      await deleteProject(tx, await loadForEdit(tx, Project, input.id, input.version));
      return input.id;
    });
  }
}
