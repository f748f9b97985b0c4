import type { Lang } from '../i18n';

interface OutcomeText {
  summaryEn: string;
  summaryFi?: string | null;
  /** Absent where only the summary was asked (the matrix): then no passage stands in for a summary. */
  citations?: { quote: string }[];
}

/**
 * The outcome in the reader's language. Finnish: the API's Finnish summary when it has one, else the
 * source's own Finnish passage (verbatim, so nothing is translated back); English: the English summary.
 */
export function outcomeText(o: OutcomeText, lang: Lang): { text: string; lang: Lang; verbatim: boolean } {
  if (lang === 'en') return { text: o.summaryEn, lang: 'en', verbatim: false };
  if (o.summaryFi) return { text: o.summaryFi, lang: 'fi', verbatim: false };
  const quote = o.citations?.[0]?.quote;
  return quote
    ? { text: quote, lang: 'fi', verbatim: true }
    : { text: o.summaryEn, lang: 'en', verbatim: false };
}
