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
import { pkOf } from '../../graphql/loaders';
import { CostItem } from '../finance/cost-item.entity';
import { FundingLine } from '../finance/funding-line.entity';
import { IndicatorValue } from '../indicator/indicator-value.entity';
import { Municipality } from '../municipality/municipality.entity';
import { Organisation } from '../organisation/organisation.entity';
import { Outcome } from '../outcome/outcome.entity';
import { Practice } from '../practice/practice.entity';
import { Project } from '../project/project.entity';
import { ProjectMunicipality } from '../project/project-municipality.entity';
import { Citation } from '../source/citation.entity';
import { TermLink } from '../vocabulary/term-link.entity';

export interface AdoptionCommand {
  practiceId: number;
  municipalityCode: string;
  assumptions: AdoptionAssumptions;
}

/** Why the command cannot be answered: unknown practice or municipality (the resolver maps it). */
export class AdoptionNotFound extends Error {
  constructor(
    readonly what: 'practice' | 'municipality',
    readonly key: string,
  ) {
    super(`${what} ${key} was not found`);
  }
}

export interface AdoptionResult {
  practice: Practice;
  target: Municipality;
  home: Municipality;
  estimate: AdoptionEstimate<Citation>;
}

/**
 * Gathers what the data set knows about a practice, its parent project and the two municipalities'
 * populations, and hands it to the pure estimate (packages/indicators/src/adoption.ts).
 */
export async function estimateAdoption(em: EntityManager, cmd: AdoptionCommand): Promise<AdoptionResult> {
  const practice = await em.findOne(Practice, { id: cmd.practiceId });
  if (!practice) throw new AdoptionNotFound('practice', String(cmd.practiceId));
  const target = await em.findOne(Municipality, { code: cmd.municipalityCode });
  if (!target) throw new AdoptionNotFound('municipality', cmd.municipalityCode);
  const homeCode = pkOf(practice.municipality) as string;
  const parentId = pkOf(practice.parentProject) as number | null;

  const [home, parent, owners, siblings, links, outcomes, values] = await Promise.all([
    em.findOneOrFail(Municipality, { code: homeCode }),
    parentId ? em.findOne(Project, { id: parentId }) : null,
    parentId ? em.find(ProjectMunicipality, { project: parentId }) : [],
    parentId ? em.find(Practice, { parentProject: parentId }, { orderBy: { id: 'asc' } }) : [],
    em.find(TermLink, { practice: practice.id }, { populate: ['term'] }),
    em.find(Outcome, { practice: practice.id }, { populate: ['domain'], orderBy: { id: 'asc' } }),
    em.find(
      IndicatorValue,
      {
        indicator: { $in: Object.values(POPULATION_BASE_INDICATOR).filter((c): c is string => c !== null) },
        municipality: { $in: [homeCode, target.code] },
        series: 'statistics',
        gender: 'total',
        value: { $ne: null },
      },
      { orderBy: { year: 'asc' } },
    ),
  ]);
  const ownerFilter = parentId
    ? { $or: [{ practice: practice.id }, { project: parentId }] }
    : { practice: practice.id };
  const [costs, fundings] = await Promise.all([
    em.find(CostItem, ownerFilter, { orderBy: { id: 'asc' } }),
    em.find(FundingLine, ownerFilter, { orderBy: { id: 'asc' } }),
  ]);
  const funderIds = fundings
    .map((f) => pkOf(f.funder) as number | null)
    .filter((x): x is number => x != null);
  const lines = siblings.filter((s) => s.isDevelopmentLine);
  const statements = outcomes.filter((o) => o.domain.code === 'SERVICE_COST');
  const [funders, citations] = await Promise.all([
    funderIds.length ? em.find(Organisation, { id: { $in: funderIds } }) : [],
    em.find(
      Citation,
      {
        $or: [
          { subjectType: 'CostItem', subjectId: { $in: costs.map((c) => String(c.id)) } },
          { subjectType: 'FundingLine', subjectId: { $in: fundings.map((f) => String(f.id)) } },
          { subjectType: 'Outcome', subjectId: { $in: statements.map((o) => String(o.id)) } },
          {
            subjectType: 'Practice',
            subjectId: { $in: lines.map((l) => String(l.id)) },
            field: 'isDevelopmentLine',
          },
        ],
      },
      { orderBy: { id: 'asc' } },
    ),
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
      targetGroups: links.filter((l) => l.term.vocabulary === 'TARGET_GROUP').map((l) => l.term.code),
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
