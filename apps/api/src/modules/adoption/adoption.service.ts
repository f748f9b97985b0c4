import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import {
  type AdoptionAssumptions,
  type AdoptionEstimate,
  type AdoptionInput,
  adoptionEstimate,
  type CostFact,
  type FundingFact,
  POPULATION_BASE_INDICATOR,
  POPULATION_BASES,
  type PopulationBase,
  type PopulationFigure,
} from '@vertailu/indicators';
import { badInput, notFound } from '../../core/domain-error';
import { toGlobalId } from '../../core/record-id';
import {
  findPlain,
  pkOf,
  plainColumns,
  plainRows,
  type RowLoaders,
  readSql,
  rowsByKey,
} from '../../db/plain';
import { CostItem } from '../finance/cost-item.entity';
import { FundingLine } from '../finance/funding-line.entity';
import { IndicatorValue } from '../indicator/indicator-value.entity';
import { Municipality } from '../municipality/municipality.entity';
import { Organisation } from '../organisation/organisation.entity';
import { Outcome } from '../outcome/outcome.entity';
import type { OwnedEntity } from '../owner/owned.entity';
import { Practice } from '../practice/practice.entity';
import { Project } from '../project/project.entity';
import { ProjectMunicipality } from '../project/project-municipality.entity';
import { Citation } from '../source/citation.entity';

export interface AdoptionCommand {
  practiceId: number;
  municipalityCode: string;
  assumptions: AdoptionAssumptions;
}

export interface AdoptionResult {
  practice: Practice;
  target: Municipality;
  home: Municipality;
  estimate: AdoptionEstimate<Citation>;
}

/** Detail rows (costs, funding lines) of the practice and, when it has one, of its parent project, by id. */
async function ownedRows<T extends OwnedEntity>(
  em: EntityManager,
  entity: EntityClass<T>,
  practiceId: number,
  projectId: number | null,
): Promise<T[]> {
  const query = readSql(em)
    .select(plainColumns(em, entity, 'e'))
    .from({ e: em.getMetadata().get(entity.name).tableName })
    .where('e.practice_id', practiceId);
  if (projectId !== null) query.orWhere('e.project_id', projectId);
  return plainRows(em, entity, await query.orderBy('e.id'));
}

/** The codes of the practice's target groups, in the order they were linked. */
async function targetGroupsOf(em: EntityManager, practiceId: number): Promise<string[]> {
  const rows = (await readSql(em)
    .select('t.code')
    .from({ l: 'term_link' })
    .join({ t: 'term' }, 't.id', 'l.term_id')
    .where({ 'l.practice_id': practiceId, 't.vocabulary': 'TARGET_GROUP' })
    .orderBy('l.id')) as { code: string }[];
  return rows.map((r) => r.code);
}

/** The practice's statements of what its service costs (outcomes in the SERVICE_COST domain), by id. */
async function costStatementsOf(em: EntityManager, practiceId: number): Promise<Outcome[]> {
  const knex = readSql(em);
  const rows = await knex
    .select(plainColumns(em, Outcome, 'o'))
    .from({ o: 'outcome' })
    .where('o.practice_id', practiceId)
    .whereIn(
      'o.domain_id',
      knex
        .select('t.id')
        .from({ t: 'term' })
        .where({ 't.vocabulary': 'OUTCOME_DOMAIN', 't.code': 'SERVICE_COST' }),
    )
    .orderBy('o.id');
  return plainRows(em, Outcome, rows);
}

/**
 * The citations of records by type and id (with a field, only those backing it), by id: one statement.
 */
async function citationsOfRecords(
  em: EntityManager,
  groups: { type: string; ids: number[]; field?: string }[],
): Promise<Citation[]> {
  const asked = groups.filter((g) => g.ids.length);
  if (!asked.length) return [];
  const rows = await readSql(em)
    .select(plainColumns(em, Citation, 'c'))
    .from({ c: 'citation' })
    .where((any) => {
      for (const g of asked)
        any.orWhere((one) => {
          one.where('c.subject_type', g.type).whereIn('c.subject_id', g.ids.map(String));
          if (g.field) one.where('c.field', g.field);
        });
    })
    .orderBy('c.id');
  return plainRows(em, Citation, rows);
}

/**
 * Gathers what the data set knows about a practice, its parent project and the two municipalities'
 * populations, as plain rows (db/plain.ts), and hands it to the pure estimate
 * (packages/indicators/src/adoption.ts). An unknown practice is NOT_FOUND, an unknown municipality
 * BAD_INPUT at `municipality`. Given the request's loaders, the practice, the project and the
 * municipalities are read through them (the answer's `practice` and municipalities then cost nothing).
 */
