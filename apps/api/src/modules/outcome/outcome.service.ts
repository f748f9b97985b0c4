import type { EntityManager } from '@mikro-orm/knex';
import { evidenceLevel } from '@vertailu/data/vocabulary';
import { badInput } from '../../core/domain-error';
import { checkDate, checkText } from '../../core/validate';
import { nowIso } from '../../db/base.entity';
import { type ConnectionShape, type Page, toConnection } from '../../graphql/connection';
import { numericIdOf } from '../../graphql/global-id';
import { checkCodes, checkMunicipalityCodes, whereSearch } from '../../graphql/query-filters';
import { requireTerm } from '../editing/editing';
import { resolveOwner } from '../editing/owner';
import { Practice } from '../practice/practice.entity';
import { ProjectMunicipality } from '../project/project-municipality.entity';
import { attachCitations, deleteCitations } from '../source/citation.service';
import { Term } from '../vocabulary/term.entity';
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
  const qb = em.createQueryBuilder(Outcome, 'o');
  if (filter.municipalities?.length) {
    const projects = em
      .createQueryBuilder(ProjectMunicipality, 'pm')
      .select('pm.project')
      .where({ municipality: { $in: filter.municipalities } });
    const practices = em
      .createQueryBuilder(Practice, 'pr')
      .select('pr.id')
      .where({ municipality: { $in: filter.municipalities } });
    qb.andWhere({
      $or: [{ project: { $in: projects.getKnexQuery() } }, { practice: { $in: practices.getKnexQuery() } }],
    } as never);
  }
  if (filter.domains?.length) {
    const domains = em
      .createQueryBuilder(Term, 't')
      .select('t.id')
      .where({ vocabulary: 'OUTCOME_DOMAIN', code: { $in: filter.domains } });
    qb.andWhere({ domain: { $in: domains.getKnexQuery() } } as never);
  }
  if (filter.directions?.length) qb.andWhere({ direction: { $in: filter.directions } });
  if (filter.kinds?.length) qb.andWhere({ kind: { $in: filter.kinds } });
  if (filter.minEvidence) qb.andWhere({ evidenceLevel: { $gte: evidenceLevel(filter.minEvidence) } });
  if (filter.project) qb.andWhere({ project: numericIdOf('Project', filter.project, 'filter.project') });
  if (filter.practice) qb.andWhere({ practice: numericIdOf('Practice', filter.practice, 'filter.practice') });
  whereSearch(qb, filter.search);
  const [totalCount, rows] = await Promise.all([
    qb.clone().getCount(),
    qb.orderBy({ id: 'asc' }).limit(page.limit).offset(page.offset).getResultList(),
  ]);
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
