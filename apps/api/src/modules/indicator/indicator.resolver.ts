import type { IndicatorCategory } from '@vertailu/indicators';
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { Context } from '../../context';
import { YearRangeInput } from '../../graphql/common.types';
import { PracticePhaseEnum } from '../../graphql/enums';
import { badInput } from '../../graphql/errors';
import { loadMunicipality } from '../../graphql/relations';
import { inTransaction } from '../editing/editing';
import { Municipality } from '../municipality/municipality.entity';
import { Outcome } from '../outcome/outcome.entity';
import { Practice } from '../practice/practice.entity';
import { Project } from '../project/project.entity';
import { ProjectMunicipality } from '../project/project-municipality.entity';
import { Citation } from '../source/citation.entity';
import { compareMunicipalities, explanationInputs } from './comparison.service';
import { CompareArgs, ComparisonRow, Explanation, IndicatorComparison } from './comparison.types';
import { practicesByPhase } from './counts.service';
import { Indicator, IndicatorCategoryEnum } from './indicator.entity';
import { IndicatorValue } from './indicator-value.entity';
import { OutcomeCell, outcomeMatrix } from './outcome-matrix';
import { indicatorSeries, SeriesPoint } from './series';
import {
  ImportResult,
  importSotkanetRows,
  parseSotkanet,
  type SotkanetFormat,
  SotkanetFormatEnum,
} from './sotkanet-import.service';

@ObjectType({ description: 'How many practices a municipality has in one phase.' })
class PhaseCount {
  @Field(() => PracticePhaseEnum, { nullable: true, description: 'The phase; null when not stated.' })
  phase!: string | null;

  @Field(() => Int, { description: 'Number of practices.' })
  count!: number;
}

@ObjectType({ description: 'Everything about one municipality on one page.' })
class MunicipalityProfile {
  @Field(() => Municipality, { description: 'The municipality.' })
  municipality!: Municipality;

  @Field(() => [Project], { description: 'Its projects.' })
  projects!: Project[];

  @Field(() => [Practice], { description: 'Its practices.' })
  practices!: Practice[];

  @Field(() => [PhaseCount], { description: 'Practices by development phase.' })
  practicesByPhase!: PhaseCount[];

  @Field(() => [IndicatorComparison], {
    description: 'Cost indicators over all years (one row each: this municipality).',
  })
  costs!: IndicatorComparison[];

  @Field(() => [OutcomeCell], {
    description: 'Its row of the outcome matrix: every domain, with evidence levels.',
  })
  outcomeCells!: OutcomeCell[];

  @Field(() => [Outcome], { description: 'All outcomes of its projects and practices, outputs included.' })
  outcomes!: Outcome[];

  @Field(() => [IndicatorValue], { description: 'Context statistics (population …) by year.' })
  context!: IndicatorValue[];
}

type RowWithLookup = ComparisonRow & {
  _lookup?: { indicator: string; municipality: string; years: number[]; ratio: string[] | null };
};

@Resolver(() => ComparisonRow)
export class ComparisonRowResolver {
  @FieldResolver(() => Explanation, {
    description: 'How the value was computed, with the records it comes from.',
  })
  async explanation(@Root() row: RowWithLookup, @Ctx() ctx: Context): Promise<Explanation> {
    const lookup = row._lookup;
    if (!lookup) return row.explanation;
    const indicators = lookup.ratio ?? [lookup.indicator];
    return {
      formula: row.explanation.formula,
      inputs: await explanationInputs(ctx.em, indicators, lookup.municipality, lookup.years),
    };
  }
}

@Resolver(() => IndicatorValue)
export class IndicatorValueResolver {
  @FieldResolver(() => Indicator, { description: 'The indicator.' })
  indicator(@Root() v: IndicatorValue, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Indicator, 'code').load(v.indicator.code);
  }

  @FieldResolver(() => Municipality, { description: 'The municipality.' })
  municipality(@Root() v: IndicatorValue, @Ctx() ctx: Context) {
    return loadMunicipality(v.municipality, ctx);
  }

  @FieldResolver(() => [Citation], { description: 'Passages (context table rows) the value comes from.' })
  citations(@Root() v: IndicatorValue, @Ctx() ctx: Context) {
    return ctx.loaders.citations('IndicatorValue').load(v.id);
  }
}

@Resolver(() => Indicator)
export class IndicatorResolver {
  @Query(() => [Indicator], { description: 'The indicator catalogue, optionally of one category.' })
  indicators(
    @Arg('category', () => IndicatorCategoryEnum, { nullable: true, description: 'Only this category.' })
    category: IndicatorCategory | undefined,
    @Ctx() ctx: Context,
  ) {
    return ctx.em.find(Indicator, category ? { category } : {}, {
      orderBy: { category: 'asc', code: 'asc' },
    });
  }

