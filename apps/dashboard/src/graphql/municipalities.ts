import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { listedMunicipalities, type RankContext, rankContexts, shownMunicipalities } from '../view/scale';
import { useQuery } from './client';
import { NationalRanksDocument, type NationalRanksQueryVariables, RegisterDocument } from './generated';

/** The comparison set chosen in the URL: `?m=851,020,…` (codes), kept by every link that copies the query. */
export function chosenCodes(params: URLSearchParams): string[] {
  return [...new Set((params.get('m') ?? '').split(',').filter((c) => /^\d{3}$/.test(c)))];
}

/** The register, once per page load: every picker, page and map shares the answer (and the HTTP cache keeps it). */
export function useRegister() {
  return useQuery(RegisterDocument, {});
}

/**
 * The municipalities every comparison page shows: the set chosen with the municipality picker
 * (`?m=`), else the ones that have development work in the data — the comparison the dashboard exists
 * for; either narrowed to the wellbeing services county chosen in the header (`?county=`). All of them:
 * pages show them a page at a time with a visible count, never a silent first hundred.
 */
export function useMunicipalities() {
  const [params] = useSearchParams();
  const register = useRegister();
  const list = register.data
    ? shownMunicipalities(register.data.municipalityRegister, chosenCodes(params), params.get('county'))
    : [];
  return {
    list,
    register: register.data?.municipalityRegister ?? [],
    loading: register.loading,
    error: register.error,
  };
}

/**
 * `indicators` compared over every municipality of the register (values and ranks, with the page's
 * normalisation and years): each municipality's rank among all and its county's median, per indicator.
 */
export function useNationalRanks(
  indicators: string[],
  options: Partial<Pick<NationalRanksQueryVariables, 'normalize' | 'years'>> & {
    /** Ask later: the page's own figures first (one server answers them all, one at a time). */
    wait?: boolean;
  } = {},
) {
  const register = useRegister().data?.municipalityRegister;
  const codes = register?.map((m) => m.code) ?? [];
  const q = useQuery(
    NationalRanksDocument,
    {
      municipalities: codes,
      indicators,
      normalize: options.normalize ?? 'NONE',
      years: options.years ?? null,
    },
    { skip: !codes.length || (options.wait ?? false) },
  );
  const contexts = useMemo(
    () =>
      new Map<string, Map<string, RankContext>>(
        (q.data?.compareMunicipalities ?? []).map((c) => [
          c.indicator.code,
          rankContexts(c.rows, register ?? []),
        ]),
      ),
    [q.data, register],
  );
  const units = new Map(
    (q.data?.compareMunicipalities ?? []).map((c) => [c.indicator.code, c.indicator.unit]),
  );
  return { ...q, contexts, units };
}

/**
 * The municipalities lists of records are narrowed to (see listedMunicipalities): the chosen set within
 * the chosen county, else the county, else null (all). `ready` is false while the register is loading.
 */
export function useListedMunicipalities(): { codes: string[] | null; ready: boolean } {
  const [params] = useSearchParams();
  const register = useRegister();
  const chosen = chosenCodes(params);
  const county = params.get('county');
  if (!chosen.length && !county) return { codes: null, ready: true };
  const codes = listedMunicipalities(register.data?.municipalityRegister ?? [], chosen, county);
  return { codes, ready: register.data != null };
}
