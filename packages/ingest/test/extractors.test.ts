import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  findAmounts,
  findDates,
  findMunicipalities,
  findPeriods,
  mainMunicipality,
  parseFinnishNumber,
} from '../src';

const MUNICIPALITIES = [
  { code: '020', nameFi: 'Akaa' },
  { code: '186', nameFi: 'Järvenpää' },
  { code: '211', nameFi: 'Kangasala' },
  { code: '851', nameFi: 'Tornio' },
];
const seed = (file: string) => readFileSync(new URL(`../../data/sources/${file}`, import.meta.url), 'utf8');

describe('numbers, amounts and dates', () => {
  it('reads Finnish numbers and euro amounts with any space as thousands separator', () => {
    expect(parseFinnishNumber('414\u00a0583')).toBe(414583);
    expect(
      findAmounts('Kustannusarvio: 414 583 euroa, ESR 115\u00a0005 € ja 1,75 miljoonaa euroa').map(
        (a) => a.value.euros,
      ),
    ).toEqual([414583, 115005, 1750000]);
  });

  it('reads dates and periods with their spans', () => {
    const text = 'Toteutusaika\n29.9.2014 - 31.5.2016\nLuotu 28.09.2023, hanke 2015–2018.';
    expect(findDates(text).map((d) => d.value)).toEqual(['2014-09-29', '2016-05-31', '2023-09-28']);
    const periods = findPeriods(text);
    expect(periods.map((p) => p.value)).toEqual([
      { start: '2014-09-29', end: '2016-05-31', precision: 'DAY' },
      { start: '2015-01-01', end: '2018-12-31', precision: 'YEAR' },
    ]);
    expect(text.slice(periods[0]?.start, periods[0]?.end)).toBe('29.9.2014 - 31.5.2016');
    expect(findDates('31.2.2020')).toEqual([]);
  });
});

describe('municipalities in inflected forms', () => {
  it('finds genitives, local cases and demonyms from the names alone', () => {
    const found = (text: string) => findMunicipalities(text, MUNICIPALITIES).map((m) => m.value);
    expect(found('Tornion kaupunki')).toEqual(['851']);
    expect(found('Akaan kaupunki uudisti')).toEqual(['020']);
    expect(found('varhaisen tuen toimintamallia Kangasalle')).toEqual(['211']);
    expect(found('järvenpääläisten lapsiperheiden')).toEqual(['186']);
    expect(found('Torniossa ja Akaassa')).toEqual(['851', '020']);
    expect(found('Akaalainen ja akaasia')).toEqual(['020']);
  });

  it('names the main municipality of each seed document', () => {
    const main = (file: string) => mainMunicipality(seed(file), MUNICIPALITIES)?.value;
    expect(main('000_67efcc4de3135634.txt')).toBe('851');
    expect(main('001_b8a472de6a54da7f.txt')).toBe('020');
    expect(main('002_66b5b53211a056ca.txt')).toBe('211');
    expect(main('003_d1cef003569bcc32.txt')).toBe('186');
    expect(main('004_30b8deb3a6489ff1.txt')).toBe('851');
  });
});
