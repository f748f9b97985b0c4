import { describe, expect, it } from 'vitest';
import { toCsv } from '../src/csv';
import { formatDate, formatValue } from '../src/format';

const plain = (s: string) => s.replace(/\s/g, ' ');

describe('Finnish formats', () => {
  it('formats euros, percentages and dates the Finnish way', () => {
    expect(plain(formatValue(414583, 'EUR', 'fi'))).toBe('414 583 €');
    expect(plain(formatValue(52.18, 'PERCENT', 'fi'))).toBe('52,2 %');
    expect(plain(formatValue(58, 'PERCENT', 'fi'))).toBe('58 %');
    expect(formatDate('2014-09-29', 'fi')).toBe('29.9.2014');
    expect(formatValue(414583, 'EUR', 'en')).toBe('414,583 €');
  });

  it('writes CSV with a BOM, semicolons, quoting and empty cells for unknown values', () => {
    const csv = toCsv(
      ['Kunta', 'Arvo'],
      [
        ['Järvenpää', null],
        ['Tornio; "Torneå"', 220395],
      ],
    );
    expect(csv).toBe('\uFEFFKunta;Arvo\r\nJärvenpää;\r\n"Tornio; ""Torneå""";220395\r\n');
  });
});
