import { loadDataset } from '@vertailu/data';
import { describe, expect, it } from 'vitest';
import {
  contextOf,
  curatedFacts,
  evaluateDocuments,
  evaluateSeeds,
  findPartners,
  findQuantitativeOutcomes,
  findTerms,
  ingestDocument,
} from '../src';
import { OTHER_MUNICIPALITIES, ownDocuments } from './documents';

const dataset = loadDataset();

describe('ingester against the curated data set', () => {
  it('recovers ≥ 95 % of the curated fields of the five seeds with ≥ 95 % precision', () => {
    const { precision, recall, documents, fields } = evaluateSeeds(dataset);
    expect(documents).toHaveLength(5);
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.95);
    // Every kind of field is scored, not only the easy ones.
    expect(fields.map((f) => f.field)).toEqual(
      expect.arrayContaining(['name', 'sector', 'targetGroup', 'partner', 'outcome', 'amount', 'period']),
    );
    expect(curatedFacts(dataset, 'akaa-onnistunut-tyo')).toEqual(
      new Set([
        'type:FUNDER_PROJECT_PAGE',
        'kind:PROJECT',
        'name:onnistunut työ tekee hyvää: akaan kaupungin lasten ja perheiden palvelujen henkilöstön työhyvinvoinnin kehittämishanke',
        'municipality:020',
        'period:2014-09-29/2016-05-31/DAY',
        'projectNumber:114463',
        'amount:TOTAL_COSTS:23056',
        'amount:GRANT:9956:TSR',
        'funder:TSR',
        'decisionDate:2014-10-29',
        'sector:CHILD_WELFARE',
        'sector:FAMILY_WORK',
        'sector:SOCIAL_WORK',
        'targetGroup:STAFF',
        'targetGroup:MANAGEMENT',
        'targetGroup:FAMILIES_WITH_CHILDREN',
        'targetGroup:CHILDREN_AND_YOUNG_PEOPLE',
        'partner:pystymetsä oy:EXPERT',
        'partner:mustijoen perusturva:REFERENCE_MODEL',
        'outcome:%:58',
        'outcome:count:10',
      ]),
    );
  });

  it('generalises: documents written for the test, in all three genres, score ≥ 95 % too', () => {
    const context = contextOf(dataset);
    const own = ownDocuments();
    expect(own.length).toBeGreaterThanOrEqual(6);
    const ev = evaluateDocuments(own, {
      ...context,
      municipalities: [...context.municipalities, ...OTHER_MUNICIPALITIES],
    });
    expect(new Set(own.map((d) => ingestDocument(d.text, context).genre))).toEqual(
      new Set(['MUNICIPAL_PROJECT_PAGE', 'FUNDER_PROJECT_PAGE', 'PRACTICE_DESCRIPTION']),
    );
    expect(ev.precision).toBeGreaterThanOrEqual(0.95);
    expect(ev.recall).toBeGreaterThanOrEqual(0.95);
  });

  it('reads partners in base form with their role', () => {
    const partners = (text: string) => findPartners(text).map((p) => `${p.value.name}:${p.value.role}`);
    expect(partners('Kaupunki kehittää palveluja Itä-Suomen yliopiston kanssa.')).toEqual([
      'Itä-Suomen yliopisto:DEVELOPMENT_PARTNER',
    ]);
    expect(partners('Arvioinnista vastaa asiantuntijana Sosped-säätiö.')).toEqual(['Sosped-säätiö:EXPERT']);
    expect(partners('Mallina käytettiin Oulunkaaren kuntayhtymän Perhepesä-mallia.')).toEqual([
      'Oulunkaaren kuntayhtymä:REFERENCE_MODEL',
    ]);
    expect(partners('Työpajat ostettiin Koulutus Kumpula Oy:ltä.')).toEqual([
      'Koulutus Kumpula Oy:COOPERATION_PARTNER',
    ]);
  });

  it('reads percentages in prose but not baselines', () => {
    expect(
      findQuantitativeOutcomes('Kyselyn mukaan 58 prosenttia henkilöstöstä oli tyytyväisiä.').map(
        (o) => o.value.value,
      ),
    ).toEqual([58]);
    const values = (text: string) => findQuantitativeOutcomes(text).map((o) => o.value.value);
    // A change measured against the baseline is a result; the baseline figure itself is not.
    expect(values('Kustannukset laskivat 12 % vuoden 2014 lähtötasosta.')).toEqual([12]);
    expect(values('Lähtötasona vuonna 2014 oli 45 %, ja vuonna 2016 osuus oli 58 %.')).toEqual([58]);
    expect(values('Valtakunnallisessa vertailuaineistossa osuus on 40 %.')).toEqual([]);
    expect(values('Työpajoja oli 10 ja hanke alkoi vuonna 2015.')).toEqual([10]);
    expect(values('Hanke kesti vuodet 2015–2018.')).toEqual([]);
  });

  it('maps inflected service names to the sector vocabulary', () => {
    const codes = findTerms(
      'Malli otettiin käyttöön neuvolan ja varhaiskasvatuksen sekä suun terveydenhuollon yhteistyönä.',
      dataset.vocabulary.sectors,
    ).map((t) => t.value);
    expect(codes).toEqual(expect.arrayContaining(['CHILD_HEALTH_CLINIC', 'ECEC', 'ORAL_HEALTH_CARE']));
  });
});
