import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestDocument, labelled } from '../src';

const MUNICIPALITIES = [
  { code: '020', nameFi: 'Akaa' },
  { code: '186', nameFi: 'Järvenpää' },
  { code: '211', nameFi: 'Kangasala' },
  { code: '851', nameFi: 'Tornio' },
];
const seed = (file: string) => readFileSync(new URL(`../../data/sources/${file}`, import.meta.url), 'utf8');
const ingest = (file: string) => ingestDocument(seed(file), { municipalities: MUNICIPALITIES });
const roles = (file: string) => [
  ...new Set(ingest(file).amounts.map((a) => `${a.value.role}:${a.value.euros}:${a.value.funder ?? ''}`)),
];

describe('labelled fields in both layouts', () => {
  it('reads "Label: value" and a label on its own line followed by the value', () => {
    expect(labelled('Toteutusaika: 2015–2018\n', ['Toteutusaika'])?.value).toBe('2015–2018');
    const text = 'Luotu\n\n28.09.2023\n';
    const v = labelled(text, ['Luotu']);
    expect(v?.value).toBe('28.09.2023');
    expect(text.slice(v?.start, v?.end)).toBe('28.09.2023');
  });
});

describe('the seed documents', () => {
  it('municipal project page (inline labels): period, budget, own share and ESR grant', () => {
    const d = ingest('000_67efcc4de3135634.txt');
    expect(d).toMatchObject({ genre: 'MUNICIPAL_PROJECT_PAGE', layout: 'INLINE_LABEL', kind: 'PROJECT' });
    expect(d.municipality?.value).toBe('851');
    expect(d.period?.value).toEqual({ start: '2015-01-01', end: '2018-12-31', precision: 'YEAR' });
    expect(roles('000_67efcc4de3135634.txt')).toEqual([
      'TOTAL_BUDGET:414583:',
      'MUNICIPALITY_SHARE:220395:',
      'GRANT:115005:ESR',
    ]);
  });

  it('funder project page (label on its own line): number, dates, TSR decision and realised costs', () => {
    const d = ingest('001_b8a472de6a54da7f.txt');
    expect(d).toMatchObject({ genre: 'FUNDER_PROJECT_PAGE', layout: 'LABEL_ON_OWN_LINE' });
    expect(d.municipality?.value).toBe('020');
    expect(d.projectNumber?.value).toBe('114463');
    expect(d.period?.value).toEqual({ start: '2014-09-29', end: '2016-05-31', precision: 'DAY' });
    expect(d.decisionDate?.value).toBe('2014-10-29');
    expect(roles('001_b8a472de6a54da7f.txt')).toEqual(['GRANT:9956:TSR', 'TOTAL_COSTS:23056:']);
  });

  it('practice descriptions: phase, dates, funder and “no separate funding”', () => {
    expect(ingest('002_66b5b53211a056ca.txt')).toMatchObject({
      genre: 'PRACTICE_DESCRIPTION',
      kind: 'PRACTICE',
      phase: { value: 'COMPLETED' },
      noSeparateFunding: { value: true },
    });
    const j = ingest('003_d1cef003569bcc32.txt');
    expect(j).toMatchObject({
      layout: 'LABEL_ON_OWN_LINE',
      phase: { value: 'IN_DEVELOPMENT' },
      createdDate: { value: '2023-09-28' },
      modifiedDate: { value: '2023-10-10' },
    });
    expect(j.municipality?.value).toBe('186');
    expect(new Set(j.funders.map((f) => f.value))).toEqual(new Set(['STM']));
    expect(j.amounts).toEqual([]);
    expect(ingest('004_30b8deb3a6489ff1.txt')).toMatchObject({
      phase: { value: 'COMPLETED' },
      municipality: { value: '851' },
    });
  });
});
