import type { EntityManager } from '@mikro-orm/knex';
import { EVIDENCE_TYPES } from '@vertailu/data';
import { badInput } from '../../core/domain-error';
import { checkDate, checkText } from '../../core/validate';
import { nowIso } from '../../db/base.entity';
import { pagePlain, readSql } from '../../db/plain';
import { type ConnectionShape, type Page, toConnection } from '../../graphql/connection';
import { numericIdOf } from '../../graphql/global-id';
import { checkCodes, checkMunicipalityCodes, whereSearch } from '../../graphql/query-filters';
import { requireTerm } from '../editing/editing';
import { resolveOwner } from '../editing/owner';
import { attachCitations, deleteCitations } from '../source/citation.service';
import { Outcome } from './outcome.entity';
import type { CreateOutcomeInput, OutcomeFields, UpdateOutcomeInput } from './outcome.input';
import type { OutcomeFilter } from './outcome.types';

export async function listOutcomes(
  em: EntityManager,
  filter: OutcomeFilter = {},
  page: Page,
): Promise<ConnectionShape<Outcome>> {
  checkMunicipalityCodes(filter.municipalities, 'filter.municipalities');
  checkCodes(filter.domains, 'filter.domains');
  const knex = readSql(em);
  const query = knex.from({ o: 'outcome' });
  if (filter.municipalities?.length) {
    const codes = filter.municipalities;
    query.where((q) =>
      q
        .whereIn(
          'o.project_id',
          knex
            .select('pm.project_id')
            .from({ pm: 'project_municipality' })
            .whereIn('pm.municipality_code', codes),
        )
        .orWhereIn(
          'o.practice_id',
          knex.select('pr.id').from({ pr: 'practice' }).whereIn('pr.municipality_code', codes),
        ),
    );
  }
  if (filter.domains?.length)
    query.whereIn(
      'o.domain_id',
      knex
        .select('t.id')
        .from({ t: 'term' })
        .where('t.vocabulary', 'OUTCOME_DOMAIN')
        .whereIn('t.code', filter.domains),
    );
  if (filter.directions?.length) query.whereIn('o.direction', filter.directions);
  if (filter.kinds?.length) query.whereIn('o.kind', filter.kinds);
  if (filter.minEvidence) query.where('o.evidence_level', '>=', EVIDENCE_TYPES.indexOf(filter.minEvidence));
  if (filter.project) query.where('o.project_id', numericIdOf('Project', filter.project, 'filter.project'));
  if (filter.practice)
    query.where('o.practice_id', numericIdOf('Practice', filter.practice, 'filter.practice'));
  whereSearch(query, 'o', filter.search);
  const { rows, totalCount } = await pagePlain(em, Outcome, query, 'o', 'o.id asc', page);
  return toConnection(rows, totalCount, page);
}

async function applyFields(
  em: EntityManager,
  outcome: Outcome,
  input: OutcomeFields,
  creating: boolean,
): Promise<void> {
  for (const f of ['kind', 'domain', 'direction', 'evidenceType', 'summaryEn'] as const) {
    if (creating && input[f] == null) throw badInput(`input.${f}`, 'is required.');
    if (!creating && input[f] === null) throw badInput(`input.${f}`, 'cannot be cleared.');
  }
  checkText(input.summaryEn, 'input.summaryEn', { max: 5000, required: input.summaryEn !== undefined });
  checkText(input.unit, 'input.unit', { max: 40 });
  checkText(input.valueDescription, 'input.valueDescription', { max: 2000 });
  checkText(input.comparison, 'input.comparison', { max: 2000 });
  checkDate(input.measuredAt, 'input.measuredAt');
  if (input.value != null && !Number.isFinite(input.value))
    throw badInput('input.value', 'must be a finite number.');
  if (input.baselineYear != null && (input.baselineYear < 1900 || input.baselineYear > 2200)) {
    throw badInput('input.baselineYear', 'must be a year between 1900 and 2200.');
  }
  const {
    domain,
    citations: _c,
    ...scalars
  } = input as OutcomeFields & { projectId?: unknown; practiceId?: unknown };
  delete scalars.projectId;
  delete scalars.practiceId;
  for (const [k, v] of Object.entries(scalars)) {
    if (v !== undefined && k !== 'id' && k !== 'version')
      (outcome as unknown as Record<string, unknown>)[k] = v;
  }
  if (domain !== undefined) outcome.domain = await requireTerm(em, 'OUTCOME_DOMAIN', domain, 'input.domain');
  if (outcome.value != null && !outcome.unit)
    throw badInput('input.unit', 'is required when a value is given.');
}

export async function createOutcome(em: EntityManager, input: CreateOutcomeInput): Promise<Outcome> {
  const owner = await resolveOwner(em, input);
  const outcome = em.create(Outcome, { ...owner } as never);
  await applyFields(em, outcome, input, true);
  await em.flush();
  await attachCitations(em, 'Outcome', outcome.id, input.citations, 'input.citations');
  await em.flush();
  return outcome;
}

export async function updateOutcome(
  em: EntityManager,
  outcome: Outcome,
  input: UpdateOutcomeInput,
): Promise<Outcome> {
  await applyFields(em, outcome, input, false);
  await attachCitations(em, 'Outcome', outcome.id, input.citations, 'input.citations', { replace: true });
  outcome.updatedAt = nowIso();
  await em.flush();
  return outcome;
}

export async function deleteOutcome(em: EntityManager, outcome: Outcome): Promise<void> {
  await deleteCitations(em, 'Outcome', [outcome.id]);
  em.remove(outcome);
  await em.flush();
}
