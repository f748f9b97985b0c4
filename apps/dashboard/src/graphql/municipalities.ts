import { useSearchParams } from 'react-router';
import { useQuery } from './client';
import { MunicipalitiesDocument } from './generated';

/**
 * The municipalities every comparison page shows: those of the wellbeing services county chosen in
 * the header (`?county=` in the URL, so a copied link keeps it), or all of them (the first 100).
 */
export function useMunicipalities() {
  const [params] = useSearchParams();
  return useQuery(MunicipalitiesDocument, { county: params.get('county') });
}
