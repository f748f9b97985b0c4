import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  type Cite,
  CODE_LABELS,
  CODE_ORDER,
  type Dataset,
  dataRoot,
  loadDataset,
  resolveCite,
  validateDataset,
} from '../src';

const dataset = loadDataset();
const project = (key: string) => dataset.projects.find((p) => p.key === key);
const practice = (key: string) => dataset.practices.find((p) => p.key === key);
const plain = (s: string) => s.replace(/\s/g, ' ');
/** The problems the validator finds in a changed copy of the data set. */
const broken = (change: (d: Dataset) => void): string[] => {
  const copy = structuredClone(dataset);
  change(copy);
  return validateDataset(copy);
};

describe('the curated data set', () => {
  it('validates with no problems', () => {
    expect(validateDataset(dataset)).toEqual([]);
  });

  it('holds the five documents byte for byte', () => {
    const documents = dataset.sources.filter((s) => s.genre !== 'CONTEXT_TABLE');
    expect(documents).toHaveLength(5);
    for (const s of documents) {
      const bytes = readFileSync(new URL(s.file, dataRoot.sources));
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(s.sha256);
      expect(Buffer.from(s.text, 'utf8').equals(bytes)).toBe(true);
    }
  });

  it('keeps Tornio’s whole budget, own share and ESR funding apart (414 583 / 220 395 / 115 005 €, 2015–2018)', () => {
    const p = project('perheille-parasta');
    expect(p?.period).toEqual({ start: '2015-01-01', end: '2018-12-31', precision: 'YEAR' });
    expect(p?.costs.map((c) => [c.kind, c.basis, c.amount, c.municipalityCode])).toEqual([
      ['TOTAL_BUDGET', 'ESTIMATE', 414583, null],
      ['MUNICIPALITY_SHARE', 'ESTIMATE', 220395, '851'],
    ]);
    expect(p?.fundings.map((f) => [f.funder, f.kind, f.amount, f.recipientMunicipalityCode])).toEqual([
      ['esr', 'EXTERNAL_GRANT', 115005, '851'],
    ]);
  });

  it('has Akaa’s project 114463: 29.9.2014–31.5.2016, TSR 9 956 € decided 29.10.2014, total costs 23 056 €', () => {
    const p = project('onnistunut-tyo');
    expect(p).toMatchObject({
      projectNumber: '114463',
      resultsDate: '2016-05-31',
      period: { start: '2014-09-29', end: '2016-05-31', precision: 'DAY' },
    });
    expect(p?.costs).toEqual([
      expect.objectContaining({ kind: 'TOTAL_COSTS', basis: 'REALISED', amount: 23056 }),
    ]);
    expect(p?.fundings).toEqual([
      expect.objectContaining({ funder: 'tsr', amount: 9956, decisionDate: '2014-10-29' }),
    ]);
    const staff = p?.outcomes.find((o) => o.value === 58);
    expect(staff).toMatchObject({
      domain: 'STAFF_WELLBEING',
      direction: 'IMPROVED',
      unit: '%',
      evidenceType: 'SURVEY',
      measuredAt: '2016-04-01',
      measuredPrecision: 'MONTH',
    });
    const worse = p?.outcomes.filter((o) => o.direction === 'WORSENED');
    expect(worse?.map((o) => o.domain)).toEqual(['LEADERSHIP']);
    expect(worse?.[0]?.cite[0]?.quote).toContain('koko organisaation johtaminen arvioidaan huonommaksi');
  });

  it('records Kangasala’s “no separate funding” and its pilot in two child-health-clinic areas', () => {
    const p = practice('perheesi-parhaaksi');
    expect(p?.fundings).toEqual([expect.objectContaining({ kind: 'NO_SEPARATE_FUNDING', amount: null })]);
    expect(p?.costs).toEqual([]);
    const pilot = p?.places.find((l) => l.role === 'PILOT');
    expect(dataset.places.find((pl) => pl.key === pilot?.place)).toMatchObject({
      kind: 'SERVICE_AREA',
      count: 2,
    });
    expect(dataset.projects.filter((x) => x.municipalities.some((m) => m.code === '211'))).toEqual([]);
  });

  it('has Järvenpää’s STM funding with an unknown amount, Keski-Uusimaa, 28.09.2023 / 10.10.2023, in development', () => {
    const p = practice('puheeksiottava-kunta');
    expect(p).toMatchObject({
      area: 'Keski-Uusimaa',
      funder: 'stm',
      createdDate: '2023-09-28',
      modifiedDate: '2023-10-10',
      phase: 'IN_DEVELOPMENT',
    });
    expect(project(p?.parentProject as string)?.fundings).toEqual([
      expect.objectContaining({ funder: 'stm', amount: null }),
    ]);
  });

  it('has Tornio’s 2-year visit: 17.10.2019, completed, part of the ESR project, cited from both documents', () => {
    const p = practice('kaksivuotistapaaminen');
    expect(p).toMatchObject({
      publishedDate: '2019-10-17',
      phase: 'COMPLETED',
      parentProject: 'perheille-parasta',
      permanentUse: true,
    });
    expect(new Set(p?.cite.map((c) => c.source))).toEqual(
      new Set(['tornio-2-vuotistapaaminen', 'tornio-perheille-parasta']),
    );
  });

  it('cites every amount and measured value with a passage that states it', () => {
    const records = [...dataset.projects, ...dataset.practices];
    for (const r of records) {
      for (const figure of [...r.costs, ...r.fundings]) {
        if (figure.amount === null) continue;
        const written = plain(figure.amount.toLocaleString('fi-FI'));
        const cites = [
          ...figure.cite,
          ...Object.values(('fieldCites' in figure && figure.fieldCites) || {}).flat(),
        ];
        expect(
          cites.some((c) => plain(c.quote).includes(written)),
          `${figure.key} ${written}`,
        ).toBe(true);
      }
      for (const o of r.outcomes.filter((o) => o.value !== null)) {
        expect(
          o.cite.some((c) => c.quote.includes(String(o.value))),
          o.key,
        ).toBe(true);
      }
    }
  });

  it('stores long texts verbatim from the documents', () => {
    const texts = dataset.sources.map((s) => s.text).join('\n');
    for (const r of [...dataset.projects, ...dataset.practices]) {
      const fields =
        'aims' in r
          ? [r.aims, ...r.focusAreas]
          : [r.shortDescription, r.needsAndGoals, r.solution, r.results];
      for (const text of fields)
        if (text) expect(texts.includes(text), `${r.key}: ${text.slice(0, 40)}`).toBe(true);
    }
  });

  it('keeps Finnish letters intact', () => {
    expect(dataset.municipalities.find((m) => m.code === '186')).toMatchObject({
      nameFi: 'Järvenpää',
      nameSv: 'Träskända',
    });
    expect(dataset.people.find((p) => p.key === 'maija-makinen')?.name).toBe('Maija Mäkinen');
  });

  it('has the outcome domains comparisons rely on', () => {
    const codes = dataset.vocabulary.outcomeDomains.map((t) => t.code);
    for (const code of [
      'STAFF_WELLBEING',
      'LEADERSHIP',
      'FAMILY_WELLBEING',
      'CORRECTIVE_SERVICES_COST',
      'COOPERATION',
      'TIMELINESS',
      'CLIENT_PARTICIPATION',
      'SERVICE_REACH',
    ])
      expect(codes).toContain(code);
  });

  it('has Tornio’s five development lines as practices of the project', () => {
    const lines = dataset.practices.filter((p) => p.parentProject === 'perheille-parasta');
    expect(lines.map((p) => p.key).sort()).toEqual([
      'kaksivuotistapaaminen',
      'koulunuorisotyo',
      'lapsiperhetyon-koordinaatio',
      'monialainen-asiantuntijatiimi',
      'verkostotyo',
    ]);
    expect(lines.every((p) => p.isDevelopmentLine)).toBe(true);
    expect(lines.filter((p) => p.key !== 'kaksivuotistapaaminen').map((p) => [p.phase, p.phaseAsOf])).toEqual(
      Array(4).fill(['PILOT', null]),
    );
  });

  it('reads the context tables with string codes and a citable passage per row', () => {
    const akaa = dataset.municipalities.find((m) => m.code === '020');
    expect(akaa).toMatchObject({ nameFi: 'Akaa', nameSv: 'Ackas', regionCode: '06', regionFi: 'Pirkanmaa' });
    expect(akaa?.cite).toEqual([
      {
        source: 'context-register',
        quote: '{"name_sv":"Ackas","name_fi":"Akaa","id":"020","population":16391,"hva_id":"PI"}',
      },
      { source: 'context-regions', quote: `"'020'";"Akaa";"'06'";"Pirkanmaa";;;` },
    ]);
    const row = dataset.population.find((p) => p.municipalityCode === '186' && p.year === 2023);
    expect(row?.population).toBe(46490);
    const { start, end } = resolveCite(dataset, row?.cite[0] as Cite);
    const text = dataset.sources.find((s) => s.key === 'context-population')?.text ?? '';
    expect(text.slice(start, end)).toMatch(/^186,2023,46490,year end,/);
  });

  it('holds the national register: 309 municipalities, 21 counties, Helsinki and Åland as their own organisers', () => {
    expect(dataset.municipalities).toHaveLength(309);
    expect(new Set(dataset.municipalities.map((m) => m.code)).size).toBe(309);
    const kinds = dataset.serviceOrganisers.map((o) => o.kind);
    expect(kinds.filter((k) => k === 'WELLBEING_SERVICES_COUNTY')).toHaveLength(21);
    expect(dataset.serviceOrganisers.filter((o) => o.kind !== 'WELLBEING_SERVICES_COUNTY')).toEqual([
      expect.objectContaining({ code: 'HELSINKI', kind: 'CITY_OF_HELSINKI', nameFi: 'Helsingin kaupunki' }),
      expect.objectContaining({ code: 'AHVENANMAA', kind: 'ALAND', nameSv: 'Landskapet Åland' }),
    ]);
    const helsinki = dataset.municipalities.find((m) => m.code === '091');
    expect(helsinki).toMatchObject({
      organiserCode: 'HELSINKI',
      wellbeingServicesCountyFi: null,
      regionFi: 'Uusimaa',
    });
    const aland = dataset.municipalities.filter((m) => m.organiserCode === 'AHVENANMAA');
    expect(aland).toHaveLength(16);
    expect(aland.every((m) => m.regionCode === '21' && m.regionFi === 'Ahvenanmaa')).toBe(true);
    expect(dataset.municipalities.find((m) => m.code === '851')).toMatchObject({
      nameSv: 'Torneå',
      organiserCode: 'LA',
      wellbeingServicesCountyFi: 'Lapin hyvinvointialue',
      regionFi: 'Lappi',
    });
    expect(new Set(dataset.municipalities.map((m) => m.regionCode)).size).toBe(19);
  });

  it('has a 2020 population for every municipality, Finland 5 533 793 in all, agreeing with population.csv', () => {
    const y2020 = dataset.population.filter((p) => p.year === 2020);
    expect(y2020).toHaveLength(309);
    expect(y2020.reduce((sum, p) => sum + p.population, 0)).toBe(5533793);
    const akaa = y2020.find((p) => p.municipalityCode === '020');
    expect(akaa?.population).toBe(16391);
    expect(akaa?.cite.map((c) => c.source)).toEqual(['context-register', 'context-population']);
    expect(dataset.population.find((p) => p.municipalityCode === '851' && p.year === 2017)?.population).toBe(
      21928,
    );
  });

  it('resolves a citation to offsets in the document', () => {
    const cite = { source: 'akaa-onnistunut-tyo', quote: '9 956 euroa' };
    const { start, end } = resolveCite(dataset, cite);
    const text = dataset.sources.find((s) => s.key === cite.source)?.text ?? '';
    expect(text.slice(start, end)).toBe('9 956 euroa');
  });
});

