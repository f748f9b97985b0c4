import type { EntityManager } from '@mikro-orm/knex';
import { badInput } from '../../core/domain-error';
import { checkAmount, checkDate, checkText } from '../../core/validate';
import { FundingLine } from '../finance/funding-line.entity';
import { recomputeDerivedValues } from '../indicator/derived-values.service';
import { Organisation } from '../organisation/organisation.entity';
import type { OwnedEntity } from '../owner/owned.entity';
import { resolveOwner } from '../owner/owner';
import { referenceOf, requireMunicipality } from './editing';
import type { FundingLineFields } from './funding-line.input';
import { type RecordSteps, useCasesOf } from './record-steps';
import type { Command } from './shared.input';

/** A funding line's fields as the use cases take them: its funder by database id. */
export type FundingLineCommand = Command<FundingLineFields, 'funderId'>;

/** A new funding line: its fields and its owner (a project or a practice, by database id). */
export type NewFundingLineCommand = FundingLineCommand & {
  projectId?: number | null;
  practiceId?: number | null;
};

/** Derived cost values depend on costs and funding lines: recompute their owner's. */
export function recomputeOwner(em: EntityManager, line: OwnedEntity): Promise<number> {
  return line.project
    ? recomputeDerivedValues(em, { type: 'Project', ids: [line.project.id] })
    : recomputeDerivedValues(em, { type: 'Practice', ids: [(line.practice as { id: number }).id] });
}

async function applyFields(em: EntityManager, line: FundingLine, input: FundingLineCommand): Promise<void> {
  checkAmount(input.amount, 'input.amount');
  checkDate(input.decisionDate, 'input.decisionDate');
  checkText(input.note, 'input.note', { max: 2000 });
  if (input.kind !== undefined) line.kind = input.kind;
  if (input.amount !== undefined) line.amount = input.amount;
  if (input.basis !== undefined) line.basis = input.basis;
  if (input.decisionDate !== undefined) line.decisionDate = input.decisionDate;
  if (input.note !== undefined) line.note = input.note;
  if (input.funderId !== undefined)
    line.funder = await referenceOf(em, Organisation, input.funderId, 'input.funderId', 'organisation');
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

const FUNDING_LINE: RecordSteps<FundingLine, FundingLineCommand, NewFundingLineCommand> = {
  type: 'FundingLine',
  entity: FundingLine,
  start: async (em, input) => {
    if (!input.kind) throw badInput('input.kind', 'is required.');
    const owner = await resolveOwner(em, input);
    return { ...owner, kind: input.kind } as never;
  },
  apply: (em, line, input) => applyFields(em, line, input),
  after: (em, line) => recomputeOwner(em, line),
};

export const {
  create: createFundingLine,
  update: updateFundingLine,
  remove: deleteFundingLine,
} = useCasesOf(FUNDING_LINE);
