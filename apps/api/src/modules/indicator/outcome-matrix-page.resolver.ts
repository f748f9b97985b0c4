import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { outcomeMatrixPage } from './outcome-matrix.service';
import { OutcomeMatrixOrderEnum, OutcomeMatrixPage } from './outcome-matrix.types';

@Resolver(() => OutcomeMatrixPage)
export class OutcomeMatrixPageResolver {
  @Query(() => OutcomeMatrixPage, {
    description:
      'The outcome matrix a page at a time, filtered and ordered on the server: for a national matrix (309 municipalities × 12 domains) a client asks one screenful and the count of all rows.',
  })
  outcomeMatrixPage(
    @Arg('municipalities', () => [String], {
      description: 'Municipality codes (1–400): the rows to choose from.',
    })
    municipalities: string[],
    @Arg('domains', () => [String], {
      nullable: true,
      description: 'Outcome domain codes; all when omitted.',
    })
    domains: string[] | undefined,
    @Arg('reportedOnly', () => Boolean, {
      defaultValue: false,
      description: 'Only municipalities with at least one result in the asked domains.',
    })
    reportedOnly: boolean,
    @Arg('minEvidenceLevel', () => Int, {
      nullable: true,
      description: 'Only municipalities with a result backed at this evidence level (0–4) or stronger.',
    })
    minEvidenceLevel: number | undefined,
    @Arg('orderBy', () => OutcomeMatrixOrderEnum, { defaultValue: 'GIVEN', description: 'Row order.' })
    orderBy: keyof typeof OutcomeMatrixOrderEnum,
    @Arg('orderDomain', () => String, {
      nullable: true,
      description: 'Order by this domain’s cell instead of the whole row.',
    })
    orderDomain: string | undefined,
    @Arg('ascending', () => Boolean, { defaultValue: false, description: 'Least first.' })
    ascending: boolean,
    @Arg('offset', () => Int, { defaultValue: 0, description: 'Rows to skip (0-based).' }) offset: number,
    @Arg('limit', () => Int, { defaultValue: 25, description: 'Rows on the page, 1–100.' }) limit: number,
    @Ctx() ctx: Context,
  ) {
    return outcomeMatrixPage(ctx.em, municipalities, domains, {
      reportedOnly,
      minEvidenceLevel: minEvidenceLevel ?? null,
      order: orderBy,
      orderDomain: orderDomain ?? null,
      ascending,
      offset,
      limit,
    });
  }
}
