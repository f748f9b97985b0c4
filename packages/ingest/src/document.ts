import type { SourceGenre, VocabularyTerm } from '@vertailu/data';
import { findFunders, funderIn } from './funders';
import { labelled } from './labels';
import { type MunicipalityName, mainMunicipality } from './municipalities';
import { findName } from './name';
import { findAmounts, findDates, findPeriods, type Period } from './numbers';
import { type DraftOutcome, findQuantitativeOutcomes } from './outcomes';
import { type DraftPartner, findPartners } from './partners';
import { at, type Extracted } from './spans';
import { findTerms } from './vocabulary-match';

export type Layout = 'LABEL_ON_OWN_LINE' | 'INLINE_LABEL' | 'PROSE';
export type AmountRole = 'TOTAL_BUDGET' | 'MUNICIPALITY_SHARE' | 'TOTAL_COSTS' | 'GRANT';

export interface DraftAmount {
  euros: number;
  role: AmountRole;
  /** Funder code (ESR, TSR …) of a grant, when the passage names it. */
  funder: string | null;
}

/** What the ingester needs to know besides the text: names and codes to map the text onto. */
export interface IngestContext {
  municipalities: MunicipalityName[];
  sectors?: VocabularyTerm[];
  targetGroups?: VocabularyTerm[];
  outcomeDomains?: VocabularyTerm[];
}

export interface Draft {
  genre: SourceGenre;
  layout: Layout;
  kind: 'PROJECT' | 'PRACTICE';
  name: Extracted<string> | null;
  municipality: Extracted<string> | null;
  period: Extracted<Period> | null;
  projectNumber: Extracted<string> | null;
  amounts: Extracted<DraftAmount>[];
  funders: Extracted<string>[];
  noSeparateFunding: Extracted<true> | null;
  phase: Extracted<'IN_DEVELOPMENT' | 'COMPLETED'> | null;
  createdDate: Extracted<string> | null;
  modifiedDate: Extracted<string> | null;
  decisionDate: Extracted<string> | null;
  sectors: Extracted<string>[];
  targetGroups: Extracted<string>[];
  partners: Extracted<DraftPartner>[];
  outcomes: Extracted<DraftOutcome>[];
}

function detectGenre(text: string): { genre: SourceGenre; layout: Layout } {
  if (/^\s*(?:Hankenumero|Hakija|Projektinumero)\s*$/m.test(text))
    return { genre: 'FUNDER_PROJECT_PAGE', layout: 'LABEL_ON_OWN_LINE' };
  if (/Toimintamallin nimi|^Tarve ja tavoitteet$|^Ratkaisu$/m.test(text))
    return {
      genre: 'PRACTICE_DESCRIPTION',
      layout: /^\s*Toimintamallin nimi\s*$/m.test(text) ? 'LABEL_ON_OWN_LINE' : 'PROSE',
    };
  if (/^(?:Toteutusaika|Kustannusarvio|Budjetti|Rahoittaja|Rahoitus):/m.test(text))
    return { genre: 'MUNICIPAL_PROJECT_PAGE', layout: 'INLINE_LABEL' };
  return { genre: 'MUNICIPAL_PROJECT_PAGE', layout: 'PROSE' };
}

/** Money of a national programme or of the whole country is not the project's. */
const NATIONAL = /valtakunnallis|muutosohjelm|hallitus|koko maa|ohjelmaan on varattu|kärkihankkeisiin/i;

/** Words that make a figure money given to the project. */
const FUNDING_WORDS = /rahoitu|päätös|saa\b|avustus|osuus|myönsi|myöntämä|myönnetty/i;

/**
 * Which figure an amount is, from the words just before it: first from its own clause ("…, ja
 * kaupungin osuus on 77 500 euroa"), then from the line or sentence around it.
 */
