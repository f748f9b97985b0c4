import { describe, expect, it } from 'vitest';
import { evaluateSimilarity } from '../scripts/evaluate-similarity';
import {
  buildSimilarityIndex,
  CODE_BOOST,
  compoundParts,
  lexiconOf,
  ndcgAt,
  precisionAt,
  type SimilarityDoc,
  similarTo,
  stem,
  terms,
  words,
} from '../src';

const doc = (id: string, name: string, extra: Partial<SimilarityDoc> = {}): SimilarityDoc => ({
  id,
  municipalityCodes: [id],
  text: { name },
  targetGroups: [],
  sectors: [],
  domains: [],
  related: [],
  ...extra,
});

describe('Finnish terms', () => {
  it('drops function words and short words, stems with Snowball, folds the -s/-ks alternation', () => {
    expect(words('Hanke ja sen tavoitteet: lapsiperheiden tuki, ei muuta.')).toEqual([
      'hanke',
      'tavoitteet',
      'lapsiperheiden',
      'tuki',
      'muuta',
    ]);
    expect(stem('lapsiperheille')).toBe(stem('lapsiperheiden'));
    expect(stem('palveluohjauksen')).toBe(stem('palveluohjausta'));
    expect(stem('perhekeskuksen')).toBe(stem('perhekeskus'));
  });

  it('splits a compound after a word the corpus uses alone; an ending is never a word', () => {
    const lexicon = lexiconOf(['perhe saa apua', 'keskus palvelee', 'lapsi leikkii']);
    expect(compoundParts('perhekeskuksen', lexicon.words, lexicon.stems)).toEqual({
      head: 'perhe',
      tail: 'keskuksen',
    });
    expect(compoundParts('lapsiperheiden', lexicon.words, lexicon.stems)).toEqual({
      head: 'lapsi',
      tail: 'perheiden',
    });
    // "perhe" + "neuvolan": no text here uses "neuvola", so only the known first part is kept.
    expect(compoundParts('perheneuvolan', lexicon.words, lexicon.stems)).toEqual({
      head: 'perhe',
      tail: null,
    });
    expect(terms('perhekeskuksen', lexicon).map((t) => t.word)).toEqual([
      'perhekeskuksen',
      'perhe',
      'keskuksen',
    ]);
  });

  it('leaves place names out: they say where, not what', () => {
    const lexicon = lexiconOf([], ['Tornio', 'Järvenpää']);
    expect(terms('Tornion torniolaiset järvenpääläiset perheet', lexicon).map((t) => t.word)).toEqual([
      'perheet',
    ]);
  });
});

describe('similar items', () => {
  // Three one-word-per-term names: A = {neuvola, koulu}, B = {neuvola, koulu, nuoriso}, C = {nuoriso, liikunta}.
  const docs = [
    doc('A', 'neuvola koulu', { targetGroups: ['X'] }),
    doc('B', 'neuvola koulu nuoriso', { targetGroups: ['X'] }),
    doc('C', 'nuoriso liikunta', { targetGroups: ['Y'] }),
  ];
  const index = buildSimilarityIndex(docs);

  it('cosine of field-weighted tf × idf, raised by shared target groups — by hand', () => {
    // df 2 of 3 → idf ln(1 + 1.5/2.5); the field weight multiplies every term alike and cancels.
    // cos(A, B) = 2·i² / (√2·i · √3·i) = 2/√6; A and B share their only target group: × (1 + 0.25).
    const [b] = similarTo(index, 'A');
    expect(b?.id).toBe('B');
    expect(b?.textScore).toBeCloseTo(2 / Math.sqrt(6), 12);
    expect(b?.score).toBeCloseTo((2 / Math.sqrt(6)) * (1 + CODE_BOOST.targetGroups), 12);
    expect(b?.sharedTerms.map((t) => [t.word, Number(t.contribution.toFixed(6))])).toEqual([
      ['koulu', Number((1 / Math.sqrt(6)).toFixed(6))],
      ['neuvola', Number((1 / Math.sqrt(6)).toFixed(6))],
    ]);
    expect(b?.sharedTargetGroups).toEqual(['X']);
    // A and C share no word: not similar at all, whatever else they share.
    expect(similarTo(index, 'A').map((m) => m.id)).toEqual(['B']);
    // "liikunta" is in C alone: no other item can match it, so it is not in C's vector at all, and
    // cos(B, C) = i² / (√3·i · i) = 1/√3.
    const c = similarTo(index, 'B').find((m) => m.id === 'C');
    expect(c?.textScore).toBeCloseTo(1 / Math.sqrt(3), 12);
  });

  it('leaves out the same municipality (unless asked) and parts of the same work', () => {
    const same = buildSimilarityIndex([
      doc('A', 'neuvola koulu', { municipalityCodes: ['851'] }),
      doc('B', 'neuvola koulu', { municipalityCodes: ['851'] }),
      doc('C', 'neuvola koulu', { municipalityCodes: ['211'], related: ['A'] }),
      doc('D', 'liikunta'),
    ]);
    expect(similarTo(same, 'A')).toEqual([]);
    expect(
      similarTo(same, 'A', { includeSameMunicipality: true }).map((m) => [m.id, m.sameMunicipality]),
    ).toEqual([['B', true]]);
  });

  it('precision@k and nDCG@k by hand', () => {
    const grades = new Map([
      ['a', 2],
      ['b', 1],
    ]);
    expect(precisionAt(['x', 'a', 'b'], grades, 3)).toBeCloseTo(2 / 3, 12);
    // DCG = 3/log2(3) + 1/log2(4); ideal = 3/1 + 1/log2(3).
    expect(ndcgAt(['x', 'a', 'b'], grades, 3)).toBeCloseTo(
      (3 / Math.log2(3) + 1 / 2) / (3 + 1 / Math.log2(3)),
      12,
    );
    expect(ndcgAt(['a', 'b'], grades, 3)).toBe(1);
  });

  it('on the seeds and the ingester’s test documents the obvious neighbours rank first', () => {
    const { rows } = evaluateSimilarity();
    expect(rows.length).toBeGreaterThanOrEqual(15);
    const first = Object.fromEntries(rows.filter((r) => r.mustBeFirst).map((r) => [r.query, r.ranked[0]]));
    // The two early-support "puheeksiotto" models find each other first …
    expect(first['practice:perheesi-parhaaksi']).toBe('practice:puheeksiottava-kunta');
    expect(first['practice:puheeksiottava-kunta']).toBe('practice:perheesi-parhaaksi');
    // … and so do the family-centre coordination models.
    expect(['document:06', 'document:07']).toContain(first['document:01']);
    expect(['document:01', 'document:06']).toContain(first['document:07']);
    expect(rows.every((r) => r.firstOk !== false)).toBe(true);
  });
});
