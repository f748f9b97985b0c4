import { badInput } from '../../core/domain-error';
import { checkAmount } from '../../core/validate';
import { CostItem } from '../finance/cost-item.entity';
import { resolveOwner } from '../owner/owner';
import type { CostItemFields } from './cost-item.input';
import { requireMunicipality } from './editing';
import { recomputeOwner } from './funding-line-edit.service';
import { type RecordSteps, useCasesOf } from './record-steps';
import type { Command } from './shared.input';

/** A cost figure's fields as the use cases take them. */
export type CostItemCommand = Command<CostItemFields>;

/** A new cost figure: its fields and its owner (a project or a practice, by database id). */
export type NewCostItemCommand = CostItemCommand & { projectId?: number | null; practiceId?: number | null };

/**
 * Editors correct cost figures (the API has no mutation that creates or deletes one: costs come and go
 * with their records); an accepted draft creates them through `createCostItem`, with the same checks,
 * and the seeder creates, corrects and removes the data set's figures through these use cases.
 */
const COST_ITEM: RecordSteps<CostItem, CostItemCommand, NewCostItemCommand> = {
  type: 'CostItem',
  entity: CostItem,
  start: async (em, input) => {
    if (input.kind == null) throw badInput('input.kind', 'is required.');
    if (input.basis == null) throw badInput('input.basis', 'is required.');
    return { ...(await resolveOwner(em, input)), kind: input.kind } as never;
  },
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

export const {
  create: createCostItem,
  update: updateCostItem,
  remove: deleteCostItem,
} = useCasesOf(COST_ITEM);
