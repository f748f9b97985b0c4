import type { ExplainRef } from '../view/figures';
import { useQuery } from './client';
import {
  CompareDocument,
  type CompareQuery,
  type CompareQueryVariables,
  CostRolesDocument,
} from './generated';
import { useMunicipalities } from './municipalities';

/**
 * The shown municipalities (see useMunicipalities), and all of them compared on `indicators` over every year (no
 * normalisation): what the overview and cost-versus-effectiveness pages show. The comparison waits
 * for the municipality codes.
 */
export function useAllMunicipalitiesCompared(indicators: string[]) {
  const municipalities = useMunicipalities();
  const codes = municipalities.data?.municipalities.edges.map((e) => e.node.code) ?? [];
  const variables: CompareQueryVariables = {
    municipalities: codes,
    indicators,
    years: null,
    normalize: 'NONE',
  };
  const compare = useQuery(CompareDocument, variables, { skip: !codes.length });
  return { municipalities, codes, compare: { ...compare, data: withExplainRefs(compare.data, variables) } };
}

type Compared = CompareQuery['compareMunicipalities'][number];
type ComparedRow = Compared['rows'][number] & { explainRef: ExplainRef };

/** Every row of a comparison told where its explanation can be asked for (see ExplainRef). */
export function withExplainRefs(
  data: CompareQuery | null,
  variables: CompareQueryVariables,
): { compareMunicipalities: (Omit<Compared, 'rows'> & { rows: ComparedRow[] })[] } | null {
  if (!data) return null;
  const years = variables.years
    ? { from: variables.years.from ?? 1990, to: variables.years.to ?? 2100 }
    : null;
  return {
    compareMunicipalities: data.compareMunicipalities.map((c) => ({
      ...c,
      rows: c.rows.map((r) => ({
        ...r,
        explainRef: {
          municipalities: [r.municipality.code],
          indicators: [c.indicator.code],
          years,
          normalize: c.normalize,
        },
      })),
    })),
  };
}

/** Gross cost, external funding and net own cost of the shown municipalities (exact, with basis and years). */
export function useCostRoles(codes: string[]) {
  return useQuery(CostRolesDocument, { municipalities: codes }, { skip: !codes.length });
}
