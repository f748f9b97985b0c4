import { at, type Extracted } from './spans';

/** A controlled-vocabulary term as the matcher needs it: its Finnish name and search forms. */
export interface MatchableTerm {
  code: string;
  nameFi: string;
  /** Other Finnish names of the same thing ("suun terveyspalvelut"); `*` at the end: prefix only. */
  aliasesFi?: string[];
}

/** Letters stems are short enough to be ambiguous below: those take inflectional endings only. */
const SHORT_STEM = 9;
/**
 * Case endings and the plural/stem vowels before them (koulu|ssa, neuvol|oiden, varhaiskasvat|uksen,
 * vanhem|mille). Derivations (koulu|tus, johto|ryhmä, järjest|ämällä) do not fit, so short stems
 * do not match words that only begin like them.
 */
const ENDING =
  /^(?:uks|yks|\p{L}{0,2})(?:n|t|ten|ssa|ssä|sta|stä|lla|llä|lta|ltä|lle|ksi|na|nä|a|ä|ta|tä|en|den|tten|iden|itten|jen|ien|ja|jä|ita|itä|ihin|iin|hin|seen|in|ine\p{L}?|i)?(?:kin|kaan|kään)?$/u;

/** "lasten ja nuorten hyvinvointisuunnitelma", "…hyvinvointiryhmä" name a plan or a body, not whom the work serves. */
const PLAN_NAME = /^\s*\p{L}*(?:suunnitelm|strategi|ohjelm|ryhm|lautakun|toimikun)/u;

/** Derivational suffixes make a new word: koulu → koulutus, kouluttaa, kouluikäinen. */
const DERIVATION = /^(?:tu|ty|tt|ikä|mai|mäi|lai|läi)/u;

/**
 * Drops the inflecting end of a dictionary form: plural -t, -us/-ys, -nen, a final a/ä/e/i, and where
 * consonant gradation changes the stem (huolto → huollon, seurakunta → seurakunnan) the cluster's
 * last consonant. Rounded final vowels stay: koulu, järjestö keep them in every case.
 */
export function stem(word: string): string {
  let w = word.replace(/-$/, '');
  if (/(?:us|ys)$/.test(w)) return w.slice(0, -2);
  w = w.replace(/nen$/, '').replace(/([aeiouyäö])t$/, '$1');
  if (/(?:lt|nt|rt|mp|nk|tt|kk|pp|ht|mm)[aeiouyäö]$/.test(w) && w.length > 6) return w.slice(0, -2);
  return w.replace(/[aäei]$/, '');
}

interface Form {
  words: { stem: string; prefix: boolean }[];
}

/** Forms per term, built once: a batch reads every document against the same vocabularies. */
const formCache = new WeakMap<MatchableTerm, Form[]>();

function formsOf(term: MatchableTerm): Form[] {
  let forms = formCache.get(term);
  if (!forms) {
    forms = buildForms(term);
    formCache.set(term, forms);
  }
  return forms;
}

function buildForms(term: MatchableTerm): Form[] {
  return [...term.nameFi.split(','), ...(term.aliasesFi ?? [])]
    .map((alt) =>
      alt
        .trim()
        .toLocaleLowerCase('fi')
        .split(/\s+/)
        .filter((w) => w.length > 2 && !['ja', 'tai'].includes(w))
        .map((w) =>
          w.endsWith('*') ? { stem: w.slice(0, -1), prefix: true } : { stem: stem(w), prefix: false },
        ),
    )
    .filter((words) => words.length > 0)
    .map((words) => ({ words }));
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One pattern per stem, compiled once (matchAll works on a copy, so sharing it is safe). */
const stemPatterns = new Map<string, RegExp>();

/** Where a word of a term occurs: at a word start, followed by an ending (or anything, if long). */
function wordHits(lower: string, word: Form['words'][number]): { start: number; end: number }[] {
  let re = stemPatterns.get(word.stem);
  if (!re) {
    re = new RegExp(`(?<![\\p{L}])${escapeRegExp(word.stem)}(\\p{L}*)`, 'gu');
    stemPatterns.set(word.stem, re);
  }
  const out: { start: number; end: number }[] = [];
  for (const m of lower.matchAll(re)) {
    const rest = m[1] as string;
    if (!word.prefix && word.stem.length < SHORT_STEM && (DERIVATION.test(rest) || !ENDING.test(rest)))
      continue;
    out.push({ start: m.index as number, end: (m.index as number) + m[0].length });
  }
  return out;
}

/**
 * Terms of a controlled vocabulary a text mentions, each at its first mention. Finnish inflects word
 * endings, so every word of a term matches by its stem; a term of several words matches when they
 * stand together (within 40 characters). A shorter term found only inside a longer one's mention
 * ("nuorten" inside "lasten ja nuorten") does not count, nor does a term naming a plan or a programme.
 */
export function findTerms(text: string, terms: MatchableTerm[]): Extracted<string>[] {
  const lower = text.toLocaleLowerCase('fi');
  const hits = terms.map((term) => {
    const spans: { start: number; end: number; words: number }[] = [];
    for (const form of formsOf(term)) {
      const [first, ...rest] = form.words;
      if (!first) continue;
      for (const h of wordHits(lower, first)) {
        let end = h.end;
        const ok = rest.every((w) => {
          const next = wordHits(lower.slice(end, end + 40), w)[0];
          if (!next) return false;
          end += next.end;
          return true;
        });
        if (ok && !PLAN_NAME.test(lower.slice(end, end + 40)))
          spans.push({ start: h.start, end, words: form.words.length });
      }
    }
    return { term, spans: spans.sort((a, b) => a.start - b.start) };
  });
  const out: Extracted<string>[] = [];
  for (const { term, spans } of hits) {
    const own = spans.find(
      (s) =>
        !hits.some(
          (other) =>
            other.term !== term &&
            other.spans.some((o) => o.words > s.words && o.start <= s.start && o.end >= s.end),
        ),
    );
    if (own) out.push(at(term.code, own.start, own.end, own.words > 1 ? 0.8 : 0.7));
  }
  return out.sort((a, b) => a.start - b.start);
}
