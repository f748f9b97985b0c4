import { lexiconOf, stem, type Term, terms } from './finnish-terms';

/**
 * "Who else does something like this?" — projects and practices ranked by how alike their Finnish
 * texts and their coded fields are. The method is one a planner can be told in two sentences:
 *
 * - Text: TF-IDF vectors over Finnish stems (field-weighted: the name counts most, then needs and
 *   aims, the solution, the results), compared by cosine. A term's part of the cosine is its
 *   contribution, so "shared terms" lists exactly what made two texts alike.
 * - Codes: the share of target groups, sectors and outcome domains the two have in common (Jaccard).
 *
 * score = text cosine × (1 + Σ code weight × Jaccard). All local, no model, no I/O.
 */

export const TEXT_FIELDS = ['name', 'needs', 'aims', 'solution', 'results', 'parts'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

/**
 * Each item is represented by its most characteristic terms only (highest tf × idf): a long
 * description then does not match everything a little, and the explanation stays short.
 */
export const SIGNATURE_TERMS = 40;

/** How much a word in each field counts (the name says what the thing is; results are often generic). */
export const FIELD_WEIGHTS: Record<TextField, number> = {
  name: 2,
  needs: 1.5,
  aims: 1.5,
  solution: 1,
  results: 0.75,
  /** A project's practices' descriptions: a project is also what it developed. */
  parts: 0.35,
};

/**
 * The text decides; shared codes raise it by up to half (score = text × (1 + Σ weight × Jaccard)),
 * so two items that merely serve the same group, with nothing in their texts alike, are not "similar".
 */
export const CODE_BOOST = { targetGroups: 0.25, sectors: 0.15, domains: 0.1 } as const;

/**
 * Words every description in this data set uses: the genre's frame (municipality, project, model,
 * development, aim, result, phase …) and the domain's own subject (children, young people, families,
 * parents, services, staff, clients — every item is about them). In a national corpus their idf is
 * near zero anyway; in a small one they would make any two descriptions look alike. Written as words,
 * compared by stem. Services (neuvola, varhaiskasvatus …) are not here: which ones are involved tells.
 */
export const GENRE_WORDS = `kunta kunnan kaupunki kaupungin hanke hankkeen hankkeessa hankkeet toimintamalli
  toimintamallin malli mallin toiminta toimintaa toiminnan kehittäminen kehittämisen kehittämistä kehitetään
  kehittämistyö kehittämistyön kehittää tavoite tavoitteena tavoitteet tavoitteen tulos tulokset tuloksena
  vaihe vaiheessa käyttö käyttöä käyttöön työ työn työtä vuosi vuonna vuoden euroa yhteistyö yhdessä
  lapsi lapset lasten lapsille perhe perheet perheen perheiden perheille lapsiperheet lapsiperheiden
  lapsiperheille nuori nuoret nuorten nuorille vanhemmat vanhempien palvelu palvelut palvelujen palveluja
  palveluiden työntekijä työntekijät työntekijöiden työntekijöille henkilöstö henkilöstön asiakas asiakkaat
  asiakkaiden`
  .split(/\s+/)
  .filter(Boolean);

export interface SimilarityDoc {
  /** Stable id, e.g. a global id. */
  id: string;
  /** Municipalities the item belongs to (a project may have several). */
  municipalityCodes: string[];
  text: Partial<Record<TextField, string | null>>;
  targetGroups: string[];
  sectors: string[];
  domains: string[];
  /** Ids of items that are parts of the same work (a project and its practices): never "similar". */
  related: string[];
}

const codesOf = (d: SimilarityDoc) => [
  ...d.targetGroups.map((c) => `TARGET_GROUP:${c}`),
  ...d.sectors.map((c) => `SECTOR:${c}`),
  ...d.domains.map((c) => `DOMAIN:${c}`),
];

interface Vector {
  weights: Map<string, number>;
  norm: number;
}

export interface SimilarityIndex {
  docs: Map<string, SimilarityDoc>;
  vectors: Map<string, Vector>;
  /** term → ids of the documents that contain it. */
  postings: Map<string, string[]>;
  /** term → the word shown for it (the most frequent form in the corpus). */
  display: Map<string, string>;
  idf: Map<string, number>;
  /** idf of codes, keyed "TARGET_GROUP:PARENTS", "SECTOR:ECEC", "DOMAIN:COOPERATION". */
  codeIdf: Map<string, number>;
}

/** Builds the index once per data set version; querying it is cheap. */
export function buildSimilarityIndex(docs: SimilarityDoc[], placeNames: string[] = []): SimilarityIndex {
  const lexicon = lexiconOf(
    docs.flatMap((d) => TEXT_FIELDS.map((f) => d.text[f] ?? '')),
    placeNames,
  );
  const genre = new Set(GENRE_WORDS.map(stem));
  const raw = new Map<string, Map<string, number>>();
  const df = new Map<string, number>();
  const forms = new Map<string, Map<string, number>>();
  for (const d of docs) {
    const tf = new Map<string, number>();
    for (const f of TEXT_FIELDS) {
      const counts = new Map<string, number>();
      for (const t of terms(d.text[f] ?? '', lexicon) as Term[]) {
        if (genre.has(t.term)) continue;
        counts.set(t.term, (counts.get(t.term) ?? 0) + 1);
        const seen = forms.get(t.term) ?? new Map<string, number>();
        seen.set(t.word, (seen.get(t.word) ?? 0) + 1);
        forms.set(t.term, seen);
      }
      // Sub-linear term frequency, weighted by field: a word said ten times is not ten times the topic.
      for (const [t, n] of counts) tf.set(t, (tf.get(t) ?? 0) + FIELD_WEIGHTS[f] * (1 + Math.log(n)));
    }
    raw.set(d.id, tf);
    for (const t of tf.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  }
  const n = docs.length;
  const idf = new Map<string, number>();
  // BM25's idf: a term in nearly every text weighs next to nothing, a rare one a lot.
  for (const [t, k] of df) idf.set(t, Math.log(1 + (n - k + 0.5) / (k + 0.5)));
  const codeDf = new Map<string, number>();
  for (const d of docs) for (const c of new Set(codesOf(d))) codeDf.set(c, (codeDf.get(c) ?? 0) + 1);
  const codeIdf = new Map([...codeDf].map(([c, k]) => [c, Math.log(1 + (n - k + 0.5) / (k + 0.5))]));
  const vectors = new Map<string, Vector>();
  const postings = new Map<string, string[]>();
  for (const [id, tf] of raw) {
    const weights = new Map<string, number>();
    let sq = 0;
    // A word no other item uses can never match: it is left out of the vector, so an item is not
    // penalised for its own brand name or local detail (cosine over the corpus's shared vocabulary).
    const ranked = [...tf]
      .filter(([t]) => (df.get(t) ?? 0) >= 2)
      .map(([t, w]) => [t, w * (idf.get(t) ?? 0)] as const)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, SIGNATURE_TERMS);
    for (const [t, v] of ranked) {
      weights.set(t, v);
      sq += v * v;
      const list = postings.get(t) ?? [];
      list.push(id);
      postings.set(t, list);
    }
    vectors.set(id, { weights, norm: Math.sqrt(sq) });
  }
  const display = new Map<string, string>();
  for (const [t, seen] of forms)
    display.set(t, [...seen].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'fi'))[0]?.[0] ?? t);
  return { docs: new Map(docs.map((d) => [d.id, d])), vectors, postings, display, idf, codeIdf };
}