export async function estimateAdoption(
  em: EntityManager,
  cmd: AdoptionCommand,
  loaders?: RowLoaders,
): Promise<AdoptionResult> {
  const [practice] = await rowsByKey(em, loaders, Practice, 'id', [cmd.practiceId]);
  if (!practice) throw notFound('Practice', toGlobalId('Practice', cmd.practiceId));
  const homeCode = pkOf(practice.municipality) as string;
  const parentId = pkOf(practice.parentProject) as number | null;

  const [municipalities, parent, owners, siblings, targetGroups, statements, values, costs, fundings] =
    await Promise.all([
      rowsByKey(em, loaders, Municipality, 'code', [...new Set([cmd.municipalityCode, homeCode])]),
      parentId ? rowsByKey(em, loaders, Project, 'id', [parentId]).then(([p]) => p ?? null) : null,
      parentId ? findPlain(em, ProjectMunicipality, { project: parentId }) : [],
      parentId ? findPlain(em, Practice, { parentProject: parentId }, { id: 'asc' }) : [],
      targetGroupsOf(em, practice.id),
      costStatementsOf(em, practice.id),
      findPlain(
        em,
        IndicatorValue,
        {
          indicator: { $in: Object.values(POPULATION_BASE_INDICATOR).filter((c): c is string => c !== null) },
          municipality: { $in: [...new Set([homeCode, cmd.municipalityCode])] },
          series: 'statistics',
          gender: 'total',
        },
        { year: 'asc' },
      ).then((rows) => rows.filter((v) => v.value !== null)),
      ownedRows(em, CostItem, practice.id, parentId),
      ownedRows(em, FundingLine, practice.id, parentId),
    ]);
  const target = municipalities.find((m) => m.code === cmd.municipalityCode);
  if (!target) throw badInput('municipality', `no municipality ${cmd.municipalityCode}.`);
  const home = municipalities.find((m) => m.code === homeCode);
  if (!home) throw new Error(`Practice ${practice.id}: its municipality ${homeCode} is not in the register`);
  const funderIds = fundings
    .map((f) => pkOf(f.funder) as number | null)
    .filter((x): x is number => x != null);
  const lines = siblings.filter((s) => s.isDevelopmentLine);
  const [funders, citations] = await Promise.all([
    funderIds.length ? rowsByKey(em, loaders, Organisation, 'id', [...new Set(funderIds)]) : [],
    citationsOfRecords(em, [
      { type: 'CostItem', ids: costs.map((c) => c.id) },
      { type: 'FundingLine', ids: fundings.map((f) => f.id) },
      { type: 'Outcome', ids: statements.map((o) => o.id) },
      { type: 'Practice', ids: lines.map((l) => l.id), field: 'isDevelopmentLine' },
    ]),
  ]);
  const citesOf = (type: string, id: number) =>
    citations.filter((c) => c.subjectType === type && c.subjectId === String(id));
  const funderName = new Map(funders.map((o) => [o.id, o.abbreviation ?? o.nameFi]));
  const ownedBy = (owner: 'practice' | 'project', id: number) => ({
    costs: costs
      .filter((c) => pkOf(c[owner]) === id)
      .map<CostFact<Citation>>((c) => ({
        recordType: 'CostItem',
        recordId: c.id,
        kind: c.kind,
        basis: c.basis,
        amount: c.amount === null ? null : Number(c.amount),
        municipalityCode: (pkOf(c.municipality) as string | null) ?? null,
        citations: citesOf('CostItem', c.id),
      })),
    fundings: fundings
      .filter((f) => pkOf(f[owner]) === id)
      .map<FundingFact<Citation>>((f) => ({
        recordType: 'FundingLine',
        recordId: f.id,
        kind: f.kind,
        amount: f.amount === null ? null : Number(f.amount),
        funderName: funderName.get(pkOf(f.funder) as number) ?? null,
        recipientCode: (pkOf(f.recipient) as string | null) ?? null,
        citations: citesOf('FundingLine', f.id),
      })),
  });
  const population = Object.fromEntries(
    POPULATION_BASES.map((b) => [
      b,
      values
        .filter((v) => pkOf(v.indicator) === POPULATION_BASE_INDICATOR[b])
        .map<PopulationFigure>((v) => ({
          municipalityCode: pkOf(v.municipality) as string,
          year: v.year as number,
          value: v.value as number,
          source: v.sourceNote,
          recordId: v.id,
        })),
    ]),
  ) as Record<PopulationBase, PopulationFigure[]>;

  const input: AdoptionInput<Citation> = {
    practice: {
      id: practice.id,
      name: practice.name,
      municipalityCode: homeCode,
      municipalityCodes: [homeCode],
      targetGroups,
      start: practice.period?.start ?? null,
      end: practice.period?.end ?? null,
      ...ownedBy('practice', practice.id),
    },
    parent: parent
      ? {
          id: parent.id,
          name: parent.name,
          municipalityCodes: owners.map((o) => pkOf(o.municipality) as string),
          start: parent.period?.start ?? null,
          end: parent.period?.end ?? null,
          ...ownedBy('project', parent.id),
          developmentLines: lines.map((l) => ({ id: l.id, name: l.name })),
          practices: siblings.map((s) => ({ id: s.id, name: s.name })),
          linesCitations: [
            ...new Map(lines.flatMap((l) => citesOf('Practice', l.id)).map((c) => [c.quote, c])).values(),
          ],
        }
      : null,
    statements: statements.map((o) => ({
      recordType: 'Outcome',
      recordId: o.id,
      summary: o.summaryEn,
      amount: o.unit === 'EUR' && o.value !== null ? o.value : null,
      citations: citesOf('Outcome', o.id),
    })),
    home: { code: home.code, name: home.nameFi },
    target: { code: target.code, name: target.nameFi },
    population,
  };
  return { practice, target, home, estimate: adoptionEstimate(input, cmd.assumptions) };
}
