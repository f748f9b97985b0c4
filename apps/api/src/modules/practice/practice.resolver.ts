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
import { DatedFact, practiceDates } from '../../graphql/dates';
import { numericIdOf } from '../../graphql/global-id';
import { pkOf } from '../../graphql/loaders';
import { OwnerDetailsResolver } from '../../graphql/owner-details.resolver';
import { inTransaction, loadForEdit } from '../editing/editing';
import { Municipality } from '../municipality/municipality.entity';
import { Organisation } from '../organisation/organisation.entity';
import { Project } from '../project/project.entity';
import { DeleteInput } from '../project/project.input';
import { Practice } from './practice.entity';
import { CreatePracticeInput, UpdatePracticeInput } from './practice.input';
import { createPractice, deletePractice, listPractices, updatePractice } from './practice.service';
import { PracticeConnection, PracticeFilter, PracticeOrder } from './practice.types';

@ArgsType()
class PracticesArgs extends PageArgs {
  @Field(() => PracticeFilter, { nullable: true, description: 'Conditions; all must hold.' })
  filter?: PracticeFilter;

  @Field(() => PracticeOrder, { nullable: true, description: 'Sort order (default: by name).' })
  orderBy?: PracticeOrder;
}

@Resolver(() => Practice)
export class PracticeResolver extends OwnerDetailsResolver(Practice, 'practice') {
  @Query(() => PracticeConnection, {
    description: 'Practices (toimintamallit), filtered, sorted and paginated.',
  })
  async practices(@Args(() => PracticesArgs) args: PracticesArgs, @Ctx() ctx: Context) {
    const { funders, parentProject, ...filter } = args.filter ?? {};
    const page = toPage(args.first, args.after);
    const { rows, totalCount } = await listPractices(
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
    );
    ctx.loaders.prime(Practice, rows);
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

  @FieldResolver(() => PeriodType, {
    nullable: true,
    description: 'When the practice was developed or used; null when not stated.',
  })
  period(@Root() p: Practice): Period | null {
    return periodOf(p);
  }

  @FieldResolver(() => [DatedFact], {
    description:
      'Every date of the practice with what it is and its precision. CREATED, MODIFIED and PAGE_DATE are dates of the description page, not when the practice ran; only PERIOD says that (absent when the sources do not).',
  })
  dates(@Root() p: Practice): DatedFact[] {
    return practiceDates(p);
  }

  @Authorized('EDITOR')
  @Mutation(() => Practice, { description: 'Create a practice (editor key).' })
  createPractice(
    @Arg('input', () => CreatePracticeInput, { description: 'What to write.' }) input: CreatePracticeInput,
    @Ctx() ctx: Context,
  ) {
    return inTransaction(ctx.em, (tx) => createPractice(tx, input));
  }

  @Authorized('EDITOR')
  @Mutation(() => Practice, {
    description: 'Change a practice (editor key); CONFLICT if `version` is stale.',
  })
  updatePractice(
    @Arg('input', () => UpdatePracticeInput, { description: 'What to write.' }) input: UpdatePracticeInput,
    @Ctx() ctx: Context,
  ) {
    return inTransaction(ctx.em, async (tx) =>
      updatePractice(tx, await loadForEdit(tx, Practice, input.id, input.version), input),
    );
  }

  @Authorized('EDITOR')
  @Mutation(() => ID, { description: 'Delete a practice with its details (editor key). Returns the id.' })
  deletePractice(
    @Arg('input', () => DeleteInput, { description: 'What to write.' }) input: DeleteInput,
    @Ctx() ctx: Context,
  ) {
    return inTransaction(ctx.em, async (tx) => {
      await deletePractice(tx, await loadForEdit(tx, Practice, input.id, input.version));
      return input.id;
    });
  }
}