export interface SharedTerm {
  term: string;
  word: string;
  /** This term's part of the text cosine (they add up to `textScore`). */
  contribution: number;
}

export interface SimilarMatch {
  id: string;
  score: number;
  textScore: number;
  sharedTerms: SharedTerm[];
  sharedTargetGroups: string[];
  sharedSectors: string[];
  sharedDomains: string[];
  sameMunicipality: boolean;
}

/**
 * Weighted Jaccard of two code sets: the shared codes' weight over the union's, each code weighted by
 * its idf — sharing "staff", which half the items name, says less than sharing "two-year-olds".
 */
function jaccard(
  a: string[],
  b: string[],
  idf: ReadonlyMap<string, number>,
  kind: string,
): { value: number; shared: string[] } {
  const sa = new Set(a);
  const sb = new Set(b);
  const shared = [...sa].filter((x) => sb.has(x)).sort();
  const w = (codes: Iterable<string>) => [...codes].reduce((s, c) => s + (idf.get(kind + c) ?? 0), 0);
  const union = w(new Set([...sa, ...sb]));
  return { value: union ? w(shared) / union : 0, shared };
}

export interface SimilarOptions {
  limit?: number;
  /** Include items of the same municipality (default: no — the question is who *else* does it). */
  includeSameMunicipality?: boolean;
  /** How many shared terms to explain each match with. */
  termsShown?: number;
}

