import { type AdoptionAssumptions, AdoptionInputError, centsText, type Money } from '@vertailu/indicators';
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { badInput } from '../../core/domain-error';
import { numericIdOf, toGlobalId } from '../../graphql/global-id';
import { Municipality } from '../municipality/municipality.entity';
import { Practice } from '../practice/practice.entity';
import { estimateAdoption } from './adoption.service';
import { AdoptionAssumptionsInput, AdoptionEstimateResult } from './adoption.types';

const euros = (m: Money | null) => (m ? centsText(m.cents) : null);
const range = (r: { low: Money; high: Money } | null) =>
  r ? { low: centsText(r.low.cents), high: centsText(r.high.cents) } : null;
const globalId = (type?: string, id?: number) => (type && id != null ? toGlobalId(type, id) : null);

function assumptionsOf(input: AdoptionAssumptionsInput | undefined): AdoptionAssumptions {
  if (!input) return {};
  const a: AdoptionAssumptions = {};
  if (input.parentShare === 'USER_SET') {
    if (input.parentShareLowPercent == null)
      throw badInput('assumptions.parentShareLowPercent', 'is required with USER_SET.');
    a.parentShare = {
      method: 'USER_SET',
      lowPercent: input.parentShareLowPercent,
      highPercent: input.parentShareHighPercent ?? input.parentShareLowPercent,
    };
  }
  if (input.populationBase) a.populationBase = input.populationBase;
  if (input.fixedLowPercent != null || input.fixedHighPercent != null)
    a.fixedPercent = { low: input.fixedLowPercent ?? 0, high: input.fixedHighPercent ?? 100 };
  return a;
}

/** The field names of the pure core's errors, as this query's arguments spell them. */
const FIELD: Record<string, string> = {
  'assumptions.parentShare.lowPercent': 'assumptions.parentShareLowPercent',
  'assumptions.parentShare.highPercent': 'assumptions.parentShareHighPercent',
  'assumptions.fixedPercent.low': 'assumptions.fixedLowPercent',
  'assumptions.fixedPercent.high': 'assumptions.fixedHighPercent',
};

@Resolver(() => AdoptionEstimateResult)
export class AdoptionResolver {
  @Query(() => AdoptionEstimateResult, {
    description:
      'What adopting a practice might cost a municipality: development and running cost scaled from what the documents report (the practice’s own costs, else its share of the parent project’s), as a range from the assumptions, with every step and what is missing.',
  })
  async adoptionEstimate(
    @Arg('practice', () => ID, { description: 'Practice id.' }) practice: string,
    @Arg('municipality', () => String, { description: 'Target municipality code, e.g. "211".' })
    municipality: string,
    @Arg('assumptions', () => AdoptionAssumptionsInput, {
      nullable: true,
      description: 'Defaults stated in the answer.',
    })
    assumptions: AdoptionAssumptionsInput | undefined,
    @Ctx() ctx: Context,
  ): Promise<AdoptionEstimateResult> {
    const id = numericIdOf('Practice', practice, 'practice');
    if (!/^\d{3}$/.test(municipality))
      throw badInput('municipality', 'must be a three-digit municipality code.');
    try {
      const { estimate: e, home } = await estimateAdoption(
        ctx.em,
        { practiceId: id, municipalityCode: municipality, assumptions: assumptionsOf(assumptions) },
        ctx.loaders,
      );
      return {
        practiceId: id,
        targetCode: municipality,
        homeCode: home.code,
        development: range(e.development),
        running: range(e.running),
        known: e.known.map((k) => ({
          kind: k.kind,
          label: k.label,
          amount: euros(k.amount),
          basis: k.basis,
          recordId: globalId(k.recordType, k.recordId),
          citations: k.citations,
        })),
        assumptions: e.assumptions,
        steps: e.steps.map((s) => ({
          kind: s.kind,
          formula: s.formula,
          result: s.low && s.high ? { low: centsText(s.low.cents), high: centsText(s.high.cents) } : null,
          inputs: s.inputs.map((i) => ({
            label: i.label,
            value: i.value,
            unit: i.unit,
            recordId: globalId(i.recordType === 'IndicatorValue' ? undefined : i.recordType, i.recordId),
            citations: i.citations,
            source: i.source ?? null,
          })),
          assumptions: s.assumptions,
        })),
        missing: e.missing,
        populationBase: e.populationBase,
        homePopulation: e.homePopulation,
        targetPopulation: e.targetPopulation,
      };
    } catch (err) {
      if (err instanceof AdoptionInputError)
        throw badInput(FIELD[err.field] ?? err.field, err.message.slice(err.field.length + 2));
      throw err;
    }
  }

  @FieldResolver(() => Practice, { description: 'The practice.' })
  practice(@Root() r: AdoptionEstimateResult, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Practice).load(r.practiceId);
  }

  @FieldResolver(() => Municipality, { description: 'The target municipality.' })
  municipality(@Root() r: AdoptionEstimateResult, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Municipality, 'code').load(r.targetCode);
  }

  @FieldResolver(() => Municipality, { description: 'Where the practice was developed.' })
  homeMunicipality(@Root() r: AdoptionEstimateResult, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Municipality, 'code').load(r.homeCode);
  }
}
