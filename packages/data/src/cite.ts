import type { Cite, Dataset } from './types';

export interface ResolvedCite {
  sourceKey: string;
  quote: string;
  /** UTF-16 offsets into the source text: text.slice(start, end) === quote. */
  start: number;
  end: number;
}

/** Finds the `occurrence`-th place of `quote` in `text`; -1 if it is not there that often. */
export function findQuote(text: string, quote: string, occurrence = 1): number {
  let at = -1;
  for (let n = 0; n < occurrence; n++) {
    at = text.indexOf(quote, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

export function resolveCite(dataset: Pick<Dataset, 'sources'>, cite: Cite): ResolvedCite {
  const source = dataset.sources.find((s) => s.key === cite.source);
  if (!source) throw new Error(`Unknown source "${cite.source}".`);
  const start = findQuote(source.text, cite.quote, cite.occurrence ?? 1);
  if (start < 0) throw new Error(`Quote not found in ${cite.source}: "${cite.quote.slice(0, 60)}"`);
  return { sourceKey: source.key, quote: cite.quote, start, end: start + cite.quote.length };
}
