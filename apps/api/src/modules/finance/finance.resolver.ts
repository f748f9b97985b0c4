import { exactEuros, toCents } from '@vertailu/indicators';
import type { GraphQLResolveInfo } from 'graphql';
import { Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Municipality } from '../municipality/municipality.entity';
import { loadMunicipality } from '../municipality/municipality.loaders';
import { Organisation } from '../organisation/organisation.entity';
import { loadOrganisation } from '../organisation/organisation.loaders';
import { Practice } from '../practice/practice.entity';
import { loadPractice } from '../practice/practice.loaders';
import { Project } from '../project/project.entity';
import { loadProject } from '../project/project.loaders';
import { CitedResolver } from '../source/cited.resolver';
import { DatedFact, fundingDates } from '../source/dated-fact';
import { CostItem } from './cost-item.entity';
import { FundingLine } from './funding-line.entity';

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
}

/** `Organisation.fundings`: here, so the organisation folder knows no funding line (lines point at it). */
@Resolver(() => Organisation)
export class OrganisationFundingsResolver {
  @FieldResolver(() => [FundingLine], { description: 'Funding lines this organisation funds.' })
  fundings(@Root() o: Organisation, @Ctx() ctx: Context) {
    return ctx.loaders.children(FundingLine, 'funder').load(o.id);
  }
}
