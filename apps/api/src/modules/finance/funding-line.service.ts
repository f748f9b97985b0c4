import type { EntityManager } from '@mikro-orm/knex';
import { badInput } from '../../core/domain-error';
import { checkAmount, checkDate, checkText } from '../../core/validate';
import { nowIso } from '../../db/base.entity';
import type { OwnedEntity } from '../owner/owned.entity';
import { numericIdOf } from '../../graphql/global-id';
import { pkOf } from '../../graphql/loaders';
import { requireMunicipality } from '../editing/editing';
import { resolveOwner } from '../owner/owner';
import { recomputeDerivedValues } from '../indicator/derived-values.service';
import { Organisation } from '../organisation/organisation.entity';
import { attachCitations, deleteCitations } from '../editing/citation.service';
import { FundingLine } from './funding-line.entity';
import type { CreateFundingLineInput, FundingLineFields, UpdateFundingLineInput } from './funding-line.input';

/** Derived cost values depend on costs and funding lines: recompute their owner's. */
export function recomputeOwner(em: EntityManager, line: OwnedEntity): Promise<number> {
  const project = pkOf(line.project) as number | null;
  return project !== null
    ? recomputeDerivedValues(em, { type: 'Project', ids: [project] })
    : recomputeDerivedValues(em, { type: 'Practice', ids: [pkOf(line.practice) as number] });
}

async function applyFields(em: EntityManager, line: FundingLine, input: FundingLineFields): Promise<void> {
  checkAmount(input.amount, 'input.amount');
  checkDate(input.decisionDate, 'input.decisionDate');
  checkText(input.note, 'input.note', { max: 2000 });
  if (input.kind !== undefined) line.kind = input.kind;
  if (input.amount !== undefined) line.amount = input.amount;
  if (input.basis !== undefined) line.basis = input.basis;
  if (input.decisionDate !== undefined) line.decisionDate = input.decisionDate;
  if (input.note !== undefined) line.note = input.note;
  if (input.funderId !== undefined) {
    line.funder = input.funderId
      ? await em.findOne(Organisation, numericIdOf('Organisation', input.funderId, 'input.funderId'))
      : null;
    if (input.funderId && !line.funder) throw badInput('input.funderId', 'no such organisation.');
  }
  if (input.recipientCode !== undefined) {
    line.recipient = input.recipientCode
      ? await requireMunicipality(em, input.recipientCode, 'input.recipientCode')
      : null;
  }
  // "No separate funding" states a known zero; an amount on it would contradict itself.
  if (line.kind === 'NO_SEPARATE_FUNDING' && line.amount != null) {
    throw badInput(
      'input.amount',
      'must be null for NO_SEPARATE_FUNDING (the kind itself says external funding is 0).',
    );
  }
  if (line.kind === 'NO_SEPARATE_FUNDING' && line.basis != null)
    throw badInput(
      'input.basis',
      'must be null for NO_SEPARATE_FUNDING (there is no amount to be estimated or realised).',
    );
}

export async function createFundingLine(
  em: EntityManager,
  input: CreateFundingLineInput,
): Promise<FundingLine> {
  if (!input.kind) throw badInput('input.kind', 'is required.');
  const owner = await resolveOwner(em, input);
  const line = em.create(FundingLine, { ...owner, kind: input.kind } as never);
  await applyFields(em, line, input);
  await em.flush();
  await attachCitations(em, 'FundingLine', line.id, input.citations, 'input.citations');
  await em.flush();
  await recomputeOwner(em, line);
  return line;
}

export async function updateFundingLine(
  em: EntityManager,
  line: FundingLine,
  input: UpdateFundingLineInput,
): Promise<FundingLine> {
  await applyFields(em, line, input);
  await attachCitations(em, 'FundingLine', line.id, input.citations, 'input.citations', { replace: true });
  line.updatedAt = nowIso();
  await em.flush();
  await recomputeOwner(em, line);
  return line;
}

export async function deleteFundingLine(em: EntityManager, line: FundingLine): Promise<void> {
  await deleteCitations(em, 'FundingLine', [line.id]);
  em.remove(line);
  await em.flush();
  await recomputeOwner(em, line);
}
