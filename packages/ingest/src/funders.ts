import type { OrganisationKind } from '@vertailu/data/vocabulary';
import { at, type Extracted } from './spans';

export interface KnownFunder {
  /** Abbreviation the documents use, also the draft's funder code. */
  code: string;
  nameFi: string;
  kind: OrganisationKind;
  pattern: RegExp;
}

/** National and EU funders of municipal development work in Finland, by their names and abbreviations. */
export const KNOWN_FUNDERS: KnownFunder[] = [
  {
    code: 'ESR',
    nameFi: 'Euroopan sosiaalirahasto',
    kind: 'EU_FUND',
    pattern: /\bESR\b|Euroopan sosiaalirahasto\p{L}*/gu,
  },
  {
    code: 'EAKR',
    nameFi: 'Euroopan aluekehitysrahasto',
    kind: 'EU_FUND',
    pattern: /\bEAKR\b|Euroopan aluekehitysrahasto\p{L}*/gu,
  },
  {
    code: 'TSR',
    nameFi: 'Työsuojelurahasto',
    kind: 'STATE_FUND',
    pattern: /Työsuojelurahasto\p{L}*|\bTSR\b/gu,
  },
  {
    code: 'STEA',
    nameFi: 'Sosiaali- ja terveysjärjestöjen avustuskeskus',
    kind: 'STATE_FUND',
    pattern: /\bSTEA\b|Sosiaali- ja terveysjärjestöjen avustuskesku\p{L}*/gu,
  },
  {
    code: 'STM',
    nameFi: 'Sosiaali- ja terveysministeriö',
    kind: 'MINISTRY',
    pattern: /Sosiaali- ja terveysministeriö\p{L}*|\bSTM\b/gu,
  },
  {
    code: 'OKM',
    nameFi: 'Opetus- ja kulttuuriministeriö',
    kind: 'MINISTRY',
    pattern: /Opetus- ja kulttuuriministeriö\p{L}*|\bOKM\b/gu,
  },
];

export function knownFunder(code: string): KnownFunder | undefined {
  return KNOWN_FUNDERS.find((f) => f.code === code);
}

/** Every mention of a known funder, in document order. */
export function findFunders(text: string): Extracted<string>[] {
  return KNOWN_FUNDERS.flatMap((f) =>
    [...text.matchAll(f.pattern)].map((m) =>
      at(f.code, m.index as number, (m.index as number) + m[0].length, 0.9),
    ),
  ).sort((a, b) => a.start - b.start);
}

/** The funder named in a short passage, if exactly one is. */
export function funderIn(passage: string): string | null {
  const codes = new Set(findFunders(passage).map((f) => f.value));
  return codes.size === 1 ? ([...codes][0] as string) : null;
}

/** Heads of the names of organisations that fund: foundations, funds, ministries, agencies, centres. */
const FUNDER_HEAD = '(?:säätiö|rahasto|ministeriö|virasto|keskus|ELY-keskus|liitto|yhdistys|Oy|ry)';
/** A funder's name: an abbreviation (KPY, STEA), or capitalised words ending in a funder's head. */
const FUNDER_NAME = String.raw`(\p{Lu}{2,8}(?![\p{L}])|\p{Lu}[\p{L}-]*(?:\s[\p{L}-]+){0,3}?${FUNDER_HEAD}\p{L}*)`;
const VERB = String.raw`(?::n\s+hallitus\s+on\s+päättänyt|\s+(?:on\s+)?(?:myönsi|myöntää|myöntänyt|myönsivät|rahoitti|rahoittaa|rahoittavat|rahoittanut|tukee\s+\S+\s+\S*\s*\d|tuki))`;
const SHAPES = [
  // "KPY myönsi …", "Sosiaali- ja terveysministeriö rahoitti …", "KPY:n hallitus on päättänyt …"
  new RegExp(String.raw`(?<![\p{L}])${FUNDER_NAME}${VERB}(?![\p{L}])`, 'gu'),
  // "rahoittajana Keva", "Rahoittaja: Suomen Kulttuurirahasto"
  new RegExp(
    String.raw`(?:[Rr]ahoittajana|[Rr]ahoittajina|[Rr]ahoittaja(?:t)?\s*:)\s*(?:(?:toimii|toimi|toimivat|on|oli)\s+)?(\p{Lu}[\p{L}-]*(?:\s[\p{L}-]+){0,3}?${FUNDER_HEAD}\p{L}*|\p{Lu}[\p{L}-]+)`,
    'gu',
  ),
  // "on saanut Kevalta Työelämän kehittämisrahaa", "STEA:lta avustusta"
  /(?<=\s)(\p{Lu}[\p{L}-]*?)(?::?(?:lta|ltä))[ \t]+(?:[\p{L}-]+[ \t]+){0,3}?[\p{L}-]*(?:raha|avustu|tuki|tuke|rahoitu)/gu,
];

/** A funder's name in base form: "KPY:n" → "KPY", "Kevalta" → "Keva", "Säätiöltä" → "Säätiö". */
function baseFunderName(name: string): string {
  const known = findFunders(name)[0];
  if (known) return known.value;
  return name
    .replace(/:\p{L}+$/u, '')
    .replace(/(?:lta|ltä)$/u, '')
    .replace(/(?<=\p{L}{4})(?:n)$/u, '')
    .trim();
}

/**
 * Funders named by the grammar of funding rather than by a list: "X myönsi …", "X rahoitti …",
 * "X:n hallitus on päättänyt avustuksista", "rahoittajana X", "saanut X:ltä … rahaa". X is an
 * abbreviation or a name ending in a funder's head (säätiö, rahasto, ministeriö, keskus …); known
 * funders keep their codes, others their name in base form.
 */
export function findFundersByShape(text: string): Extracted<string>[] {
  const out: Extracted<string>[] = [];
  for (const re of SHAPES)
    for (const m of text.matchAll(re)) {
      const name = m[1] as string;
      const start = (m.index as number) + m[0].indexOf(name);
      // A sentence-initial common word ("Hanke tukee …") is no funder: abbreviations and named heads only.
      if (
        !/^\p{Lu}{2,8}$/u.test(name.replace(/:.*$/, '')) &&
        !new RegExp(FUNDER_HEAD, 'u').test(name) &&
        re === SHAPES[0]
      )
        continue;
      out.push(at(baseFunderName(name), start, start + name.length, 0.75));
    }
  return out.sort((a, b) => a.start - b.start);
}
