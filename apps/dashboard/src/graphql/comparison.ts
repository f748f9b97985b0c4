import { useQuery } from './client';
import { CompareDocument, CostRolesDocument } from './generated';
import { useMunicipalities } from './municipalities';

/**
 * The shown municipalities (see useMunicipalities), and all of them compared on `indicators` over every year (no
 * normalisation): what the overview and cost-versus-effectiveness pages show. The comparison waits
 * for the municipality codes.
 */
export function useAllMunicipalitiesCompared(indicators: string[]) {
  const municipalities = useMunicipalities();
  const codes = municipalities.data?.municipalities.edges.map((e) => e.node.code) ?? [];
  const compare = useQuery(
    CompareDocument,
    { municipalities: codes, indicators, years: null, normalize: 'NONE' },
    { skip: !codes.length },
  );
  return { municipalities, codes, compare };
}

/** Gross cost, external funding and net own cost of the shown municipalities (exact, with basis and years). */
export function useCostRoles(codes: string[]) {
  return useQuery(CostRolesDocument, { municipalities: codes }, { skip: !codes.length });
}
