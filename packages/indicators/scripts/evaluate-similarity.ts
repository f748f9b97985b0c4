import { buildSimilarityIndex, ndcgAt, precisionAt, similarTo } from '../src/similarity';
import { JUDGMENTS, similarityCorpus } from './similarity-corpus';

/**
 * `pnpm --filter @vertailu/indicators evaluate-similarity`: precision@3 and nDCG@3 of the similar-items
 * ranking against hand-written judgments, the held-out queries first, and whether the obvious
 * neighbours rank first.
 */
export function evaluateSimilarity(corpusName: 'all' | 'seeds' = 'all') {
  const corpus = similarityCorpus();
  // "seeds": the data set as deployed (the database holds the curated records, not the test documents).
  const docs = corpusName === 'all' ? corpus.docs : corpus.docs.filter((d) => !d.id.startsWith('document:'));
  const ids = new Set(docs.map((d) => d.id));
  const started = performance.now();
  const index = buildSimilarityIndex(docs, corpus.placeNames);
  const built = performance.now() - started;
  const rows = JUDGMENTS.filter((j) => ids.has(j.query)).map((j) => {
    const ranked = similarTo(index, j.query, { limit: 10 }).map((m) => m.id);
    const grades = new Map(Object.entries(j.grades).filter(([id]) => ids.has(id)));
    const mustBeFirst = j.mustBeFirst?.filter((id) => ids.has(id));
    return {
      ...j,
      ranked,
      p3: precisionAt(ranked, grades, 3),
      // The best P@3 possible: a query with one similar item can reach 1/3 at most.
      p3Ideal: Math.min(3, [...grades.values()].filter((g) => g >= 1).length) / 3,
      ndcg3: ndcgAt(ranked, grades, 3),
      firstOk: mustBeFirst?.length ? mustBeFirst.includes(ranked[0] ?? '') : null,
    };
  });
  return { rows, built, docs: index.docs.size };
}

const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / (xs.length || 1);

if (import.meta.url === `file://${process.argv[1]}`)
  for (const corpus of ['all', 'seeds'] as const) report(corpus);

function report(corpus: 'all' | 'seeds') {
  const { rows, built, docs } = evaluateSimilarity(corpus);
  console.log(
    `\n=== ${corpus === 'all' ? 'Seeds and the ingester’s test documents' : 'Seeds only (the data set as deployed)'} ===`,
  );
  for (const [title, part] of [
    ['Held-out queries (not looked at while choosing weights)', rows.filter((r) => r.heldOut)],
    ['Tuning queries', rows.filter((r) => !r.heldOut)],
    ['All queries', rows],
  ] as const) {
    console.log(`\n${title}: ${part.length}`);
    console.log(
      `  precision@3 ${mean(part.map((r) => r.p3)).toFixed(3)} (best possible ${mean(part.map((r) => r.p3Ideal)).toFixed(3)})   nDCG@3 ${mean(part.map((r) => r.ndcg3)).toFixed(3)}`,
    );
  }
  console.log('\nPer query (top 3):');
  for (const r of rows)
    console.log(
      `  ${r.heldOut ? 'H' : 'T'} ${r.query.padEnd(46)} P@3 ${r.p3.toFixed(2)} nDCG@3 ${r.ndcg3.toFixed(2)}${r.firstOk === null ? '' : r.firstOk ? '  first: ok' : '  first: MISSED'}\n      ${r.ranked.slice(0, 3).join(', ')}`,
    );
  const must = rows.filter((r) => r.firstOk !== null);
  console.log(`\nObvious neighbours ranked first: ${must.filter((r) => r.firstOk).length}/${must.length}`);
  console.log(`Index of ${docs} items built in ${built.toFixed(1)} ms`);
}
