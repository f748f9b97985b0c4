import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Field, FieldResolver, Info, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { PracticePhaseEnum } from '../../graphql/enums';
import { selectedFields } from '../../graphql/selection';
import { Municipality } from '../municipality/municipality.entity';
import { Outcome } from '../outcome/outcome.entity';
import { Practice } from '../practice/practice.entity';
import { Project } from '../project/project.entity';
import { IndicatorComparison } from './comparison.types';
import { municipalityCostRoles } from './cost-roles.service';
import { MunicipalityCostRoles } from './cost-roles.types';
import { IndicatorValue } from './indicator-value.entity';
import { outcomeMatrix } from './outcome-matrix.service';
import { OutcomeCell } from './outcome-matrix.types';
import {
  contextValues,
  costComparison,
  outcomesOf,
  phaseCounts,
  practicesOf,
  profileMunicipality,
  projectsOf,
} from './profile.service';

@ObjectType({ description: 'How many practices a municipality has in one phase.' })
class PhaseCount {
  @Field(() => PracticePhaseEnum, { nullable: true, description: 'The phase; null when not stated.' })
  phase!: string | null;

  @Field(() => Int, { description: 'Number of practices.' })
  count!: number;
}

/**
 * Everything about one municipality. Each part is a field resolver of its own, so a client pays only
 * for the parts it asks for, and the parts it asks for load side by side; reads two parts share (the
 * practices) are made once per profile.
 */
@ObjectType({ description: 'Everything about one municipality on one page.' })
export class MunicipalityProfile {
  @Field(() => Municipality, { description: 'The municipality.' })
  municipality!: Municipality;

  /**
   * The fields asked of its practices (every `practices` of the query merged): the practices are read
   * once for both `practices` and `practicesByPhase`, in these columns and the phase.
   */
  practiceFields: Iterable<string> = [];

  /** Reads shared between this profile's fields, by name. */
  readonly shared = new Map<string, Promise<unknown>>();

  once<T>(name: string, load: () => Promise<T>): Promise<T> {
    if (!this.shared.has(name)) this.shared.set(name, load());
    return this.shared.get(name) as Promise<T>;
  }
}

const practices = (p: MunicipalityProfile, ctx: Context) =>
  p.once('practices', () => practicesOf(ctx.em, p.municipality.code, [...p.practiceFields, 'phase']));

@Resolver(() => MunicipalityProfile)
export class MunicipalityProfileResolver {
  @Query(() => MunicipalityProfile, {
    nullable: true,
    description: 'Everything about one municipality: projects, practices, costs, outcomes, context.',
  })
  async municipalityProfile(
    @Arg('code', () => String, { description: 'Municipality code, e.g. "020".' }) code: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<MunicipalityProfile | null> {
    const municipality = await profileMunicipality(ctx.em, code, ctx.loaders);
    if (!municipality) return null;
    return Object.assign(new MunicipalityProfile(), {
      municipality,
      practiceFields: selectedFields(info, ['practices']),
    });
  }

  @FieldResolver(() => [Project], { description: 'Its projects.' })
  async projects(
    @Root() p: MunicipalityProfile,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Project[]> {
    return projectsOf(ctx.em, p.municipality.code, selectedFields(info));
  }

  @FieldResolver(() => [Practice], { description: 'Its practices.' })
  practices(@Root() p: MunicipalityProfile, @Ctx() ctx: Context): Promise<Practice[]> {
    return practices(p, ctx);
  }

  @FieldResolver(() => [PhaseCount], { description: 'Practices by development phase.' })
  async practicesByPhase(@Root() p: MunicipalityProfile, @Ctx() ctx: Context): Promise<PhaseCount[]> {
    return phaseCounts(await practices(p, ctx));
  }

  @FieldResolver(() => [IndicatorComparison], {
    description: 'Cost indicators over all years (one row each: this municipality).',
  })
  async costs(@Root() p: MunicipalityProfile, @Ctx() ctx: Context): Promise<IndicatorComparison[]> {
    return costComparison(ctx.em, p.municipality.code, ctx.loaders);
  }

  @FieldResolver(() => MunicipalityCostRoles, {
    description:
      'What its development work cost it: gross cost, external funding and net own cost over its projects and practices (exact, with basis and citations), and each item’s figures. The “own share” to show is `netOwnCost`.',
  })
  async costRoles(@Root() p: MunicipalityProfile, @Ctx() ctx: Context): Promise<MunicipalityCostRoles> {
    const [roles] = await municipalityCostRoles(ctx.em, [p.municipality.code]);
    return roles as MunicipalityCostRoles;
  }

  @FieldResolver(() => [OutcomeCell], {
    description: 'Its row of the outcome matrix: every domain, with evidence levels.',
  })
  outcomeCells(@Root() p: MunicipalityProfile, @Ctx() ctx: Context): Promise<OutcomeCell[]> {
    return outcomeMatrix(ctx.em, [p.municipality.code], undefined, ctx.loaders);
  }

  @FieldResolver(() => [Outcome], {
    description: 'All outcomes of its projects and practices, outputs included.',
  })
  outcomes(
    @Root() p: MunicipalityProfile,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Outcome[]> {
    return outcomesOf(ctx.em, p.municipality.code, selectedFields(info));
  }

  @FieldResolver(() => [IndicatorValue], { description: 'Context statistics (population …) by year.' })
  context(
    @Root() p: MunicipalityProfile,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<IndicatorValue[]> {
    return contextValues(ctx.em, p.municipality.code, selectedFields(info));
  }
}