describe('validation', () => {
  it('reports a quote that is not in its document', () => {
    const problems = broken((d) => {
      const cost = d.projects[0]?.costs[0];
      if (cost) cost.cite = [{ source: 'tornio-perheille-parasta', quote: '999 999 euroa' }];
    });
    expect(problems.some((p) => p.includes('quote not found'))).toBe(true);
  });

  it('reports a quote that occurs more than once without saying which occurrence', () => {
    const problems = broken((d) => {
      const p = d.projects.find((x) => x.key === 'onnistunut-tyo');
      if (p) p.cite = [{ source: 'akaa-onnistunut-tyo', quote: '31.5.2016' }];
    });
    expect(problems.some((p) => p.includes('occurs more than once'))).toBe(true);
    const fixed = broken((d) => {
      const p = d.projects.find((x) => x.key === 'onnistunut-tyo');
      if (p) p.cite = [{ source: 'akaa-onnistunut-tyo', quote: '31.5.2016', occurrence: 3 }];
    });
    expect(fixed).toEqual([]);
  });

  it('reports broken references, bad dates, negative amounts and unknown codes', () => {
    const problems = broken((d) => {
      const p = d.practices[0];
      if (!p) return;
      p.parentProject = 'no-such-project';
      p.createdDate = '2023-02-30';
      p.sectors.push({ code: 'NOT_A_SECTOR', cite: p.cite });
      const f = d.projects[0]?.fundings[0];
      if (f) f.amount = -1;
    });
    expect(problems.join('\n')).toMatch(/unknown parent project/);
    expect(problems.join('\n')).toMatch(/not an ISO date/);
    expect(problems.join('\n')).toMatch(/unknown sector NOT_A_SECTOR/);
    expect(problems.join('\n')).toMatch(/must be ≥ 0/);
  });
});

