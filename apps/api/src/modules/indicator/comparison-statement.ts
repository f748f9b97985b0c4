import type { EntityManager, Knex } from '@mikro-orm/knex';
import { type LatestCell, mergeYearCells, type OutcomeGroup, storedValueCell } from '@vertailu/indicators';
import { pgArray, readSql, whereAny } from '../../db/plain';
import { onPostgres, readRows } from '../../db/read-batch';
import { outcomeGroupQueries, practiceCountsQuery, projectCountsQuery } from './counts.service';

/**
 * Everything a comparison reads, as one statement whatever it compares: yearly sums of stored values,
 * latest-year sums, project and practice counts and outcome groups, each a part of one UNION ALL whose
 * rows say which part they belong to. One round trip instead of one per kind of indicator: on a busy
 * server each statement costs a pooled connection, a write and a wake-up of a database process, more
 * than most of these parts take to run (the landing page asked five; the profile's costs three).
 */

/** What a comparison needs read; an empty part is left out. */
export interface ComparisonReads {
  municipalities: string[];
  years: { from: number; to: number } | null;
  /** Stored indicators whose every yearly sum is needed. */
  sums: string[];
  /** Stored indicators of which only the latest year with a known value is needed. */
  latest: string[];
  projectCounts: boolean;
  practiceCounts: boolean;
  outcomeGroups: boolean;
}

/** A yearly sum of stored values as the database returns it (numbers may come as strings). */
export type YearSumSqlRow = {
  indicator_code: string;
  municipality_code: string;
  year: number | string | null;
  total: number | string | null;
  total_cents: number | string | null;
  known_cents: number | string;
  n: number | string;
  known: number | string;
  reason: string | null;
};

export interface ComparisonRows {
  sums: YearSumSqlRow[];
  /**
   * The latest known year of each pair read by `latestRowsByDescent`, by indicator: one entry per
   * municipality asked, in the order asked, its year's rows added up as one cell (a year of several
   * series); undefined where the pair has no known value.
   */
  latest: Map<string, (LatestCell | undefined)[]>;
  projectCounts: Map<string, number>;
  practiceCounts: Map<string, number>;
  outcomeGroups: Omit<OutcomeGroup, 'domainId'>[];
}

/**
 * The columns every part gives, with their SQL types: a part without one gives a typed null (PostgreSQL
 * resolves a UNION's column types from every part, and an untyped null in a sub-select becomes text).
 */
const COLUMNS = [
  ['indicator_code', 'text'],
  ['municipality_code', 'text'],
  ['indicator_index', 'integer'],
  ['municipality_index', 'integer'],
  ['year', 'integer'],
  ['total', 'double precision'],
  ['total_cents', 'numeric'],
  ['known_cents', 'bigint'],
  ['n', 'bigint'],
  ['known', 'bigint'],
  ['reason', 'text'],
  ['direction', 'text'],
  ['max_evidence', 'integer'],
] as const;
type Column = (typeof COLUMNS)[number][0];
const TYPES = Object.fromEntries(COLUMNS) as Record<Column, string>;

type Part = 'sum' | 'latest' | 'projects' | 'practices' | 'outcomes';
type PartRow = Record<string, unknown> & { part: Part };

/** The columns each part gives (on PostgreSQL each part's rows are arrays of these, in this order). */
const PART_COLUMNS: Record<Part, readonly Column[]> = {
  sum: [
    'indicator_code',
    'municipality_code',
    'year',
    'total',
    'total_cents',
    'known_cents',
    'n',
    'known',
    'reason',
  ],
  latest: ['indicator_index', 'municipality_index', 'year', 'total', 'total_cents'],
  projects: ['municipality_code', 'n'],
  practices: ['municipality_code', 'n'],
  outcomes: ['municipality_code', 'direction', 'n', 'max_evidence'],
};

/**
 * A part's row from its JSON array (the values in PART_COLUMNS' order), as an object literal of one
 * shape per part (a row built column by column is a slow dictionary; a comparison reads 1 500 of them).
 */
