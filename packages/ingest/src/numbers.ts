import type { DraftPeriodPrecision } from './draft-codes';
import { at, type Extracted } from './spans';

/** Thousands separated by normal, no-break or thin spaces; decimal comma. */
const NUMBER = String.raw`\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+(?:,\d+)?`;

export function parseFinnishNumber(text: string): number {
  return Number(text.replace(/[ \u00a0\u202f]/g, '').replace(',', '.'));
}

export interface Amount {
  euros: number;
}

/** Euro amounts: "414 583 euroa", "115 005 €", "1,75 miljoonaa euroa". */
export function findAmounts(text: string): Extracted<Amount>[] {
  const re = new RegExp(String.raw`(${NUMBER})(\s*(?:milj(?:oonaa|\.)|miljoonaa))?\s*(?:euroa|€|EUR)`, 'g');
  const out: Extracted<Amount>[] = [];
  for (const m of text.matchAll(re)) {
    const base = parseFinnishNumber(m[1] as string);
    const euros = m[2] ? Math.round(base * 1_000_000) : base;
    out.push(at({ euros }, m.index as number, (m.index as number) + m[0].length, 0.9));
  }
  return out;
}

const DATE = String.raw`(\d{1,2})\.(\d{1,2})\.(\d{4})`;

function iso(d: string, m: string, y: string): string | null {
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  const out = date.toISOString().slice(0, 10);
  return date.getUTCDate() === Number(d) && date.getUTCMonth() === Number(m) - 1 ? out : null;
}

/** Finnish dates "29.9.2014", "28.09.2023" → ISO. */
export function findDates(text: string): Extracted<string>[] {
  const out: Extracted<string>[] = [];
  for (const m of text.matchAll(new RegExp(DATE, 'g'))) {
    const value = iso(m[1] as string, m[2] as string, m[3] as string);
    if (value) out.push(at(value, m.index as number, (m.index as number) + m[0].length, 0.9));
  }
  return out;
}

export interface Period {
  start: string;
  end: string;
  precision: DraftPeriodPrecision;
}

/** Periods "29.9.2014 - 31.5.2016" (DAY) and "2015–2018" (YEAR, 1 Jan – 31 Dec). */
export function findPeriods(text: string): Extracted<Period>[] {
  const out: Extracted<Period>[] = [];
  // "Alkaa 1.9.2017 ja päättyy 31.5.2020" (the ESR register), "alkoi 1.1.2018 ja päättyi 30.6.2019".
  const span = String.raw`(?:\s*[-–—]\s*|\s+ja\s+(?:päättyy|päättyi|päättynyt|loppuu|loppui)\s+)`;
  for (const m of text.matchAll(new RegExp(`${DATE}${span}${DATE}`, 'gi'))) {
    const start = iso(m[1] as string, m[2] as string, m[3] as string);
    const end = iso(m[4] as string, m[5] as string, m[6] as string);
    if (start && end && start <= end)
      out.push(
        at({ start, end, precision: 'DAY' }, m.index as number, (m.index as number) + m[0].length, 0.95),
      );
  }
  for (const m of text.matchAll(/(?<![\d.])((?:19|20)\d{2})\s*[-–—]\s*((?:19|20)\d{2})(?!\d|\.\d)/g)) {
    const [from, to] = [Number(m[1]), Number(m[2])];
    const after = text.slice((m.index as number) + m[0].length, (m.index as number) + m[0].length + 30);
    const before = text.slice(Math.max(0, (m.index as number) - 30), m.index as number);
    // "Uudistuva ja osaava Suomi 2021–2027 -ohjelma", "ohjelmakaudella 2014–2020": a programme's
    // period, not the project's.
    const programme =
      /^\s*-?\s*(?:-ohjelm|ohjelm|ohjelmakau|strategi|rakennerahasto)/i.test(after) ||
      /ohjelmakau\p{L}*\s*$/iu.test(before);
    if (from <= to && to - from < 30 && !programme) {
      out.push(
        at(
          { start: `${from}-01-01`, end: `${to}-12-31`, precision: 'YEAR' },
          m.index as number,
          (m.index as number) + m[0].length,
          0.8,
        ),
      );
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
