import { stemmer } from '@orama/stemmers/finnish';

/**
 * Finnish text → index terms: lower-cased words, Finnish function words dropped, each word reduced
 * by the Snowball Finnish stemmer (@orama/stemmers), and compounds also indexed by their parts when
 * the first part is a word the corpus itself uses ("lapsiperheiden" → lapsiperh + lapsi + perh).
 */

/**
 * Function words (Snowball's Finnish stop list, the forms that occur in project texts), abbreviations,
 * and the commonest general verbs and qualifiers (do, get, new, whole, way, thing, various …), which
 * say nothing about what a text is about.
 */
const STOPWORDS = new Set(
  `ja on oli ovat olivat olla ollut ole ei eivät että se sen sitä siitä siihen siinä sillä sille
  tämä tämän tätä tässä tästä tähän nämä näiden näitä ne niiden niitä niissä niistä niihin niille
  he hän heidän hänen heille heitä heillä hänelle häntä me meidän meille meitä meillä meistä te teidän
  teille teitä minä minulle sinä sinulle joka jonka jota jossa josta johon jolla jolle
  jotka joiden joita joissa joista joihin joilla joille mikä mitä miten mihin missä mistä kuka
  kuin kun jos koska vaan vain myös sekä tai mutta niin siis sitten jo vielä nyt aina
  kanssa mukaan kautta jälkeen aikana välillä lisäksi osana muun muassa esim mm eri kaikki
  kaikkien muut muiden muita itse oma oman omat voi voivat voidaan sekä tulee ovat yhä hyvin
  noin yli alle ennen sen myötä tehdä tekee tehdään tehty tehtiin tekevät tehdyn saada saa saavat
  saatu saadaan saanut uusi uuden uudet uusia uutta koko edelleen kuten osa osaksi paljon hyvä hyvää
  tapa tavalla tavoin avulla asia asiat asioita asioiden erilaisia erilaiset erilaisten kuitenkin vuoksi
  esimerkiksi mukana mukaan lähtien välillä kesken kohti luoda luotiin`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words of a text: NFC, lower case, letters only (hyphenated compounds split at the hyphen). */
export function words(text: string): string[] {
  return (
    text
      .normalize('NFC')
      .toLowerCase()
      .match(/\p{L}+/gu) ?? []
  ).filter((w) => w.length >= 3 && !STOPWORDS.has(w));
}

const stems = new Map<string, string>();
/**
 * Snowball Finnish stem of one lower-case word (memoised: the same words recur across documents),
 * with the -s/-ks stem alternation Snowball leaves folded (palveluohjaus/palveluohjauksen,
 * keskus/keskuksen: one noun type, -us/-uksen, -is/-iksen, -nen/-sen).
 */
export function stem(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    s = stemmer(word);
    if (s.length > 5 && s.endsWith('ks')) s = s.slice(0, -2);
    else if (s.length > 5 && /[aeiouyäö]s$/.test(s)) s = s.slice(0, -1);
    if (stems.size > 200_000) stems.clear();
    stems.set(word, s);
  }
  return s;
}

/**
 * The words a corpus uses on their own, as a lexicon for splitting compounds: Finnish writes
 * compounds as one word, and the stemmer leaves them whole.
 */
export function lexiconOf(texts: Iterable<string>, placeNames: Iterable<string> = []): Lexicon {
  const words_ = new Set<string>();
  for (const text of texts) for (const w of words(text)) if (w.length >= 4) words_.add(w);
  const places = [...placeNames].map((n) => {
    const name = n.normalize('NFC').toLowerCase();
    const s = stemmer(name);
    return s.length >= 4 ? s : name;
  });
  return { words: words_, stems: new Set([...words_].map(stem)), places };
}

export interface Lexicon {
  words: ReadonlySet<string>;
  stems: ReadonlySet<string>;
  /**
   * Stems of place names: words starting with one ("Tornion", "torniolaiset") say where, not what,
   * and are left out — otherwise everything from one town would look alike.
   */
  places: readonly string[];
}

export interface Term {
  /** The index term (a stem). */
  term: string;
  /** A word of the text it came from, for showing to people. */
  word: string;
}

/**
 * Splits a compound after its longest known first part: a word the corpus uses on its own (≥ 4
 * letters), leaving ≥ 4 letters. The last part is kept as a term only when its stem is a word the
 * corpus uses too — so an inflectional ending ("-iden", "-ille") is never taken for a word.
 */
export function compoundParts(
  word: string,
  lexicon: ReadonlySet<string>,
  stemLexicon: ReadonlySet<string>,
): { head: string; tail: string | null } | null {
  for (let i = word.length - 4; i >= 4; i--) {
    const head = word.slice(0, i);
    if (!lexicon.has(head)) continue;
    const tail = word.slice(i);
    return { head, tail: tail.length >= 5 && stemLexicon.has(stem(tail)) ? tail : null };
  }
  return null;
}

/** Index terms of a text: each word's stem, plus the stems of a compound's two parts. */
export function terms(text: string, lexicon: Lexicon): Term[] {
  const out: Term[] = [];
  for (const w of words(text)) {
    if (lexicon.places.some((p) => w.startsWith(p))) continue;
    const s = stem(w);
    // A stem of three letters or fewer is too short to mean one thing ("ot" of ottaa, "en" of ennen).
    if (s.length >= 4) out.push({ term: s, word: w });
    const parts = compoundParts(w, lexicon.words, lexicon.stems);
    if (parts) {
      if (stem(parts.head).length >= 4) out.push({ term: stem(parts.head), word: parts.head });
      if (parts.tail && !STOPWORDS.has(parts.tail)) out.push({ term: stem(parts.tail), word: parts.tail });
    }
  }
  return out;
}
