import type { VocabularyTerm } from '@vertailu/data';
import { at, type Extracted } from './spans';

/**
 * Finnish inflects word endings, so a term matches by the stem of each of its words: "neuvola"
 * matches "neuvolan", "neuvola-alueella"; "varhaiskasvatus" matches "varhaiskasvatuksen". Only terms
 * whose every word is found together match.
 */
/** Drops the ending and, where consonant gradation changes it (huolto → huollon), the last consonant. */
function stem(word: string): string {
  const base = word
    .replace(/-$/, '')
    .replace(/(?:us|ys)$/, '')
    .replace(/nen$/, '')
    .replace(/[aäoöuyei]$/, '');
  return /(?:lt|nt|rt|mp|nk|tt|kk|pp)$/.test(base) ? base.slice(0, -1) : base;
}

function stems(nameFi: string): string[][] {
  return nameFi
    .split(',')
    .map((alt) =>
      alt
        .trim()
        .toLocaleLowerCase('fi')
        .split(/\s+/)
        .filter((w) => w.length > 2 && !['ja', 'tai'].includes(w))
        .map(stem),
    )
    .filter((words) => words.length > 0);
}

export function findTerms(text: string, terms: VocabularyTerm[]): Extracted<string>[] {
  const lower = text.toLocaleLowerCase('fi');
  const out: Extracted<string>[] = [];
  for (const term of terms) {
    for (const words of stems(term.nameFi)) {
      const first = words[0] as string;
      const re = new RegExp(`(?<![\\p{L}])${first.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\p{L}*`, 'gu');
      const hit = [...lower.matchAll(re)].find((m) =>
        words.slice(1).every((w) => lower.slice(m.index, (m.index as number) + 80).includes(w)),
      );
      if (hit) {
        out.push(
          at(
            term.code,
            hit.index as number,
            (hit.index as number) + hit[0].length,
            words.length > 1 ? 0.8 : 0.7,
          ),
        );
        break;
      }
    }
  }
  return out;
}
