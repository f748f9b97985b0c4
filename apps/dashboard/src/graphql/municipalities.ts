import { useSearchParams } from 'react-router';
import { useQuery } from './client';
import { MunicipalitiesDocument } from './generated';

/** The comparison set chosen in the URL: `?m=851,020,…` (codes), kept by every link that copies the query. */
export function chosenCodes(params: URLSearchParams): string[] {
  return [...new Set((params.get('m') ?? '').split(',').filter((c) => /^\d{3}$/.test(c)))];
}

/**
 * The municipalities every comparison page shows: the set chosen with the municipality picker
 * (`?m=`), else the ones that have development work in the data — the comparison the dashboard exists
 * for; either narrowed to the wellbeing services county chosen in the header (`?county=`). A copied
 * link keeps the choice.
 */
export function useMunicipalities() {
  const [params] = useSearchParams();
  const codes = chosenCodes(params);
  const county = params.get('county');
  return useQuery(MunicipalitiesDocument, {
    county,
    codes: codes.length ? codes : null,
    withWork: codes.length ? null : true,
  });
}
