import type { EntityManager } from '@mikro-orm/knex';
import { countsByValue } from '@vertailu/indicators';
import { badInput } from '../../core/domain-error';
import {
  columnsFor,
  findPlain,
  plainColumns,
  plainRows,
  type RowLoaders,
  readSql,
  referenceRows,
  rowsByKey,
} from '../../db/plain';
import { readRows } from '../../db/read-batch';
import { Municipality } from '../municipality/municipality.entity';
import { Outcome } from '../outcome/outcome.entity';
import { Practice } from '../practice/practice.entity';
import { Project } from '../project/project.entity';
import { compareMunicipalities } from './comparison.service';
import type { IndicatorComparison } from './comparison.types';
import { Indicator } from './indicator.entity';
import { IndicatorValue } from './indicator-value.entity';

/**
 * The municipality profile's reads, each a use case over plain rows (db/plain.ts) and one statement
 * (a part's keys are a sub-select, not a statement of their own): the resolver asks for the parts the
 * client selected, side by side, and shares what two parts need (the practices). Given the request's
 * loaders, the municipality and the cost indicators are read once for every part that needs them.
 */

/** The municipality of a three-digit code, or null when there is none. */
export async function profileMunicipality(
  em: EntityManager,
  code: string,
  loaders?: RowLoaders,
): Promise<Municipality | null> {
  if (!/^\d{3}$/.test(code)) throw badInput('code', 'must be a three-digit municipality code.');
  const [municipality] = await rowsByKey(em, loaders, Municipality, 'code', [code]);
  return municipality ?? null;
}

/**
 * The parts that list rows take `asked`: the fields a client asks of each row (GraphQL field names, or
 * none: every column), so only the columns those need are read (`columnsFor`).
 */

/** The projects the municipality takes part in (once each, whatever its roles), by name. */
export async function projectsOf(
  em: EntityManager,
  code: string,
  asked?: Iterable<string>,
): Promise<Project[]> {
  const knex = readSql(em);
  const only = asked ? columnsFor(em, Project, asked) : null;
  const rows = await readRows(
    em,
    knex
      .select(plainColumns(em, Project, 'p', only))
      .from({ p: 'project' })
      .whereIn(
        'p.id',
        knex.select('project_id').from('project_municipality').where('municipality_code', code),
      )
      .orderBy([{ column: 'p.name' }, { column: 'p.id' }]),
  );
  return plainRows(em, Project, rows, only);
}

/** Its practices by name; `asked`: the fields needed of them (`columnsFor`), or every column. */
export function practicesOf(em: EntityManager, code: string, asked?: Iterable<string>): Promise<Practice[]> {
  const only = asked ? columnsFor(em, Practice, asked) : null;
  return findPlain(em, Practice, { municipality: code }, { name: 'asc', id: 'asc' }, only);
}

/** Practices per phase (the phases that occur, the unknown one last), counted from the practices. */
export function phaseCounts(practices: readonly Practice[]): { phase: string | null; count: number }[] {
  return countsByValue(practices.map((p) => p.phase ?? null)).map(({ value, count }) => ({
    phase: value,
    count,
  }));
}

/**
 * Outcomes of the municipality's projects and practices, strongest evidence first: two index look-ups
 * joined by UNION (an OR over both columns scans every outcome), so an outcome of both is kept once.
 */
export async function outcomesOf(
  em: EntityManager,
  code: string,
  asked?: Iterable<string>,
): Promise<Outcome[]> {
  const knex = readSql(em);
  const only = asked ? columnsFor(em, Outcome, asked) : null;
  const ids = knex
    .select('id')
    .from('outcome')
    .whereIn(
      'project_id',
      knex.select('project_id').from('project_municipality').where('municipality_code', code),
    )
    .union(
      knex
        .select('id')
        .from('outcome')
        .whereIn('practice_id', knex.select('id').from('practice').where('municipality_code', code)),
    );
  const rows = await readRows(
    em,
    knex
      .select(plainColumns(em, Outcome, 'o', only))
      .from({ o: 'outcome' })
      .whereIn('o.id', ids)
      .orderBy([
        { column: 'o.evidence_level', order: 'desc' },
        { column: 'o.id', order: 'asc' },
      ]),
  );
  return plainRows(em, Outcome, rows, only);
}

/** Every cost indicator over all years for one municipality. */
export async function costComparison(
  em: EntityManager,
  code: string,
  loaders?: RowLoaders,
): Promise<IndicatorComparison[]> {
  const indicators = await referenceRows(
    loaders,
    Indicator,
    'code',
    (i) => i.category === 'COST',
    () => findPlain(em, Indicator, { category: 'COST' }, { code: 'asc' }),
  );
  if (loaders) for (const i of indicators) loaders.byId(Indicator, 'code').prime(i.code, i);
  return compareMunicipalities(
    em,
    { municipalities: [code], indicators: indicators.map((i) => i.code), normalize: 'NONE' },
    { loaders },
  );
}

/** Context statistics (population …) by indicator and year: a thousand rows or more, the code on each. */
export async function contextValues(
  em: EntityManager,
  code: string,
  asked?: Iterable<string>,
): Promise<IndicatorValue[]> {
  const only = asked ? columnsFor(em, IndicatorValue, asked) : null;
  const rows = await readRows(
    em,
    readSql(em)
      .select(plainColumns(em, IndicatorValue, 'v', only))
      .from({ v: 'indicator_value' })
      .join({ i: 'indicator' }, 'i.code', 'v.indicator_code')
      .where('v.municipality_code', code)
      .where('i.category', 'CONTEXT')
      .orderBy([{ column: 'v.indicator_code' }, { column: 'v.year' }, { column: 'v.id' }]),
  );
  return plainRows(em, IndicatorValue, rows, only);
}
