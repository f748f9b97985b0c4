import type { EntityManager } from '@mikro-orm/knex';
import { badInput } from '../../core/domain-error';
import { checkDate, checkText } from '../../core/validate';
import { Outcome } from '../outcome/outcome.entity';
import { resolveOwner } from '../owner/owner';
import { requireTerm } from './editing';
import type { OutcomeFields } from './outcome.input';
import { type RecordSteps, useCasesOf } from './record-steps';
import type { Command } from './shared.input';

/** An outcome's fields as the use cases take them. */
export type OutcomeCommand = Command<OutcomeFields>;

/** A new outcome: its fields and its owner (a project or a practice, by database id). */
export type NewOutcomeCommand = OutcomeCommand & { projectId?: number | null; practiceId?: number | null };

async function applyFields(
  em: EntityManager,
  outcome: Outcome,
  input: OutcomeCommand,
  creating: boolean,
): Promise<void> {
  for (const f of ['kind', 'domain', 'direction', 'evidenceType', 'summaryEn'] as const) {
    if (creating && input[f] == null) throw badInput(`input.${f}`, 'is required.');
    if (!creating && input[f] === null) throw badInput(`input.${f}`, 'cannot be cleared.');
  }
  checkText(input.summaryEn, 'input.summaryEn', { max: 5000, required: input.summaryEn !== undefined });
  checkText(input.summaryFi, 'input.summaryFi', { max: 5000 });
  checkText(input.unit, 'input.unit', { max: 40 });
  checkText(input.valueDescription, 'input.valueDescription', { max: 2000 });
  checkText(input.comparison, 'input.comparison', { max: 2000 });
  checkDate(input.measuredAt, 'input.measuredAt');
  checkDate(input.reportedAt, 'input.reportedAt');
  if (input.value != null && !Number.isFinite(input.value))
    throw badInput('input.value', 'must be a finite number.');
  if (input.baselineYear != null && (input.baselineYear < 1900 || input.baselineYear > 2200)) {
    throw badInput('input.baselineYear', 'must be a year between 1900 and 2200.');
  }
  const { domain, citations: _c, ...scalars } = input as NewOutcomeCommand;
  delete scalars.projectId;
  delete scalars.practiceId;
  for (const [k, v] of Object.entries(scalars))
    if (v !== undefined) (outcome as unknown as Record<string, unknown>)[k] = v;
  if (domain !== undefined) outcome.domain = await requireTerm(em, 'OUTCOME_DOMAIN', domain, 'input.domain');
  if (outcome.value != null && !outcome.unit)
    throw badInput('input.unit', 'is required when a value is given.');
}

const OUTCOME: RecordSteps<Outcome, OutcomeCommand, NewOutcomeCommand> = {
  type: 'Outcome',
  entity: Outcome,
  start: async (em, input) => ({ ...(await resolveOwner(em, input)) }) as never,
  apply: applyFields,
};

export const { create: createOutcome, update: updateOutcome, remove: deleteOutcome } = useCasesOf(OUTCOME);
