import type { EntityManager } from '@mikro-orm/knex';
import { badInput } from '../../core/domain-error';
import { checkAmount } from '../../core/validate';
import { nowIso } from '../../db/base.entity';
import type { CostItem } from '../finance/cost-item.entity';
import { attachCitations } from './citation.service';
import type { CostItemFields } from './cost-item.input';
import { requireMunicipality } from './editing';
import { recomputeOwner } from './funding-line-edit.service';
import type { Command } from './shared.input';

/** A cost figure's fields as the use case takes them. */
export type CostItemCommand = Command<CostItemFields>;

/** Corrects a cost figure (the same shape as the other editable records: checked fields, then citations). */
export async function updateCostItem(
  em: EntityManager,
  cost: CostItem,
  input: CostItemCommand,
): Promise<CostItem> {
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
  await attachCitations(em, 'CostItem', cost.id, input.citations, 'input.citations', { replace: true });
  cost.updatedAt = nowIso();
  await em.flush();
  await recomputeOwner(em, cost);
  return cost;
}