/** The items most like `id`, best first; ties broken by id so the order is stable. */
export function similarTo(index: SimilarityIndex, id: string, options: SimilarOptions = {}): SimilarMatch[] {
  const doc = index.docs.get(id);
  const vector = index.vectors.get(id);
  if (!doc || !vector) return [];
  const limit = options.limit ?? 5;
  const shown = options.termsShown ?? 6;
  const dot = new Map<string, Map<string, number>>();
  for (const [t, w] of vector.weights)
    for (const other of index.postings.get(t) ?? []) {
      if (other === id) continue;
      const v = index.vectors.get(other)?.weights.get(t) ?? 0;
      const parts = dot.get(other) ?? new Map<string, number>();
      parts.set(t, w * v);
      dot.set(other, parts);
    }
  const candidates = [...dot.keys()];
  const mine = new Set(doc.municipalityCodes);
  const out: SimilarMatch[] = [];
  for (const otherId of candidates) {
    const other = index.docs.get(otherId);
    const ov = index.vectors.get(otherId);
    if (!other || !ov) continue;
    if (doc.related.includes(otherId) || other.related.includes(id)) continue;
    const same = other.municipalityCodes.some((c) => mine.has(c));
    if (same && !options.includeSameMunicipality) continue;
    const parts = dot.get(otherId) ?? new Map<string, number>();
    const denom = vector.norm * ov.norm || 1;
    const sharedTerms = [...parts]
      .map(([term, p]) => ({ term, word: index.display.get(term) ?? term, contribution: p / denom }))
      .sort((a, b) => b.contribution - a.contribution || a.term.localeCompare(b.term));
    const textScore = sharedTerms.reduce((s, t) => s + t.contribution, 0);
    const tg = jaccard(doc.targetGroups, other.targetGroups, index.codeIdf, 'TARGET_GROUP:');
    const se = jaccard(doc.sectors, other.sectors, index.codeIdf, 'SECTOR:');
    const dm = jaccard(doc.domains, other.domains, index.codeIdf, 'DOMAIN:');
    const score =
      textScore *
      (1 +
        CODE_BOOST.targetGroups * tg.value +
        CODE_BOOST.sectors * se.value +
        CODE_BOOST.domains * dm.value);
    if (score <= 0) continue;
    out.push({
      id: otherId,
      score,
      textScore,
      sharedTerms: sharedTerms.slice(0, shown),
      sharedTargetGroups: tg.shared,
      sharedSectors: se.shared,
      sharedDomains: dm.shared,
      sameMunicipality: same,
    });
  }
  return out.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id)).slice(0, limit);
}

/** Precision at k: the share of the first k results judged relevant (grade ≥ 1). */
export function precisionAt(ranked: string[], grades: ReadonlyMap<string, number>, k: number): number {
  const top = ranked.slice(0, k);
  return top.length ? top.filter((id) => (grades.get(id) ?? 0) >= 1).length / k : 0;
}

/** nDCG at k with graded relevance (gain 2^grade − 1, log2 discount); 1 = the ideal order. */
export function ndcgAt(ranked: string[], grades: ReadonlyMap<string, number>, k: number): number {
  const dcg = (gs: number[]) => gs.slice(0, k).reduce((s, g, i) => s + (2 ** g - 1) / Math.log2(i + 2), 0);
  const ideal = dcg([...grades.values()].sort((a, b) => b - a));
  return ideal ? dcg(ranked.map((id) => grades.get(id) ?? 0)) / ideal : 0;
}
