import type { EntityManager, Knex } from '@mikro-orm/knex';
import { badInput } from '../../core/domain-error';
import type { Page } from '../../core/page';
import { checkMunicipalityCodes } from '../../core/validate';
import { PERIOD_COLUMNS } from '../../db/period-columns';
import { findPlain, rowExists } from '../../db/plain';
import { Practice } from '../practice/practice.entity';
import { Project } from '../project/project.entity';
import { searchTermOf, whereSearch } from '../search/list-filters';
import type { CatalogueKind, CatalogueOrderField } from './catalogue.types';

export interface CatalogueQuery {
  kinds?: CatalogueKind[] | null;
  /** null/undefined: every municipality; []: none. */
  municipalities?: string[] | null;
  search?: string | null;
}

export interface CataloguePage {
  /** Projects and practices of the page, in the one order asked (plain rows). */
  rows: (Project | Practice)[];
  totalCount: number;
  projectCount: number;
  practiceCount: number;
}

/** The catalogue's items by type: the table each is stored in. */
const ITEM_TABLES: Readonly<Record<string, string>> = { Project: 'project', Practice: 'practice' };

/**
 * Whether an item — a project or a practice — of this type and database id exists (one `select 1 …
 * limit 1`). Any other type, or an id no row can have, is no item: false.
 */
export async function itemExists(em: EntityManager, type: string, id: number): Promise<boolean> {
  const table = Object.hasOwn(ITEM_TABLES, type) ? ITEM_TABLES[type] : undefined;
  return table !== undefined && Number.isSafeInteger(id) && id > 0 && rowExists(em, table, { id });
}

const MAX_MUNICIPALITIES = 400;
const COLUMN: Record<CatalogueOrderField, string> = { NAME: 'name', START: PERIOD_COLUMNS.start };

/**
 * Projects and practices as one list in one order — name, or start (unknown last) — with the kind and
 * the id as tie-breakers, so page n + 1 continues page n exactly across both kinds. One `union all`
 * picks the page's keys (the database sorts), two counts run beside it, then the page's records are
 * read by id: three statements, then two, whatever the page. A search counts in the keys' own pass
 * instead (window sums over the union), as `pagePlain` does: the substring search reads every record's
 * text, and the counts read it all again. Then it is one statement, then two; the counts are asked
 * alone only for a page past the end.
 */
export async function listCatalogue(
  em: EntityManager,
  filter: CatalogueQuery,
  order: { field: CatalogueOrderField; direction: 'ASC' | 'DESC' } | undefined,
  page: Page,
): Promise<CataloguePage> {
  const codes = filter.municipalities ?? null;
  checkMunicipalityCodes(codes ?? undefined, 'filter.municipalities');
  if (codes && codes.length > MAX_MUNICIPALITIES)
    throw badInput('filter.municipalities', `at most ${MAX_MUNICIPALITIES} codes.`);
  const term = searchTermOf(filter.search);
  const kinds = new Set<CatalogueKind>(filter.kinds?.length ? filter.kinds : ['PROJECT', 'PRACTICE']);

  const knex = em.getKnex();
  const table = (kind: CatalogueKind) => (kind === 'PROJECT' ? 'project' : 'practice');
  /** One kind's rows the filter keeps (its where clauses on `qb`). */
  const filtered = (kind: CatalogueKind, qb: Knex.QueryBuilder): Knex.QueryBuilder => {
    if (codes)
      if (kind === 'PRACTICE') qb.whereIn('municipality_code', codes);
      else
        qb.whereIn(
          'id',
          knex('project_municipality').select('project_id').whereIn('municipality_code', codes),
        );
    whereSearch(qb, table(kind), term);
    return qb;
  };
  // The kind is a literal of the enum, not a bound value: PostgreSQL cannot type a parameter there.
  const side = (kind: CatalogueKind) =>
    filtered(
      kind,
      knex(table(kind)).select(knex.raw(`'${kind}' as kind`), 'id', 'name', PERIOD_COLUMNS.start),
    );
  const count = async (kind: CatalogueKind): Promise<number> => {
    if (!kinds.has(kind)) return 0;
    const rows = (await filtered(kind, knex(table(kind)).count({ n: '*' }))) as { n: number | string }[];
    return Number(rows[0]?.n ?? 0);
  };
  const [first, ...rest] = [...kinds].map(side) as [Knex.QueryBuilder, ...Knex.QueryBuilder[]];
  // SQLite allows no parenthesised member in a compound select: `union all` unwrapped.
  const union = rest.length ? first.unionAll(rest, false) : first;
  const column = COLUMN[order?.field ?? 'NAME'];
  const direction = order?.direction === 'DESC' ? 'desc' : 'asc';
  const keys = knex
    .select('u.kind', 'u.id')
    .from(union.as('u'))
    .orderByRaw(`case when u.${column} is null then 1 else 0 end`)
    .orderBy([
      { column: `u.${column}`, order: direction },
      { column: 'u.kind', order: 'desc' },
      { column: 'u.id', order: 'asc' },
    ])
    .limit(page.limit)
    .offset(page.offset);
  if (term)
    keys.select(
      knex.raw(`sum(case when u.kind = 'PROJECT' then 1 else 0 end) over () as projects`),
      knex.raw('count(*) over () as total'),
    );
  type Key = { kind: CatalogueKind; id: number; projects?: number | string; total?: number | string };
  /** The page's keys and the counts of both kinds over all pages. */
  const read = async (): Promise<[Key[], number, number]> => {
    if (!term) return Promise.all([keys as Promise<Key[]>, count('PROJECT'), count('PRACTICE')]);
    const rows = (await keys) as Key[];
    const first = rows[0];
    if (first) return [rows, Number(first.projects), Number(first.total) - Number(first.projects)];
    if (!page.offset) return [rows, 0, 0];
    return [rows, await count('PROJECT'), await count('PRACTICE')];
  };
  const [picked, projectCount, practiceCount] = await read();
  const idsOf = (kind: CatalogueKind) => picked.filter((k) => k.kind === kind).map((k) => Number(k.id));
  const [projects, practices] = await Promise.all([
    idsOf('PROJECT').length ? findPlain(em, Project, { id: { $in: idsOf('PROJECT') } }) : [],
    idsOf('PRACTICE').length ? findPlain(em, Practice, { id: { $in: idsOf('PRACTICE') } }) : [],
  ]);
  const byKey = new Map<string, Project | Practice>([
    ...projects.map((p) => [`PROJECT:${p.id}`, p] as const),
    ...practices.map((p) => [`PRACTICE:${p.id}`, p] as const),
  ]);
  return {
    rows: picked.flatMap((k) => byKey.get(`${k.kind}:${Number(k.id)}`) ?? []),
    totalCount: projectCount + practiceCount,
    projectCount,
    practiceCount,
  };
}
