/**
 * Each bench scenario asked of PostGraphile v5 (bench/postgraphile.ts), and the parts of the two answers
 * that must be equal, reduced to one canonical form (sorted, numbers rounded): `pnpm bench` stops when
 * they differ. Aggregates PostGraphile's generated schema lacks come from postgraphile.sql's functions;
 * where it cannot say a thing (ranks, mean, median, the outcome matrix's empty cells) that part is not compared.
 */
type Json = Record<string, unknown>;
type Request = { query: string; variables?: Record<string, unknown> };

export interface PostGraphileScenario {
  request: (codes: string[]) => Request;
  /** What is compared, in words (printed with the result). */
  compared: string;
  ours: (data: Json) => unknown;
  theirs: (data: Json) => unknown;
}

const num = (v: unknown) => (v == null ? null : Number(Number(v).toPrecision(9)));
const sorted = (xs: string[]) => [...xs].sort();
const nodes = (x: unknown) => ((x as { nodes: Json[] }).nodes ?? []) as Json[];
const SYN = ['SYN_001', 'SYN_002', 'SYN_003', 'SYN_004', 'SYN_005'];

export const POSTGRAPHILE: Record<string, PostGraphileScenario> = {
  'compare-309x5x10y': {
    request: (codes) => ({
      query: `query($m: [String]!, $i: [String]!) { pglBenchLatestValues(municipalities: $m, indicators: $i, fromYear: 2016, toYear: 2025) {
        nodes { indicatorCode municipalityCode year value } } }`,
      variables: { m: codes, i: SYN },
    }),
    compared: 'every (indicator, municipality, latest value)',
    ours: (d) =>
      sorted(
        (d.compareMunicipalities as Json[]).flatMap((c) =>
          (c.rows as Json[])
            .filter((r) => r.value != null)
            .map((r) => `${(c.indicator as Json).code}|${(r.municipality as Json).code}|${num(r.value)}`),
        ),
      ),
    theirs: (d) =>
      sorted(
        nodes(d.pglBenchLatestValues).map((r) => `${r.indicatorCode}|${r.municipalityCode}|${num(r.value)}`),
      ),
  },
  'projects-page-50': {
    request: () => ({
      query: `{ allProjects(first: 50, orderBy: [NAME_ASC, PRIMARY_KEY_ASC]) { totalCount nodes { id name startDate endDate
        fundingLinesByProjectId { nodes { kind amount organisationByFunderId { nameFi } } }
        practicesByParentProjectId { nodes { name phase } }
        outcomesByProjectId { nodes { direction value unit } } } } }`,
    }),
    compared: 'total count; per project in order: name, period, funding lines, practices, outcomes',
    ours: (d) => {
      const c = d.projects as Json;
      return {
        total: c.totalCount,
        rows: (c.edges as Json[]).map(({ node }) => {
          const n = node as Json;
          const period = n.period as Json | null;
          return [
            n.name,
            period?.start ?? null,
            period?.end ?? null,
            sorted(
              (n.fundings as Json[]).map(
                (f) => `${f.kind}|${num(f.amount)}|${(f.funder as Json | null)?.nameFi ?? ''}`,
              ),
            ),
            sorted((n.practices as Json[]).map((p) => `${p.name}|${p.phase}`)),
            sorted((n.outcomes as Json[]).map((o) => `${o.direction}|${num(o.value)}|${o.unit}`)),
          ];
        }),
      };
    },
    theirs: (d) => {
      const c = d.allProjects as Json;
      return {
        total: c.totalCount,
        rows: nodes(c).map((n) => [
          n.name,
          n.startDate ?? null,
          n.endDate ?? null,
          sorted(
            nodes(n.fundingLinesByProjectId).map(
              (f) => `${f.kind}|${num(f.amount)}|${(f.organisationByFunderId as Json | null)?.nameFi ?? ''}`,
            ),
          ),
          sorted(nodes(n.practicesByParentProjectId).map((p) => `${p.name}|${p.phase}`)),
          sorted(nodes(n.outcomesByProjectId).map((o) => `${o.direction}|${num(o.value)}|${o.unit}`)),
        ]),
      };
    },
  },
  'practice-search': {
    request: () => ({
      query: `{ pglBenchSearchPractices(term: "neuvola", first: 20) { totalCount nodes { name phase municipalityByMunicipalityCode { nameFi } } } }`,
    }),
    compared: 'total count; the 20 practices in order with phase and municipality',
    ours: (d) => {
      const c = d.practices as Json;
      return {
        total: c.totalCount,
        rows: (c.edges as Json[]).map(({ node }) => {
          const n = node as Json;
          return `${n.name}|${n.phase}|${(n.municipality as Json).nameFi}`;
        }),
      };
    },
    theirs: (d) => {
      const c = d.pglBenchSearchPractices as Json;
      return {
        total: c.totalCount,
        rows: nodes(c).map(
          (n) => `${n.name}|${n.phase}|${(n.municipalityByMunicipalityCode as Json).nameFi}`,
        ),
      };
    },
  },
  'municipality-profile': {
    request: () => ({
      query: `{ municipalityByCode(code: "851") { code nameFi
          projectMunicipalitiesByMunicipalityCode { nodes { projectByProjectId { id name status } } }
          practicesByMunicipalityCode(orderBy: NAME_ASC) { nodes { id name phase } } }
        pglBenchPhaseCounts(municipality: "851") { nodes { phase count } }
        pglBenchCostSums(municipality: "851") { nodes { indicatorCode year value } }
        pglBenchOutcomeCells(municipality: "851") { nodes { domainId direction count } }
        pglBenchContextValues(municipality: "851") { nodes { year value indicatorCode } } }`,
    }),
    compared:
      'projects, practices, practices by phase, every context value (costs and outcome cells not compared)',
    ours: (d) => {
      const p = d.municipalityProfile as Json;
      return {
        projects: sorted((p.projects as Json[]).map((x) => `${x.name}|${x.status}`)),
        practices: sorted((p.practices as Json[]).map((x) => `${x.name}|${x.phase}`)),
        phases: sorted(
          (p.practicesByPhase as Json[]).filter((x) => x.count).map((x) => `${x.phase}|${x.count}`),
        ),
        context: sorted(
          (p.context as Json[]).map((x) => `${(x.indicator as Json).code}|${x.year}|${num(x.value)}`),
        ),
      };
    },
    theirs: (d) => {
      const m = d.municipalityByCode as Json;
      return {
        projects: sorted(
          nodes(m.projectMunicipalitiesByMunicipalityCode).map((l) => {
            const x = l.projectByProjectId as Json;
            return `${x.name}|${x.status}`;
          }),
        ),
        practices: sorted(nodes(m.practicesByMunicipalityCode).map((x) => `${x.name}|${x.phase}`)),
        phases: sorted(nodes(d.pglBenchPhaseCounts).map((x) => `${x.phase}|${x.count}`)),
        context: sorted(
          nodes(d.pglBenchContextValues).map((x) => `${x.indicatorCode}|${x.year}|${num(x.value)}`),
        ),
      };
    },
  },
  landing: {
    request: (codes) => ({
      query: `query($m: [String]!) { allMunicipalities(first: 100, orderBy: [NAME_FI_ASC, CODE_ASC]) { nodes { code nameFi nameSv } }
        pglBenchLandingValues(codes: $m) { nodes { code projects practices externalFunding ownCost evidence } } }`,
      variables: { m: codes.slice(0, 100) },
    }),
    compared:
      'the first 100 municipalities by name, with their names (the order of letters such as Ä is the collation’s; the five figures are computed differently)',
    ours: (d) =>
      sorted(
        ((d.municipalities as Json).edges as Json[]).map(({ node }) => {
          const n = node as Json;
          return `${n.code}|${n.nameFi}|${n.nameSv}`;
        }),
      ),
    theirs: (d) => sorted(nodes(d.allMunicipalities).map((n) => `${n.code}|${n.nameFi}|${n.nameSv}`)),
  },
};