function partRow(part: Part, a: unknown[]): PartRow {
  switch (part) {
    case 'sum':
      return {
        part,
        indicator_code: a[0],
        municipality_code: a[1],
        year: a[2],
        total: a[3],
        total_cents: a[4],
        known_cents: a[5],
        n: a[6],
        known: a[7],
        reason: a[8],
      };
    case 'outcomes':
      return { part, municipality_code: a[0], direction: a[1], n: a[2], max_evidence: a[3] };
    default:
      return { part, municipality_code: a[0], n: a[1] };
  }
}

/**
 * The stored rows a comparison sums, under `alias`: the totals (not a gender's) of these indicators and
 * municipalities in the years, and the rows of unknown year too (they explain why a sum is unknown) —
 * `year is null or year between …`.
 */
function storedRows(
  knex: Knex,
  alias: string,
  indicators: string[],
  municipalities: string[],
  years: { from: number; to: number } | null,
): Knex.QueryBuilder {
  const year = `${alias}.year`;
  const query = knex.from({ [alias]: 'indicator_value' }).where(`${alias}.gender`, 'total');
  whereAny(query, `${alias}.indicator_code`, indicators);
  whereAny(query, `${alias}.municipality_code`, municipalities);
  if (years) query.where((q) => q.whereNull(year).orWhereBetween(year, [years.from, years.to]));
  return query;
}

/** The yearly sums per indicator, municipality and year of the stored rows (`storedRows`). */
function yearlySumsQuery(
  knex: Knex,
  indicators: string[],
  municipalities: string[],
  years: { from: number; to: number } | null,
): Knex.QueryBuilder {
  return storedRows(knex, 'v', indicators, municipalities, years)
    .select(
      'v.indicator_code',
      'v.municipality_code',
      'v.year',
      knex.raw('sum(v.value) as total'),
      knex.raw('sum(v.cents) as total_cents'),
      knex.raw('count(v.cents) as known_cents'),
      knex.raw('count(*) as n'),
      knex.raw('count(v.value) as known'),
      knex.raw('min(v.missing_reason) as reason'),
    )
    .groupBy('v.indicator_code', 'v.municipality_code', 'v.year');
}

/**
 * The rows with a known value of the latest year that has one, per indicator and municipality asked:
 * one backward descent of the unique index (indicator, municipality, year …) per pair, the pairs made
 * from the two bound lists. The work grows with the pairs asked, not with the years stored; the domain
 * adds a year's rows of several series up (`mergeYearCells`). A LATEST value reads nothing else of its
 * year: rows without a value neither count nor explain (`latestOf`). A pair without a known value gives
 * no row.
 * - PostgreSQL: `unnest` × `unnest` × `lateral`, the first year's rows taken `with ties`. On the bench's
 *   309 × 5 × 10 years 36 → 17 ms (median of 30 interleaved runs, JSON included; the floor, one row per
 *   pair, 14 ms), a hash aggregate of every year's `max(year)` joined back having been the form before.
 * - SQLite (no LATERAL, no arrays): the pairs from `json_each`, each with its latest known year by a
 *   correlated `order by year desc limit 1`, materialised (flattened, SQLite's planner scanned the stored
 *   rows by indicator and ran the look-up per row: 1 s), then that year's rows by the same index
 *   (`cross join`: SQLite keeps the order). 22–32 → 8–10 ms (the floor's `max(year)` 9–12 ms).
 */
