import { isNameForm } from '@vertailu/ingest';
import { foldAccents, normalizeForSearch } from '../search/search-text';

export interface NamedMunicipality {
  code: string;
  nameFi: string;
  nameSv: string;
  region: string;
  wellbeingServicesCounty: string | null;
}

/** How well a municipality answers a search: lower is better; null is no match. */
export enum NameMatch {
  CODE = 0,
  NAME = 1,
  NAME_START = 2,
  INFLECTED = 3,
  CONTAINS = 4,
}

// "Lempäälän kunta", "Tornion kaupunki", "Torneå stad": the organisation word adds nothing to the name.
const ORGANISATION_WORD = /\s+(?:kunta|kaupunki|kommun|stad)$/u;
const fold = (s: string) => foldAccents(normalizeForSearch(s));

/**
 * Scores one municipality against what a user or a document wrote: its code, its Finnish or Swedish
 * name (case and accents ignored), the start of a name, a Finnish inflected form ("Tornioon",
 * "Vantaalla", "Pietarsaaressa", through the ingester's matcher), a Swedish genitive ("Torneås"),
 * or words anywhere in the names, the region or the county.
 */
export function matchMunicipality(term: string, m: NamedMunicipality): NameMatch | null {
  const lower = normalizeForSearch(term);
  const folded = foldAccents(lower);
  if (!folded) return null;
  if (/^\d{1,3}$/.test(folded) && m.code === folded.padStart(3, '0')) return NameMatch.CODE;
  const names = [m.nameFi, m.nameSv];
  const foldedNames = names.map(fold);
  const bare = lower.replace(ORGANISATION_WORD, '');
  const bareFolded = foldAccents(bare);
  if (foldedNames.some((n) => n === folded || n === bareFolded)) return NameMatch.NAME;
  if (foldedNames.some((n) => n.startsWith(folded))) return NameMatch.NAME_START;
  // Inflection changes a name's end only, so a form starts as the name does; checking that first
  // keeps the matcher's (costly to compile) patterns to the few names that can match.
  const fiFolded = foldedNames[0] ?? '';
  const sharesStart = bareFolded.startsWith(fiFolded.slice(0, Math.min(3, fiFolded.length - 1)));
  if (
    (sharesStart && isNameForm(bare, m.nameFi)) ||
    (sharesStart && isNameForm(bareFolded, fiFolded)) ||
    foldedNames.some((n) => bareFolded === `${n}s`)
  )
    return NameMatch.INFLECTED;
  const haystack = fold([m.code, ...names, m.region, m.wellbeingServicesCounty ?? ''].join(' \n '));
  if (haystack.includes(folded)) return NameMatch.CONTAINS;
  return null;
}

/** The municipalities a search finds, best match first, then in Finnish alphabetical order. */
export function searchMunicipalities<T extends NamedMunicipality>(term: string, rows: T[]): T[] {
  return rows
    .map((row) => ({ row, score: matchMunicipality(term, row) }))
    .filter((x): x is { row: T; score: NameMatch } => x.score !== null)
    .sort((a, b) => a.score - b.score || a.row.nameFi.localeCompare(b.row.nameFi, 'fi'))
    .map((x) => x.row);
}
