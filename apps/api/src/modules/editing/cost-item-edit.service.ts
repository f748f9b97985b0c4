import type { EntityManager } from '@mikro-orm/knex';
import { badInput } from '../../core/domain-error';
import { checkAmount } from '../../core/validate';
import type { CostItem } from '../finance/cost-item.entity';
import type { CostItemFields } from './cost-item.input';
import { requireMunicipality } from './editing';
import { recomputeOwner } from './funding-line-edit.service';
import { type RecordSteps, updateRecord } from './record-steps';
import type { Command } from './shared.input';

/** A cost figure's fields as the use case takes them. */
export type CostItemCommand = Command<CostItemFields>;

/** A cost figure is only corrected (costs come with their records: the data set, drafts). */
const COST_ITEM: RecordSteps<CostItem, CostItemCommand> = {
  type: 'CostItem',
  apply: async (em, cost, input) => {
    checkAmount(input.amount, 'input.amount');
    // The schema allows null for an optional enum; kind and basis describe the figure and cannot be unknown.
    if (input.kind === null) throw badInput('input.kind', 'cannot be cleared.');
    if (input.basis === null) throw badInput('input.basis', 'cannot be cleared.');
    if (input.kind !== undefined) cost.kind = input.kind;
    if (input.basis !== undefined) cost.basis = input.basis;
    if (input.amount !== undefined) cost.amount = input.amount;
    if (input.municipalityCode !== undefined)
      cost.municipality = input.municipalityCode
        ? await requireMunicipality(em, input.municipalityCode, 'input.municipalityCode')
        : null;
  },
  after: (em, cost) => recomputeOwner(em, cost),
};

export const updateCostItem = (
  em: EntityManager,
  cost: CostItem,
  input: CostItemCommand,
): Promise<CostItem> => updateRecord(COST_ITEM, em, cost, input);