describe('the code vocabulary and the data policies', () => {
  it('names every code of every list in Finnish and English, and nothing else', () => {
    for (const [list, codes] of Object.entries(CODE_ORDER)) {
      const labels = CODE_LABELS[list as keyof typeof CODE_LABELS] as Record<
        string,
        { nameFi: string; nameEn: string }
      >;
      expect(Object.keys(labels).sort(), list).toEqual([...codes].sort());
      for (const l of Object.values(labels)) expect(l.nameFi && l.nameEn, list).toBeTruthy();
    }
    expect(CODE_LABELS.FundingKind.NO_SEPARATE_FUNDING.nameFi).toBe('ei erillisrahoitusta');
  });

  it('keeps the press release’s date apart from a measurement date (Akaa’s corrective services)', () => {
    const o = project('onnistunut-tyo')?.outcomes.find((x) => x.key === 'onnistunut-tyo-corrective-costs');
    expect(o).toMatchObject({ measuredAt: null, measuredPrecision: null, reportedAt: '2016-05-31' });
  });

  it('keeps Kangasala’s student welfare an aim, and gives every outcome a Finnish summary', () => {
    expect(practice('perheesi-parhaaksi')?.sectors.find((s) => s.code === 'STUDENT_WELFARE')?.aim).toBe(true);
    const outcomes = [...dataset.projects, ...dataset.practices].flatMap((r) => r.outcomes);
    expect(outcomes).toHaveLength(28);
    expect(outcomes.filter((o) => !o.summaryFi)).toEqual([]);
  });

  it('refuses a person’s name or e-mail in a public record’s citation or text', () => {
    const problems = broken((d) => {
      const org = d.organisations.find((o) => o.key === 'pystymetsa');
      if (org)
        org.cite = [
          { source: 'akaa-onnistunut-tyo', quote: 'Pystymetsä Oy:n erityisasiantuntija HT Sirkka Rousu' },
        ];
      const p = d.practices[0];
      if (p) p.solution = 'Ask elina.anttila@akaa.fi';
    });
    expect(problems.join('\n')).toMatch(
      /organisation pystymetsa\.cite\[0\]: names a person \(“Sirkka Rousu”\)/,
    );
    expect(problems.join('\n')).toMatch(/solution: names a person \(“Anttila”\)/);
  });

  it('requires a Finnish summary of an outcome', () => {
    const problems = broken((d) => {
      const o = d.projects[0]?.outcomes[0];
      if (o) o.summaryFi = '';
    });
    expect(problems.join('\n')).toMatch(/needs summaryFi/);
  });
});
