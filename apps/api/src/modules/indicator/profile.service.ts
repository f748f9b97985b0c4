import type { EntityManager } from '@mikro-orm/knex';
import { badInput } from '../../core/domain-error';
import { findPlain } from '../../db/plain';
import { Municipality } from '../municipality/municipality.entity';
import { Outcome } from '../outcome/outcome.entity';
import { Practice } from '../practice/practice.entity';
import { Project } from '../project/project.entity';
import { ProjectMunicipality } from '../project/project-municipality.entity';
import { compareMunicipalities } from './comparison.service';
import type { IndicatorComparison } from './comparison.types';
import { Indicator } from './indicator.entity';
import { IndicatorValue } from './indicator-value.entity';

/**
 * The municipality profile's reads, each a use case over plain rows (db/plain.ts): the resolver asks
 * for the parts the client selected and shares what two parts need (project ids, practices).
 */

/** The municipality of a three-digit code, or null when there is none. */
export async function profileMunicipality(em: EntityManager, code: string): Promise<Municipality | null> {
  if (!/^\d{3}$/.test(code)) throw badInput('code', 'must be a three-digit municipality code.');
  const [municipality] = await findPlain(em, Municipality, { code });
  return municipality ?? null;
}

/** Ids of the projects the municipality takes part in (once each, whatever its roles). */
export async function projectIdsOf(em: EntityManager, code: string): Promise<number[]> {
  const links = (await em
    .createQueryBuilder(ProjectMunicipality, 'pm')
    .select('pm.project')
    .where({ municipality: code })
    .execute('all', false)) as { project_id: number }[];
  return [...new Set(links.map((l) => l.project_id))];
}

export function projectsByIds(em: EntityManager, ids: number[]): Promise<Project[]> {
  return findPlain(em, Project, { id: { $in: ids } }, { name: 'asc', id: 'asc' });
}

export function practicesOf(em: EntityManager, code: string): Promise<Practice[]> {
  return findPlain(em, Practice, { municipality: code }, { name: 'asc', id: 'asc' });
}

/**
 * Outcomes of the projects and practices, strongest evidence first: two index look-ups instead of one
 * OR, which scans every outcome; an outcome of both is kept once.
 */
export async function outcomesOf(
  em: EntityManager,
  projectIds: number[],
  practiceIds: number[],
): Promise<Outcome[]> {
  const [ofProjects, ofPractices] = await Promise.all([
    findPlain(em, Outcome, { project: { $in: projectIds } }),
    findPlain(em, Outcome, { practice: { $in: practiceIds } }),
  ]);
  const byId = new Map([...ofProjects, ...ofPractices].map((o) => [o.id, o]));
  return [...byId.values()].sort((a, b) => b.evidenceLevel - a.evidenceLevel || a.id - b.id);
}

/** Every cost indicator over all years for one municipality. */
export async function costComparison(em: EntityManager, code: string): Promise<IndicatorComparison[]> {
  const indicators = await findPlain(em, Indicator, { category: 'COST' }, { code: 'asc' });
  return compareMunicipalities(em, {
    municipalities: [code],
    indicators: indicators.map((i) => i.code),
    normalize: 'NONE',
  });
}

/** Context statistics (population …) by indicator and year: a thousand rows or more, the code on each. */
export function contextValues(em: EntityManager, code: string): Promise<IndicatorValue[]> {
  return findPlain(
    em,
    IndicatorValue,
    { municipality: code, indicator: { category: 'CONTEXT' } },
    { indicator: 'asc', year: 'asc' },
  );
}
