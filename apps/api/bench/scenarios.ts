/**
 * The benchmark scenarios: a GraphQL request to the API, and "the floor" — one hand-written SQL query
 * whose rows a plain node:http handler serialises to JSON (per dialect where the SQL differs).
 */
export interface Scenario {
  name: string;
  what: string;
  graphql: (codes: string[]) => { query: string; variables?: Record<string, unknown> };
  floor: (codes: string[]) => {
    sqlite: string;
    postgresql: string;
    bindings: unknown[];
    /** PostgreSQL's bindings where its statement binds more (or otherwise) than SQLite's. */
    postgresqlBindings?: unknown[];
  };
}

const SYN = ['SYN_001', 'SYN_002', 'SYN_003', 'SYN_004', 'SYN_005'];
const same = (sql: string, bindings: unknown[] = []) => ({ sqlite: sql, postgresql: sql, bindings });
const marks = (n: number) => Array.from({ length: n }, () => '?').join(', ');

export const SCENARIOS: Scenario[] = [
  {
    name: 'compare-309x5x10y',
    what: 'compareMunicipalities: all 309 municipalities × 5 indicators, years 2016–2025 (latest value, rank)',
    graphql: (codes) => ({
      query: `query($m: [String!]!, $i: [String!]!) { compareMunicipalities(municipalities: $m, indicators: $i, years: { from: 2016, to: 2025 }) {
        indicator { code } mean median rows { municipality { code } value rank years } } }`,
      variables: { m: codes, i: SYN },
    }),
    floor: (codes) => {
      return {
        // The latest year's value per indicator and municipality, each dialect's best way: per pair, the
        // latest row by one backward descent of the unique index (indicator, municipality, year …).
        // SQLite: the pairs from `json_each`, each row's year and value by a correlated look-up (6 ms vs
        // 8 for `max(year)` with a bare column). PostgreSQL: `unnest` × `unnest` × `lateral … limit 1`
        // (9–10 vs 34 ms for the latest year by a hash aggregate joined back by hash, which was 16 vs 25 ms
        // against `distinct on`, whose sort compares collated text).
        sqlite: `select * from (select i.value as indicator_code, m.value as municipality_code,
            (select x.year from indicator_value x where x.indicator_code = i.value and x.municipality_code = m.value
              and x.series = 'statistics' and x.year between 2016 and 2025 and x.value is not null
              order by x.year desc limit 1) as year,
            (select x.value from indicator_value x where x.indicator_code = i.value and x.municipality_code = m.value
              and x.series = 'statistics' and x.year between 2016 and 2025 and x.value is not null
              order by x.year desc limit 1) as value
          from json_each(?) as i, json_each(?) as m) where year is not null`,
        postgresql: `select i.code as indicator_code, m.code as municipality_code, v.year, v.value
          from unnest(array[${marks(SYN.length)}]::text[]) as i(code)
          cross join unnest(array[${marks(codes.length)}]::text[]) as m(code)
          cross join lateral (select x.year, x.value from indicator_value x
            where x.indicator_code = i.code and x.municipality_code = m.code and x.series = 'statistics'
              and x.year between 2016 and 2025 and x.value is not null
            order by x.year desc limit 1) as v`,
        bindings: [JSON.stringify(SYN), JSON.stringify(codes)],
        postgresqlBindings: [...SYN, ...codes],
      };
    },
  },
  {
    name: 'projects-page-50',
    what: 'projects(first: 50) with nested funding lines (and funders), practices and outcomes',
    graphql: () => ({
      query: `{ projects(first: 50) { totalCount edges { node { id name period { start end }
        fundings { kind amount funder { nameFi } } practices { name phase } outcomes { direction value unit } } } } }`,
    }),
    floor: () => ({
      sqlite: `select p.id, p.name, p.start_date, p.end_date,
          (select json_group_array(json_object('kind', f.kind, 'amount', f.amount, 'funder', o.name_fi)) from funding_line f left join organisation o on o.id = f.funder_id where f.project_id = p.id) as fundings,
          (select json_group_array(json_object('name', pr.name, 'phase', pr.phase)) from practice pr where pr.parent_project_id = p.id) as practices,
          (select json_group_array(json_object('direction', oc.direction, 'value', oc.value, 'unit', oc.unit)) from outcome oc where oc.project_id = p.id) as outcomes,
          (select count(*) from project) as total
        from project p order by p.name, p.id limit 50`,
      postgresql: `select p.id, p.name, p.start_date, p.end_date,
          (select coalesce(json_agg(json_build_object('kind', f.kind, 'amount', f.amount, 'funder', o.name_fi)), '[]') from funding_line f left join organisation o on o.id = f.funder_id where f.project_id = p.id) as fundings,
          (select coalesce(json_agg(json_build_object('name', pr.name, 'phase', pr.phase)), '[]') from practice pr where pr.parent_project_id = p.id) as practices,
          (select coalesce(json_agg(json_build_object('direction', oc.direction, 'value', oc.value, 'unit', oc.unit)), '[]') from outcome oc where oc.project_id = p.id) as outcomes,
          (select count(*) from project) as total
        from project p order by p.name, p.id limit 50`,
      bindings: [],
    }),
  },
  {
    name: 'practice-search',
    what: 'practices(filter: { search: "neuvola" }, first: 20) with municipality names and the total count',
    graphql: () => ({
      query: `{ practices(first: 20, filter: { search: "neuvola" }) { totalCount edges { node { name phase municipality { nameFi } } } } }`,
    }),
    // The count in the page's own pass (a window): the substring search reads every practice's text,
    // and a count by sub-select read it all a second time (PostgreSQL 8.3 → 4.5 ms, SQLite 2.1 → 1.5).
    floor: () =>
      same(
        `select p.name, p.phase, m.name_fi, count(*) over () as total
         from practice p join municipality m on m.code = p.municipality_code
         where p.search_text like ? order by p.name, p.id limit 20`,
        ['%neuvola%'],
      ),
  },
  {
    name: 'municipality-profile',
    what: 'municipalityProfile("851"): projects, practices by phase, costs, outcome cells, context statistics',
    graphql: () => ({
      query: `{ municipalityProfile(code: "851") { municipality { code nameFi } projects { id name status }
        practices { id name phase } practicesByPhase { phase count }
        costs { indicator { code } rows { value unit } } outcomeCells { domain { code } direction count }
        context { year value indicator { code } } } }`,
    }),
    // Everything the scenario asks for, as one union: projects, practices, phase counts, yearly cost
    // sums, outcome cells and every context statistic. The outcomes are two index look-ups (project_id,
    // practice_id) joined by UNION: as one WHERE with "project_id in … or practice_id in …" both databases
    // scan every outcome (60 000 in synthetic Finland). UNION, not UNION ALL, so an outcome on both a
    // project and a practice is counted once, as the OR did.
    floor: () =>
      same(
        `with projects as (select p.id, p.name, p.status from project p join project_municipality pm on pm.project_id = p.id where pm.municipality_code = ?),
              practices as (select id, name, phase from practice where municipality_code = ?),
              outcomes as (select o.id, o.domain_id, o.direction, o.evidence_level from outcome o
                where o.project_id in (select id from projects)
                union select o.id, o.domain_id, o.direction, o.evidence_level from outcome o
                where o.practice_id in (select id from practices))
         select 'project' as kind, name as a, status as b, null as c from projects
         union all select 'practice', name, phase, null from practices
         union all select 'phase', phase, cast(count(*) as text), null from practices group by phase
         union all select 'cost', v.indicator_code, cast(v.year as text), cast(sum(v.value) as text) from indicator_value v
           join indicator i on i.code = v.indicator_code where v.municipality_code = ? and i.category = 'COST' group by v.indicator_code, v.year
         union all select 'cell', cast(domain_id as text), direction, cast(count(*) as text) from outcomes group by domain_id, direction
         union all select 'context', v.indicator_code, cast(v.year as text), cast(v.value as text) from indicator_value v
           join indicator i on i.code = v.indicator_code where v.municipality_code = ? and i.category = 'CONTEXT' and v.series = 'statistics'`,
        ['851', '851', '851', '851'],
      ),
  },
  {
    name: 'landing',
    what: "the dashboard's landing page: municipalities (first 100) and compareMunicipalities on its 5 indicators",
    graphql: (codes) => ({
      query: `query($m: [String!]!) { municipalities(first: 100) { edges { node { code nameFi nameSv } } }
        compareMunicipalities(municipalities: $m, indicators: ["PROJECT_COUNT", "PRACTICE_COUNT", "OWN_PROJECT_COST", "EXTERNAL_FUNDING", "STRONGEST_EVIDENCE"]) {
          indicator { code nameFi nameEn unit definition } normalize mean median
          rows { municipality { code nameFi } value unit rank missingReason note years } } }`,
      variables: { m: codes.slice(0, 100) },
    }),
    floor: (codes) =>
      same(
        `select m.code, m.name_fi, m.name_sv,
           (select count(*) from project_municipality pm where pm.municipality_code = m.code) as projects,
           (select count(*) from practice pr where pr.municipality_code = m.code) as practices,
           (select sum(f.amount) from funding_line f where f.recipient_code = m.code and f.kind = 'EXTERNAL_GRANT') as external_funding,
           (select sum(c.amount) from cost_item c join project_municipality pm on pm.project_id = c.project_id where pm.municipality_code = m.code) as own_cost,
           (select max(o.evidence_level) from outcome o join project_municipality pm on pm.project_id = o.project_id where pm.municipality_code = m.code) as evidence
         from municipality m where m.code in (${marks(Math.min(100, codes.length))}) order by m.code`,
        codes.slice(0, 100),
      ),
  },
];
