/** Finnish formats in one place: 414 583 €, 52,2 %, 29.9.2014 (English UI uses the same figures, en-GB). */
const locales = { fi: 'fi-FI', en: 'en-GB' } as const;

export function formatNumber(value: number, lang: 'fi' | 'en', digits = 0): string {
  return new Intl.NumberFormat(locales[lang], {
    maximumFractionDigits: digits,
    minimumFractionDigits: digits,
  }).format(value);
}

export function formatValue(value: number, unit: string, lang: 'fi' | 'en'): string {
  switch (unit) {
    case 'EUR':
    case 'EUR_PER_YEAR':
      return `${formatNumber(value, lang)} €${unit === 'EUR_PER_YEAR' ? (lang === 'fi' ? ' / v' : ' / yr') : ''}`;
    case 'EUR_PER_INHABITANT':
    case 'EUR_PER_CHILD':
      return `${formatNumber(value, lang, 2)} €`;
    case 'PERCENT':
      return `${formatNumber(value, lang, Number.isInteger(value) ? 0 : 1)} %`;
    case 'YEARS':
      return formatNumber(value, lang, 1);
    default:
      return formatNumber(value, lang);
  }
}

export function formatDate(iso: string, lang: 'fi' | 'en'): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(locales[lang], { timeZone: 'UTC' }).format(
    new Date(Date.UTC(y as number, (m as number) - 1, d)),
  );
}
