import type { SourceGenre } from '@vertailu/data';
import { labelled } from './labels';
import { type MunicipalityName, mainMunicipality } from './municipalities';
import { findAmounts, findDates, findPeriods, type Period } from './numbers';
import { at, type Extracted } from './spans';

export type Layout = 'LABEL_ON_OWN_LINE' | 'INLINE_LABEL' | 'PROSE';
export type AmountRole = 'TOTAL_BUDGET' | 'MUNICIPALITY_SHARE' | 'TOTAL_COSTS' | 'GRANT';
export type FunderCode = 'ESR' | 'TSR' | 'STM';

export interface DraftAmount {
  euros: number;
  role: AmountRole;
  funder: FunderCode | null;
}

export interface Draft {
  genre: SourceGenre;
  layout: Layout;
  kind: 'PROJECT' | 'PRACTICE';
  municipality: Extracted<string> | null;
  period: Extracted<Period> | null;
  projectNumber: Extracted<string> | null;
  amounts: Extracted<DraftAmount>[];
  funders: Extracted<FunderCode>[];
  noSeparateFunding: Extracted<true> | null;
  phase: Extracted<'IN_DEVELOPMENT' | 'COMPLETED'> | null;
  createdDate: Extracted<string> | null;
  modifiedDate: Extracted<string> | null;
  decisionDate: Extracted<string> | null;
}

const FUNDERS: [FunderCode, RegExp][] = [
  ['ESR', /\bESR\b|Euroopan sosiaalirahasto/g],
  ['TSR', /Työsuojelurahasto\p{L}*|\bTSR\b/gu],
  ['STM', /Sosiaali- ja terveysministeriö\p{L}*|\bSTM\b/gu],
];

function detectGenre(text: string): { genre: SourceGenre; layout: Layout } {
  if (/^\s*Hankenumero\s*$/m.test(text) || /^\s*Hakija\s*$/m.test(text))
    return { genre: 'FUNDER_PROJECT_PAGE', layout: 'LABEL_ON_OWN_LINE' };
  if (/Toimintamallin nimi|^Tarve ja tavoitteet$|^Ratkaisu$/m.test(text))
    return {
      genre: 'PRACTICE_DESCRIPTION',
      layout: /Toimintamallin nimi/.test(text) ? 'LABEL_ON_OWN_LINE' : 'PROSE',
    };
  if (/^(?:Toteutusaika|Kustannusarvio):/m.test(text))
    return { genre: 'MUNICIPAL_PROJECT_PAGE', layout: 'INLINE_LABEL' };
  return { genre: 'MUNICIPAL_PROJECT_PAGE', layout: 'PROSE' };
}

/** Which figure an amount is, from the words just before it (and the funder named near it). */
function roleOf(before: string): { role: AmountRole; funder: FunderCode | null } | null {
  const near = before.slice(-90);
  const funder =
    FUNDERS.find(([, re]) => new RegExp(re.source, re.flags.replace('g', '')).test(near))?.[0] ?? null;
  if (/kokonaiskustannukset\s*$/i.test(before.slice(-25))) return { role: 'TOTAL_COSTS', funder: null };
  if (funder && /rahoitu|päätös|saa\b|avustus|osuus/i.test(near.slice(-60))) return { role: 'GRANT', funder };
  if (/osuu(s|tta)\b[^.\n]*$/i.test(near.slice(-40))) return { role: 'MUNICIPALITY_SHARE', funder: null };
  if (/kustannusarvio/i.test(near.slice(-50))) return { role: 'TOTAL_BUDGET', funder: null };
  return null;
}

/** Reads a Finnish project page or practice description into a draft with spans and confidences. */
export function ingestDocument(text: string, municipalities: MunicipalityName[]): Draft {
  const { genre, layout } = detectGenre(text);
  const labelledPeriod = labelled(text, ['Toteutusaika']);
  const periods = findPeriods(text);
  const period =
    (labelledPeriod &&
      periods.find((p) => p.start >= labelledPeriod.start - 2 && p.start <= labelledPeriod.end)) ??
    periods[0] ??
    null;
  const amounts = findAmounts(text).flatMap((a) => {
    const role = roleOf(text.slice(Math.max(0, a.start - 140), a.start));
    return role ? [at({ euros: a.value.euros, ...role }, a.start, a.end, a.confidence * 0.9)] : [];
  });
  const funders = FUNDERS.flatMap(([code, re]) =>
    [...text.matchAll(re)].map((m) => at(code, m.index as number, (m.index as number) + m[0].length, 0.9)),
  );
  const none = /ei (?:ollut|ole) erillisrahoitusta|ei erillisrahoitusta/i.exec(text);
  const phaseMatch = /^\s*(?:icon\/bulb Created with Sketch\.\s*)?(Kehitteillä|Valmis)\s*$/m.exec(text);
  const dateOf = (labels: string[]) => {
    const v = labelled(text, labels);
    const d = v ? findDates(v.value)[0] : null;
    return v && d ? at(d.value, v.start + d.start, v.start + d.end, v.confidence) : null;
  };
  const decision = labelled(text, ['Työsuojelurahaston päätös', 'Päätös']);
  const decisionDate = decision ? findDates(decision.value)[0] : null;
  return {
    genre,
    layout,
    kind: genre === 'PRACTICE_DESCRIPTION' ? 'PRACTICE' : 'PROJECT',
    municipality: mainMunicipality(text, municipalities),
    period,
    projectNumber: labelled(text, ['Hankenumero', 'Projektinumero']),
    amounts,
    funders,
    noSeparateFunding: none ? at(true as const, none.index, none.index + none[0].length, 0.9) : null,
    phase: phaseMatch
      ? at(
          phaseMatch[1] === 'Kehitteillä' ? 'IN_DEVELOPMENT' : 'COMPLETED',
          phaseMatch.index + phaseMatch[0].indexOf(phaseMatch[1] as string),
          phaseMatch.index +
            phaseMatch[0].indexOf(phaseMatch[1] as string) +
            (phaseMatch[1] as string).length,
          0.9,
        )
      : null,
    createdDate: dateOf(['Luotu']),
    modifiedDate: dateOf(['Viimeksi muokattu']),
    decisionDate:
      decision && decisionDate
        ? at(decisionDate.value, decision.start + decisionDate.start, decision.start + decisionDate.end, 0.9)
        : null,
  };
}