function roleOf(
  before: string,
  soleFunder: string | null,
): { role: AmountRole; funder: string | null } | null {
  const near = before.slice(-90);
  const sentence = near.slice(Math.max(near.lastIndexOf('. '), near.lastIndexOf('\n\n')) + 1);
  if (NATIONAL.test(sentence)) return null;
  const cut = Math.max(
    near.lastIndexOf(', '),
    near.lastIndexOf(' ja '),
    near.lastIndexOf('('),
    near.lastIndexOf('. '),
  );
  const own = near.slice(cut + 1);
  if (
    /(?:kokonaiskustannukset|toteutuneet kustannukset|kustannukset yhteensä|kustannukset olivat)\s*(?:olivat\s*)?$/i.test(
      before.slice(-40),
    )
  )
    return { role: 'TOTAL_COSTS', funder: null };
  const ownFunder = funderIn(own);
  if (ownFunder && FUNDING_WORDS.test(own)) return { role: 'GRANT', funder: ownFunder };
  // "valtionavustuksen osuus 960 000 euroa" is a grant's share, "Tornion osuus" the municipality's.
  if (/(?:avustuksen|rahoituksen|tuen)\s+osuu(?:s|tta)\s*(?:on\s*)?$/i.test(own))
    return { role: 'GRANT', funder: soleFunder };
  if (/osuu(s|tta)\b[^.\n]*$/i.test(own)) return { role: 'MUNICIPALITY_SHARE', funder: null };
  const nearFunder = funderIn(near.slice(-60));
  if (nearFunder && FUNDING_WORDS.test(near.slice(-60))) return { role: 'GRANT', funder: nearFunder };
  if (/kustannusarvio|budjetti/i.test(near.slice(-50))) return { role: 'TOTAL_BUDGET', funder: null };
  if (/(?:avustus|avustusta|myönnetty|myönsi|rahoitusta)\s*(?::\s*)?$/i.test(near.slice(-30)))
    return { role: 'GRANT', funder: soleFunder };
  return null;
}

/**
 * The text with names that are not mentions of a service blanked out (same length, so offsets hold):
 * funders' names (Työsuojelurahasto is no occupational-safety work) and the contact section, whose
 * job titles name the contacts' posts, not the record's sectors.
 */
function withoutNames(text: string, funders: Extracted<string>[]): string {
  let masked = text;
  const blank = (start: number, end: number) => {
    masked = masked.slice(0, start) + ' '.repeat(end - start) + masked.slice(end);
  };
  for (const f of funders) blank(f.start, f.end);
  const contacts = /^[ \t]*(?:Yhteyshenkilöt|Yhteyshenkilö|Yhteystiedot)[ \t]*$/m.exec(masked);
  if (contacts) blank(contacts.index, masked.length);
  return masked;
}

function phaseOf(text: string): Draft['phase'] {
  const m = /^\s*(?:icon\/bulb Created with Sketch\.\s*)?(Kehitteillä|Valmis)\s*$/m.exec(text);
  if (!m) return null;
  const word = m[1] as string;
  const start = m.index + m[0].indexOf(word);
  return at(word === 'Kehitteillä' ? 'IN_DEVELOPMENT' : 'COMPLETED', start, start + word.length, 0.9);
}

function dateLabelled(text: string, labels: string[]): Extracted<string> | null {
  const v = labelled(text, labels);
  const d = v ? findDates(v.value)[0] : null;
  return v && d ? at(d.value, v.start + d.start, v.start + d.end, v.confidence) : null;
}

/** Reads a Finnish project page or practice description into a draft with spans and confidences. */
export function ingestDocument(text: string, context: IngestContext): Draft {
  const { genre, layout } = detectGenre(text);
  const labelledPeriod = labelled(text, ['Toteutusaika', 'Hankeaika', 'Kesto']);
  const periods = findPeriods(text);
  const period =
    (labelledPeriod &&
      periods.find((p) => p.start >= labelledPeriod.start - 2 && p.start <= labelledPeriod.end)) ??
    periods[0] ??
    null;
  const funders = findFunders(text);
  const funderCodes = new Set(funders.map((f) => f.value));
  const soleFunder = funderCodes.size === 1 ? ([...funderCodes][0] as string) : null;
  const amounts = findAmounts(text).flatMap((a) => {
    const role = roleOf(text.slice(Math.max(0, a.start - 140), a.start), soleFunder);
    return role ? [at({ euros: a.value.euros, ...role }, a.start, a.end, a.confidence * 0.9)] : [];
  });
  const none = /ei (?:ollut|ole) erillisrahoitusta|ei erillisrahoitusta/i.exec(text);
  const municipality = mainMunicipality(text, context.municipalities);
  const termText = withoutNames(text, funders);
  return {
    genre,
    layout,
    kind: genre === 'PRACTICE_DESCRIPTION' ? 'PRACTICE' : 'PROJECT',
    name: findName(text, layout),
    municipality,
    period,
    projectNumber: labelled(text, ['Hankenumero', 'Projektinumero', 'Diaarinumero']),
    amounts,
    funders,
    noSeparateFunding: none ? at(true as const, none.index, none.index + none[0].length, 0.9) : null,
    phase: phaseOf(text),
    createdDate: dateLabelled(text, ['Luotu']),
    modifiedDate: dateLabelled(text, ['Viimeksi muokattu', 'Päivitetty']),
    decisionDate: dateLabelled(text, ['Työsuojelurahaston päätös', 'Rahoituspäätös', 'Päätös']),
    sectors: findTerms(termText, context.sectors ?? []),
    targetGroups: findTerms(termText, context.targetGroups ?? []),
    partners: findPartners(text),
    outcomes: findQuantitativeOutcomes(text, context.outcomeDomains ?? []),
  };
}