function latestRowsByDescent(
  knex: Knex,
  postgres: boolean,
  indicators: string[],
  municipalities: string[],
  years: { from: number; to: number } | null,
): Knex.QueryBuilder {
  const [i, m] = postgres ? ['i.code', 'm.code'] : ['i.value', 'm.value'];
  /** The stored rows of the pair with a known value, latest year first. */
  const known = (alias: string, columns: string[]) => {
    const query = knex
      .select(columns.map((c) => `${alias}.${c}`))
      .from({ [alias]: 'indicator_value' })
      .whereRaw(`${alias}.indicator_code = ${i}`)
      .whereRaw(`${alias}.municipality_code = ${m}`)
      .where(`${alias}.gender`, 'total')
      .whereNotNull(`${alias}.value`)
      .orderBy(`${alias}.year`, 'desc');
    if (years) query.whereBetween(`${alias}.year`, [years.from, years.to]);
    else query.whereNotNull(`${alias}.year`);
    return query;
  };
  if (postgres)
    return knex
      .select(
        knex.raw('i.n - 1 as indicator_index'),
        knex.raw('m.n - 1 as municipality_index'),
        'l.year',
        'l.value',
        'l.cents',
      )
      .from(knex.raw('unnest(?::text[]) with ordinality as i(code, n)', [pgArray(indicators)]))
      .joinRaw('cross join unnest(?::text[]) with ordinality as m(code, n)', [pgArray(municipalities)])
      .joinRaw('cross join lateral (? fetch first 1 rows with ties) as l', [
        known('x', ['year', 'value', 'cents']),
      ]);
  const pairs = knex
    .select(
      'i.key as indicator_index',
      'm.key as municipality_index',
      'i.value as indicator_code',
      'm.value as municipality_code',
      known('y', ['year']).limit(1).as('year'),
    )
    .from(
      knex.raw('json_each(?) as i, json_each(?) as m', [
        JSON.stringify(indicators),
        JSON.stringify(municipalities),
      ]),
    );
  return knex
    .withMaterialized('pairs', pairs)
    .select('p.indicator_index', 'p.municipality_index', 'v.year', 'v.value', 'v.cents')
    .from({ p: 'pairs' })
    .joinRaw(
      'cross join indicator_value as v on v.indicator_code = p.indicator_code and v.municipality_code = p.municipality_code and v.year = p.year',
    )
    .where('v.gender', 'total')
    .whereNotNull('v.value');
}

