import type { OrganisationKind } from '@vertailu/data';
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