  @Query(() => [IndicatorComparison], {
    description:
      'Compare municipalities on indicators over a year range: value, unit, rank, group mean and median, and why a value is missing.',
  })
  compareMunicipalities(@Args(() => CompareArgs) args: CompareArgs, @Ctx() ctx: Context) {
    return compareMunicipalities(ctx.em, args);
  }

  @Query(() => [SeriesPoint], {
    description:
      'An indicator year by year for municipalities (e.g. OWN_PROJECT_COST: project costs spread over the years they ran).',
  })
  indicatorSeries(
    @Arg('municipalities', () => [String], { description: 'Municipality codes.' }) municipalities: string[],
    @Arg('indicator', () => String, { description: 'Indicator code (summed or yearly indicators).' })
    indicator: string,
    @Arg('years', () => YearRangeInput, {
      nullable: true,
      description: 'Years to include; all when omitted.',
    })
    years: YearRangeInput | undefined,
    @Ctx() ctx: Context,
  ) {
    return indicatorSeries(ctx.em, municipalities, indicator, years);
  }

  @Query(() => [OutcomeCell], {
    description: 'The outcome matrix: municipality × outcome domain, with direction and evidence level.',
  })
  outcomeMatrix(
    @Arg('municipalities', () => [String], { description: 'Municipality codes.' }) municipalities: string[],
    @Arg('domains', () => [String], {
      nullable: true,
      description: 'Outcome domain codes; all when omitted.',
    })
    domains: string[] | undefined,
    @Ctx() ctx: Context,
  ) {
    return outcomeMatrix(ctx.em, municipalities, domains);
  }

  @Query(() => MunicipalityProfile, {
    nullable: true,
    description: 'Everything about one municipality: projects, practices, costs, outcomes, context.',
  })
  async municipalityProfile(
    @Arg('code', () => String, { description: 'Municipality code, e.g. "020".' }) code: string,
    @Ctx() ctx: Context,
  ): Promise<MunicipalityProfile | null> {
    if (!/^\d{3}$/.test(code)) throw badInput('code', 'must be a three-digit municipality code.');
    const municipality = await ctx.em.findOne(Municipality, { code });
    if (!municipality) return null;
    // Independent reads run side by side: on PostgreSQL each takes its own pooled connection.
    const [links, practices, costCodes, phases, outcomeCells, context] = await Promise.all([
      ctx.em.find(ProjectMunicipality, { municipality: code }),
      ctx.em.find(Practice, { municipality: code }, { orderBy: { name: 'asc' } }),
      ctx.em
        .find(Indicator, { category: 'COST' }, { orderBy: { code: 'asc' } })
        .then((rows) => rows.map((i) => i.code)),
      practicesByPhase(ctx.em, code),
      outcomeMatrix(ctx.em, [code], undefined),
      // Read-only rows, a thousand or more: kept out of the identity map, which would track each one.
      ctx.em.find(
        IndicatorValue,
        { municipality: code, indicator: { category: 'CONTEXT' } },
        { orderBy: { indicator: 'asc', year: 'asc' }, disableIdentityMap: true },
      ),
    ]);
    const projectIds = [...new Set(links.map((l) => l.project.id))];
    const [projects, outcomes, costs] = await Promise.all([
      ctx.em.find(Project, { id: { $in: projectIds } }, { orderBy: { name: 'asc' } }),
      ctx.em.find(
        Outcome,
        { $or: [{ project: { $in: projectIds } }, { practice: { $in: practices.map((p) => p.id) } }] },
        { orderBy: { evidenceLevel: 'desc', id: 'asc' } },
      ),
      compareMunicipalities(ctx.em, { municipalities: [code], indicators: costCodes, normalize: 'NONE' }),
    ]);
    return {
      municipality,
      projects,
      practices,
      practicesByPhase: phases,
      costs,
      outcomeCells,
      outcomes,
      context,
    };
  }

  @Authorized('EDITOR')
  @Mutation(() => ImportResult, {
    description:
      'Import Sotkanet statistics (editor key): all rows in one transaction, re-imports update; a malformed file is rejected with its line and nothing is written.',
  })
  importSotkanet(
    @Arg('format', () => SotkanetFormatEnum, { description: 'JSON or CSV.' }) format: SotkanetFormat,
    @Arg('content', () => String, { description: 'The file’s text (at most 5 MB).' }) content: string,
    @Arg('regions', () => String, {
      nullable: true,
      description: 'Sotkanet’s regions list as JSON, to map region ids to municipality codes.',
    })
    regions: string | undefined,
    @Ctx() ctx: Context,
  ) {
    const rows = parseSotkanet(format, content, regions);
    return inTransaction(ctx.em, (tx) => importSotkanetRows(tx, rows));
  }
}