export async function readComparison(em: EntityManager, reads: ComparisonReads): Promise<ComparisonRows> {
  const knex = readSql(em);
  const { municipalities: codes, years } = reads;
  const postgres = onPostgres(knex);
  const parts: Knex.QueryBuilder[] = [];
  /**
   * A part, named (a `Part`, never input: written into the SQL, not bound — an untyped parameter in a
   * sub-select's columns is refused by PostgreSQL), from `query`'s `has` columns. On PostgreSQL its rows
   * are one JSON array of arrays of its own columns (`PART_COLUMNS`); on SQLite its rows are rows, under
   * the uniform names, the columns it lacks typed nulls (every part of a UNION has the same columns).
   */
  const part = (name: Part, query: Knex.QueryBuilder, has: Partial<Record<Column, string>>) => {
    const alias = `p${parts.length}`;
    const columns = postgres
      ? [
          knex.raw(
            `json_agg(json_build_array(${PART_COLUMNS[name]
              .map((c) => `${alias}.${has[c]}${TYPES[c] === 'numeric' ? '::text' : ''}`)
              .join(', ')})) as rows`,
          ),
        ]
      : COLUMNS.map(([column, type]) => {
          const from = has[column];
          return from
            ? knex.raw(`${alias}.${from} as ${column}`)
            : knex.raw(`cast(null as ${type}) as ${column}`);
        });
    parts.push(knex.select([knex.raw(`'${name}' as part`), ...columns]).from(query.as(alias)));
  };
  const sumColumns = Object.fromEntries(PART_COLUMNS.sum.map((c) => [c, c]));
  if (reads.sums.length) part('sum', yearlySumsQuery(knex, reads.sums, codes, years), sumColumns);
  if (reads.latest.length)
    part('latest', latestRowsByDescent(knex, postgres, reads.latest, codes, years), {
      indicator_index: 'indicator_index',
      municipality_index: 'municipality_index',
      year: 'year',
      total: 'value',
      total_cents: 'cents',
    });
  const counted = { municipality_code: 'municipality_code', n: 'n' };
  if (reads.projectCounts) part('projects', projectCountsQuery(knex, codes, years), counted);
  if (reads.practiceCounts) part('practices', practiceCountsQuery(knex, codes), counted);
  if (reads.outcomeGroups)
    for (const query of outcomeGroupQueries(knex, codes, null, false))
      part('outcomes', query, {
        municipality_code: 'municipality',
        direction: 'direction',
        n: 'n',
        max_evidence: 'max_evidence',
      });

  const out: ComparisonRows = {
    sums: [],
    latest: new Map(),
    projectCounts: new Map(),
    practiceCounts: new Map(),
    outcomeGroups: [],
  };
  // One entry per municipality asked, for each LATEST indicator read: the rows name their pair by its
  // places in the two lists (ordinality), so the JSON carries small numbers instead of both codes.
  const latestOf = reads.latest.map((code) => {
    const cells = new Array<LatestCell | undefined>(codes.length).fill(undefined);
    out.latest.set(code, cells);
    return cells;
  });
  const [first, ...rest] = parts;
  if (!first) return out;
  // Each part a sub-select of its own: knex puts a UNION before the first select's GROUP BY, and SQLite
  // refuses parentheses around the parts of a compound select.
  const union = rest.length ? first.unionAll(rest) : first;
  let rows: PartRow[];
  if (postgres) {
    // PostgreSQL: one row per part, its rows one JSON array of arrays. node-postgres decodes a result
    // field by field (a Buffer slice, a string, a type parser each); one JSON text per part is one
    // native JSON.parse — on the bench's 1 545 latest values 3.4 → 1.7 ms of the API's CPU per request,
    // the database's time unchanged. Each part's arrays hold its own columns only (a uniform row padded
    // with nulls made the text a sixth longer). Exact sums stay exact: numeric travels as text, counts
    // are integers far below 2^53, doubles print in their shortest exact form. (better-sqlite3 reads
    // rows natively; SQLite prints doubles in JSON with 15 digits, not exactly: it keeps plain rows.)
    rows = [];
    // A latest row goes straight into its pair's cell: no row object for 1 545 of them.
    for (const { part, rows: arrays } of (await readRows(em, union)) as {
      part: Part;
      rows: unknown[][] | null;
    }[])
      for (const a of arrays ?? [])
        if (part === 'latest')
          addLatest(
            latestOf[a[0] as number],
            a[1] as number,
            storedValueCell(a[2] as number, a[3] as number, a[4] as string | null),
          );
        else rows.push(partRow(part, a));
  } else rows = (await readRows(em, union)) as PartRow[];
  for (const r of rows) {
    if (r.part === 'sum') out.sums.push(r as unknown as YearSumSqlRow);
    else if (r.part === 'latest')
      addLatest(
        latestOf[Number(r.indicator_index)],
        Number(r.municipality_index),
        storedValueCell(Number(r.year), r.total as number | string, r.total_cents as number | string | null),
      );
    else if (r.part === 'projects') out.projectCounts.set(String(r.municipality_code), Number(r.n));
    else if (r.part === 'practices') out.practiceCounts.set(String(r.municipality_code), Number(r.n));
    else
      out.outcomeGroups.push({
        municipality: String(r.municipality_code),
        direction: String(r.direction),
        count: Number(r.n),
        maxEvidence: Number(r.max_evidence),
      });
  }
  return out;
}

/** A latest row into its pair's place; the rows of one pair are of one year (`with ties`) and add up. */
function addLatest(cells: (LatestCell | undefined)[] | undefined, at: number, cell: LatestCell): void {
  if (!cells || !(at >= 0 && at < cells.length)) throw new Error(`A latest row names no asked pair (${at}).`);
  const before = cells[at];
  cells[at] = before ? { ...mergeYearCells(before, cell), year: cell.year } : cell;
}
