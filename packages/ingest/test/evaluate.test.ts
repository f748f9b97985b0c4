import { loadDataset } from '@vertailu/data';
import { describe, expect, it } from 'vitest';
import { curatedFacts, evaluate, findQuantitativeOutcomes, findTerms } from '../src';

const dataset = loadDataset();

describe('ingester against the curated data set', () => {
  it('recovers the fields it reads so far from the five seeds (precision and recall ≥ 95 %)', () => {
    const { precision, recall, perSource } = evaluate(dataset);
    expect(perSource).toHaveLength(5);
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.95);
    expect(curatedFacts(dataset, 'akaa-onnistunut-tyo')).toEqual(
      new Set([
        'municipality:020',
        'period:2014-09-29/2016-05-31/DAY',
        'projectNumber:114463',
        'amount:TOTAL_COSTS:23056',
        'amount:GRANT:9956:TSR',
        'funder:TSR',
        'decisionDate:2014-10-29',
        'outcome:%:58',
      ]),
    );
  });

  it('reads percentages in prose but not baselines', () => {
    expect(
      findQuantitativeOutcomes('Kyselyn mukaan 58 prosenttia henkilöstöstä oli tyytyväisiä.').map(
        (o) => o.value.value,
      ),
    ).toEqual([58]);
    expect(findQuantitativeOutcomes('Kustannukset laskivat 12 % vuoden 2014 lähtötasosta.')).toEqual([]);
  });

  it('maps inflected service names to the sector vocabulary', () => {
    const codes = findTerms(
      'Malli otettiin käyttöön neuvolan ja varhaiskasvatuksen sekä suun terveydenhuollon yhteistyönä.',
      dataset.vocabulary.sectors,
    ).map((t) => t.value);
    expect(codes).toEqual(expect.arrayContaining(['CHILD_HEALTH_CLINIC', 'ECEC', 'ORAL_HEALTH_CARE']));
  });
});
