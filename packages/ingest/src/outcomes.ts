import { parseFinnishNumber } from './numbers';
import { at, type Extracted } from './spans';

export interface DraftOutcome {
  value: number;
  unit: '%' | 'count';
  /** The sentence the figure stands in. */
  sentence: string;
}

/**
 * Quantitative results in running prose: "58 prosenttia henkilöstöstä …", "42 %". Baselines
 * ("lähtötasosta") and counts of activities are left to the reviewer.
 */
export function findQuantitativeOutcomes(text: string): Extracted<DraftOutcome>[] {
  const out: Extracted<DraftOutcome>[] = [];
  for (const m of text.matchAll(/(\d+(?:,\d+)?)\s*(?:prosenttia|%)/g)) {
    const start = m.index as number;
    const sentenceStart = Math.max(text.lastIndexOf('.', start) + 1, text.lastIndexOf('\n', start) + 1);
    const sentenceEnd = [text.indexOf('.', start), text.indexOf('\n', start)]
      .filter((i) => i >= 0)
      .reduce((a, b) => Math.min(a, b), text.length);
    const sentence = text.slice(sentenceStart, sentenceEnd + 1).trim();
    if (/lähtötaso|vertailuaineisto/i.test(sentence) && !/prosenttia henkilöstöstä/.test(sentence)) continue;
    out.push(
      at(
        { value: parseFinnishNumber(m[1] as string), unit: '%', sentence },
        start,
        start + m[0].length,
        0.75,
      ),
    );
  }
  return out;
}
