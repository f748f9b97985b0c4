import { exactEuros, toCents } from '@vertailu/indicators';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, FieldResolver, ID, Info, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { CitedResolver } from '../../graphql/cited.resolver';
import { DatedFact, fundingDates } from '../../graphql/dates';
import { loadMunicipality, loadOrganisation, loadPractice, loadProject } from '../../graphql/relations';
import { inTransaction, loadForEdit } from '../editing/editing';
import { Municipality } from '../municipality/municipality.entity';
import { Organisation } from '../organisation/organisation.entity';
import { Practice } from '../practice/practice.entity';
import { Project } from '../project/project.entity';
import { DeleteInput } from '../project/project.input';
import { CostItem } from './cost-item.entity';
import { UpdateCostItemInput } from './cost-item.input';
import { updateCostItem } from './cost-item.service';
import { ItemCostRoles } from './cost-roles.types';
import { FundingLine } from './funding-line.entity';
import { CreateFundingLineInput, UpdateFundingLineInput } from './funding-line.input';
import { createFundingLine, deleteFundingLine, updateFundingLine } from './funding-line.service';

@Resolver(() => CostItem)
export class CostItemResolver extends CitedResolver(CostItem) {
  @FieldResolver(() => Municipality, {
    nullable: true,
    description: 'Whose cost this is, when it is one municipality’s.',
  })
  municipality(@Root() c: CostItem, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return loadMunicipality(c.municipality, ctx, info);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The exact amount as a decimal string with two decimals ("23056.00"); null when unknown.',
  })
  exact(@Root() c: CostItem): string | null {
    return c.amount === null ? null : exactEuros(toCents(c.amount));
  }

  @FieldResolver(() => Project, { nullable: true, description: 'The project, if the cost is a project’s.' })
  project(@Root() c: CostItem, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return loadProject(c.project, ctx, info);
  }

  @FieldResolver(() => Practice, {
    nullable: true,
    description: 'The practice, if the cost is a practice’s.',
  })
  practice(@Root() c: CostItem, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return loadPractice(c.practice, ctx, info);
  }

  @Authorized('EDITOR')
  @Mutation(() => CostItem, {
    description: 'Correct a cost figure (editor key); CONFLICT if `version` is stale.',
  })
  updateCostItem(
    @Arg('input', () => UpdateCostItemInput, { description: 'What to write.' }) input: UpdateCostItemInput,
    @Ctx() ctx: Context,
  ) {
    return inTransaction(ctx.em, async (tx) =>
      updateCostItem(tx, await loadForEdit(tx, CostItem, input.id, input.version), input),
    );
  }
}

@Resolver(() => FundingLine)
export class FundingLineResolver extends CitedResolver(FundingLine) {
  @FieldResolver(() => Organisation, {
    nullable: true,
    description:
      'The funder. For OWN_FUNDING and NO_SEPARATE_FUNDING this is the municipality whose own budget paid — not an external funder (see `isExternal`, `externalFunder`).',
  })
  funder(@Root() f: FundingLine, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return loadOrganisation(f.funder, ctx, info);
  }

  @FieldResolver(() => Organisation, {
    nullable: true,
    description: 'The funder when the line is external money (EXTERNAL_GRANT); null otherwise.',
  })
  externalFunder(@Root() f: FundingLine, @Ctx() ctx: Context) {
    return f.kind === 'EXTERNAL_GRANT' ? loadOrganisation(f.funder, ctx) : null;
  }

  @FieldResolver(() => Boolean, {
    description:
      'True for money from outside the municipality (EXTERNAL_GRANT); false for own funding and for a stated absence of separate funding — list those apart from external funders.',
  })
  isExternal(@Root() f: FundingLine): boolean {
    return f.kind === 'EXTERNAL_GRANT';
  }

  @FieldResolver(() => Boolean, {
    description:
      'True for NO_SEPARATE_FUNDING: the document states there was no separate funding, so external funding is a known 0 € (not a funder line of 0 €, not missing).',
  })
  knownZero(@Root() f: FundingLine): boolean {
    return f.kind === 'NO_SEPARATE_FUNDING';
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The exact amount as a decimal string with two decimals ("9956.00"); null when unknown.',
  })
  exact(@Root() f: FundingLine): string | null {
    return f.amount === null ? null : exactEuros(toCents(f.amount));
  }

  @FieldResolver(() => [DatedFact], { description: 'Its dates (the funding decision) with their precision.' })
  dates(@Root() f: FundingLine): DatedFact[] {
    return fundingDates(f);
  }

  @FieldResolver(() => Municipality, {
    nullable: true,
    description: 'The municipality that receives the money.',
  })
  recipient(@Root() f: FundingLine, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return loadMunicipality(f.recipient, ctx, info);
  }

  @FieldResolver(() => Project, { nullable: true, description: 'The funded project.' })
  project(@Root() f: FundingLine, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return loadProject(f.project, ctx, info);
  }

  @FieldResolver(() => Practice, { nullable: true, description: 'The funded practice.' })
  practice(@Root() f: FundingLine, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return loadPractice(f.practice, ctx, info);
  }

  @Authorized('EDITOR')
  @Mutation(() => FundingLine, { description: 'Add a funding line to a project or practice (editor key).' })
  createFundingLine(
    @Arg('input', () => CreateFundingLineInput, { description: 'What to write.' })
    input: CreateFundingLineInput,
    @Ctx() ctx: Context,
  ) {
    return inTransaction(ctx.em, (tx) => createFundingLine(tx, input));
  }

  @Authorized('EDITOR')
  @Mutation(() => FundingLine, {
    description: 'Change a funding line (editor key); CONFLICT if `version` is stale.',
  })
  updateFundingLine(
    @Arg('input', () => UpdateFundingLineInput, { description: 'What to write.' })
    input: UpdateFundingLineInput,
    @Ctx() ctx: Context,
  ) {
    return inTransaction(ctx.em, async (tx) =>
      updateFundingLine(tx, await loadForEdit(tx, FundingLine, input.id, input.version), input),
    );
  }

  @Authorized('EDITOR')
  @Mutation(() => ID, { description: 'Delete a funding line (editor key). Returns the id.' })
  deleteFundingLine(
    @Arg('input', () => DeleteInput, { description: 'What to write.' }) input: DeleteInput,
    @Ctx() ctx: Context,
  ) {
    return inTransaction(ctx.em, async (tx) => {
      await deleteFundingLine(tx, await loadForEdit(tx, FundingLine, input.id, input.version));
      return input.id;
    });
  }
}

/** An item's project or practice, read only when a client asks for it (the list pages do not). */
@Resolver(() => ItemCostRoles)
export class ItemCostRolesResolver {
  @FieldResolver(() => Project, {
    nullable: true,
    description: 'The project, when the figures are a project’s.',
  })
  project(@Root() r: ItemCostRoles, @Ctx() ctx: Context): Promise<Project | null> | null {
    return r.projectId === null ? null : ctx.loaders.byId(Project).load(r.projectId);
  }

  @FieldResolver(() => Practice, {
    nullable: true,
    description: 'The practice, when the figures are a practice’s.',
  })
  practice(@Root() r: ItemCostRoles, @Ctx() ctx: Context): Promise<Practice | null> | null {
    return r.practiceId === null ? null : ctx.loaders.byId(Practice).load(r.practiceId);
  }
}
