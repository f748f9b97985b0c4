import type { CostBasis } from '@vertailu/data';
import type { IndicatorCategory } from '@vertailu/indicators';
import type { GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  Info,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { Context } from '../../context';
import { badInput } from '../../core/domain-error';
import { inTransaction } from '../../db/transaction';
import { YearRangeInput } from '../../graphql/common.types';
import { CostBasisEnum, type SotkanetFormat, SotkanetFormatEnum } from '../../graphql/enums';
import { fromGlobalId } from '../../graphql/global-id';
import { relationLoader } from '../../graphql/relations';
import { Municipality } from '../municipality/municipality.entity';
import { loadMunicipality } from '../municipality/municipality.loaders';
import { Citation } from '../source/citation.entity';
import { citationsOf } from '../source/citation.loaders';
import { listIndicators } from './catalogue.service';
import { compareMunicipalities, explanationInputs } from './comparison.service';
import {
  CompareArgs,
  ComparisonRow,
  Explanation,
  ExplanationInput,
  type ExplanationKey,
  IndicatorComparison,
} from './comparison.types';
import { municipalityCostRoles } from './cost-roles.service';
import { MunicipalityCostRoles } from './cost-roles.types';
import { Indicator, IndicatorCategoryEnum } from './indicator.entity';
import { IndicatorValue } from './indicator-value.entity';
import { outcomeMatrix } from './outcome-matrix.service';
import { OutcomeCell } from './outcome-matrix.types';
import { indicatorSeries } from './series.service';
import { SeriesPoint } from './series.types';
import { importSotkanetRows, parseSotkanet } from './sotkanet-import.service';
import { SotkanetImportResult } from './sotkanet-import.types';

/** A row's explanation once asked for: `explanation` and `bases` share it (one load per row). */
const explained = new WeakMap<ComparisonRow, Promise<Explanation>>();

@Resolver(() => ComparisonRow)
export class ComparisonRowResolver {
  @FieldResolver(() => Explanation, { description: 'How the value was computed, with its inputs.' })
  explanation(@Root() row: ComparisonRow, @Ctx() ctx: Context): Promise<Explanation> {
    let explanation = explained.get(row);
    if (!explanation) {
      const { formula, formulaFi } = row;
      const key: ExplanationKey = {
        indicators: row.inputIndicators,
        municipality: row.municipality.code,
        years: row.years,
      };
      // Batched: every row of the request in one statement (keys are compared as JSON).
      explanation = ctx.loaders
        .keyed('explanationInputs', (keys) =>
          explanationInputs(
            ctx.em,
            keys.map((k) => JSON.parse(String(k)) as ExplanationKey),
            ctx.deadline,
          ),
        )
        .load(JSON.stringify(key))
        .then((inputs) => ({ formula, formulaFi, inputs: inputs as Explanation['inputs'] }));
      explained.set(row, explanation);
    }
    return explanation;
  }

  @FieldResolver(() => [CostBasisEnum], {
    description:
      'Bases of the cost figures the value is computed from: [ESTIMATE], [REALISED], or both (a mix: show it); empty when the value is not money or no basis is stated.',
  })
  async bases(@Root() row: ComparisonRow, @Ctx() ctx: Context): Promise<CostBasis[]> {
    const { inputs } = await this.explanation(row, ctx);
    return [...new Set(inputs.map((i) => i.basis).filter((b): b is CostBasis => !!b))].sort();
  }
}

/** Record types whose citations are public (people's and contacts' are not). */
const CITED_INPUTS = new Set(['CostItem', 'FundingLine', 'Project', 'Practice', 'Outcome', 'IndicatorValue']);

@Resolver(() => ExplanationInput)
export class ExplanationInputResolver {
  @FieldResolver(() => [Citation], {
    description:
      'The passages the input comes from, each with its source (title, publishedDate, url): “where does this number come from?”.',
  })
  async citations(@Root() input: ExplanationInput, @Ctx() ctx: Context): Promise<Citation[]> {
    if (!input.recordId) return [];
    const { type, id } = fromGlobalId(input.recordId, 'recordId');
    if (!CITED_INPUTS.has(type)) return [];
    return citationsOf(ctx, type).load(Number(id));
  }
}

/** `indicator { code }` on a thousand values: the code is on the row. */
const loadIndicator = relationLoader(Indicator, 'code');

@Resolver(() => IndicatorValue)
export class IndicatorValueResolver {
  @FieldResolver(() => Indicator, { description: 'The indicator.' })
  indicator(@Root() v: IndicatorValue, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return loadIndicator(v.indicator, ctx, info);
  }

  @FieldResolver(() => Municipality, { description: 'The municipality.' })
  municipality(@Root() v: IndicatorValue, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return loadMunicipality(v.municipality, ctx, info);
  }

  @FieldResolver(() => [Citation], { description: 'Passages (context table rows) the value comes from.' })
  citations(@Root() v: IndicatorValue, @Ctx() ctx: Context) {
    return citationsOf(ctx, 'IndicatorValue').load(v.id);
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
    return listIndicators(ctx.em, category);
  }

  @Query(() => [IndicatorComparison], {
    description:
      'Compare municipalities on indicators over a year range: value, unit, rank, group mean and median, and why a value is missing.',
  })
  compareMunicipalities(@Args(() => CompareArgs) args: CompareArgs, @Ctx() ctx: Context) {
    return compareMunicipalities(ctx.em, args, { deadline: ctx.deadline, loaders: ctx.loaders });
  }

  @Query(() => [MunicipalityCostRoles], {
    description:
      'What development work cost each municipality itself: gross cost, external funding and net own cost summed over its projects and practices (exact, with basis and citations), and each item’s figures. In the order asked; unknown codes are a BAD_USER_INPUT.',
  })
  async costRoles(
    @Arg('municipalities', () => [String], { description: 'Municipality codes (1–400).' }) codes: string[],
    @Ctx() ctx: Context,
  ): Promise<MunicipalityCostRoles[]> {
    if (!codes.length || codes.length > 400)
      throw badInput('municipalities', 'give 1–400 municipality codes.');
    const result = await municipalityCostRoles(ctx.em, codes);
    const known = new Set(result.map((r) => r.municipality.code));
    codes.forEach((c, i) => {
      if (!known.has(c))
        throw badInput(`municipalities[${i}]`, `"${c.slice(0, 20)}" is not a known municipality code.`);
    });
    return result;
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
    return outcomeMatrix(ctx.em, municipalities, domains, ctx.loaders);
  }

  @Authorized('EDITOR')
  @Mutation(() => SotkanetImportResult, {
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
