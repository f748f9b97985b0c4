import type { EntityManager } from '@mikro-orm/knex';
import { EVIDENCE_TYPES } from '@vertailu/data';
import { Field, Int, ObjectType } from 'type-graphql';
import { EvidenceTypeEnum, OutcomeDirectionEnum } from '../../graphql/enums';
import { badInput } from '../../graphql/errors';
import { Municipality } from '../municipality/municipality.entity';
import { Outcome } from '../outcome/outcome.entity';
import { Practice } from '../practice/practice.entity';
import { ProjectMunicipality } from '../project/project-municipality.entity';
import { Term } from '../vocabulary/term.entity';
import { groupOutcomes } from './counts.service';
import { MissingReasonEnum } from './indicator-value.entity';

@ObjectType({
  description:
    'One cell of the outcome matrix: what a municipality reports in one domain, and how strongly it is backed.',
})
export class OutcomeCell {
  @Field(() => Municipality, { description: 'The municipality.' })
  municipality!: Municipality;

  @Field(() => Term, { description: 'The outcome domain.' })
  domain!: Term;

  @Field(() => OutcomeDirectionEnum, {
    nullable: true,
    description:
      'IMPROVED, WORSENED or UNCHANGED when all results agree; MIXED when they disagree; UNKNOWN when none says; null when nothing is reported.',
  })
  direction!: string | null;

  @Field(() => EvidenceTypeEnum, { nullable: true, description: 'Strongest evidence among the results.' })
  evidenceType!: string | null;

  @Field(() => Int, { nullable: true, description: 'Strongest evidence level, 0–4 (ordinal).' })
  evidenceLevel!: number | null;

  @Field(() => Int, { description: 'Results reported in this domain.' })
  count!: number;

  @Field(() => Int, { description: 'Of them, improved.' })
  improvedCount!: number;

  @Field(() => Int, { description: 'Of them, worsened.' })
  worsenedCount!: number;

  @Field(() => [Outcome], { description: 'The results, measured values first, strongest evidence first.' })
  outcomes!: Outcome[];

  @Field(() => MissingReasonEnum, { nullable: true, description: 'NOT_REPORTED when the cell is empty.' })
  missingReason!: string | null;
}

function summarise(directions: Map<string, number>): string | null {
  const total = [...directions.values()].reduce((a, b) => a + b, 0);
  if (!total) return null;
  const improved = directions.get('IMPROVED') ?? 0;
  const worsened = directions.get('WORSENED') ?? 0;
  if (improved && worsened) return 'MIXED';
  if (directions.get('MIXED')) return 'MIXED';
  if (improved) return 'IMPROVED';
  if (worsened) return 'WORSENED';
  if (directions.get('UNCHANGED')) return 'UNCHANGED';
  return 'UNKNOWN';
}

/** The municipality × domain matrix of results; counts and strongest evidence are grouped in SQL. */
export async function outcomeMatrix(
  em: EntityManager,
  codes: string[],
  domainCodes: string[] | undefined,
): Promise<OutcomeCell[]> {
  if (!codes.length || codes.length > 400) throw badInput('municipalities', 'give 1–400 municipality codes.');
  const municipalities = await em.find(Municipality, { code: { $in: codes } });
  const byCode = new Map(municipalities.map((m) => [m.code, m]));
  codes.forEach((c, i) => {
    if (!byCode.has(c))
      throw badInput(`municipalities[${i}]`, `"${c.slice(0, 20)}" is not a known municipality code.`);
  });
  const domains = await em.find(
    Term,
    { vocabulary: 'OUTCOME_DOMAIN', ...(domainCodes?.length ? { code: { $in: domainCodes } } : {}) },
    { orderBy: { code: 'asc' } },
  );
  domainCodes?.forEach((c, i) => {
    if (!domains.some((d) => d.code === c))
      throw badInput(`domains[${i}]`, `"${c.slice(0, 60)}" is not an outcome domain code.`);
  });
  const ordered = domainCodes?.length
    ? domainCodes.map((c) => domains.find((d) => d.code === c) as Term)
    : domains;
  const groups = await groupOutcomes(
    em,
    codes,
    ordered.map((d) => d.id),
  );

  // The outcomes themselves, for the cells' values and links: two statements.
  const projectLinks = await em.find(ProjectMunicipality, { municipality: { $in: codes } });
  const practiceIds = (
    await em.find(Practice, { municipality: { $in: codes } }, { fields: ['id', 'municipality'] as never })
  ).map((p) => [p.id, p.municipality.code] as const);
  const outcomes = await em.find(
    Outcome,
    {
      kind: 'RESULT',
      domain: { $in: ordered.map((d) => d.id) },
      $or: [
        { project: { $in: projectLinks.map((l) => l.project.id) } },
        { practice: { $in: practiceIds.map(([id]) => id) } },
      ],
    },
    { orderBy: { evidenceLevel: 'desc', id: 'asc' } },
  );
  const municipalitiesOf = (o: Outcome): string[] =>
    o.project
      ? projectLinks.filter((l) => l.project.id === o.project?.id).map((l) => l.municipality.code)
      : practiceIds.filter(([id]) => id === o.practice?.id).map(([, c]) => c);

  const cells: OutcomeCell[] = [];
  for (const code of codes) {
    for (const domain of ordered) {
      const mine = groups.filter((g) => g.municipality === code && g.domainId === domain.id);
      const directions = new Map<string, number>();
      for (const g of mine) directions.set(g.direction, (directions.get(g.direction) ?? 0) + g.count);
      const count = mine.reduce((s, g) => s + g.count, 0);
      const level = mine.length ? Math.max(...mine.map((g) => g.maxEvidence)) : null;
      const cellOutcomes = outcomes
        .filter((o) => o.domain.id === domain.id && [...new Set(municipalitiesOf(o))].includes(code))
        .sort(
          (a, b) => Number(b.value !== null) - Number(a.value !== null) || b.evidenceLevel - a.evidenceLevel,
        );
      cells.push({
        municipality: byCode.get(code) as Municipality,
        domain,
        direction: summarise(directions),
        evidenceLevel: level,
        evidenceType: level === null ? null : (EVIDENCE_TYPES[level] ?? null),
        count,
        improvedCount: directions.get('IMPROVED') ?? 0,
        worsenedCount: directions.get('WORSENED') ?? 0,
        outcomes: cellOutcomes,
        missingReason: count ? null : 'NOT_REPORTED',
      });
    }
  }
  return cells;
}
