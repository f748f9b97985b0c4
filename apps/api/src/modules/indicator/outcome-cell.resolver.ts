import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Outcome } from '../outcome/outcome.entity';
import { cellKey, outcomesOfCells } from './outcome-matrix.service';
import { OutcomeCell } from './outcome-matrix.types';

@Resolver(() => OutcomeCell)
export class OutcomeCellResolver {
  @FieldResolver(() => [Outcome], {
    description: 'The results, measured values first, strongest evidence first.',
  })
  outcomes(@Root() cell: OutcomeCell, @Ctx() ctx: Context): Promise<Outcome[]> {
    return ctx.loaders
      .keyed('outcomesOfCell', (keys) => outcomesOfCells(ctx.em, keys.map(String)))
      .load(cellKey(cell.municipality.code, cell.domain.id));
  }
}
