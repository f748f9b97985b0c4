import { describe, expect, it } from 'vitest';
import { TEXTS } from '../src/i18n';
import { catalogueModel } from '../src/view/catalogue';
import { costEffectivenessModel } from '../src/view/costEffectiveness';
import { costsModel } from '../src/view/costs';
import { formatPeriod, pageDates } from '../src/view/dates';
import { costLine, fundingLines, itemCostLines } from '../src/view/detail';
import { effectivenessModel, measuredModel } from '../src/view/effectiveness';
import { frameSvg, xmlEscape } from '../src/view/export';
import { basisOf, costFigure, figure, figureLine, worded, yearsLabel } from '../src/view/figures';
import { outcomeText } from '../src/view/outcomes';
import { overviewModel } from '../src/view/overview';
import { profileCosts } from '../src/view/profile';
import {
  countText,
  listedMunicipalities,
  pageOf,
  rankContexts,
  rankLine,
  serverPage,
  shownMunicipalities,
  sortByValue,
} from '../src/view/scale';
import { timelineModel } from '../src/view/timeline';

/** The shapes the API serves for the four seed municipalities (compareMunicipalities, all years, NONE). */
const fi = TEXTS.fi;
const en = TEXTS.en;
const M = [
  { code: '020', nameFi: 'Akaa' },
  { code: '186', nameFi: 'Järvenpää' },
  { code: '211', nameFi: 'Kangasala' },
  { code: '851', nameFi: 'Tornio' },
];
const cost = (label: string, value: number | null) => ({
  label,
  value,
  unit: 'EUR',
  recordId: 'Q29zdEl0ZW06MQ',
});
const row = (code: string, value: number | null, extra: Record<string, unknown> = {}) => ({
  municipality: { code },
  value,
  unit: 'EUR',
  missingReason: value == null ? 'NOT_REPORTED' : null,
  note: null,
  years: [] as number[],
  explanation: { formula: 'f', inputs: [] as ReturnType<typeof cost>[] },
  ...extra,
});
const AKAA_COST = cost('Onnistunut työ tekee hyvää: total costs (realised)', 23056);
const TORNIO_COST = cost(
  'Perheille parasta – työniloa työntekijöille: municipality’s share (estimate)',
  220395,
);
const comparisons = [
  {
    indicator: { code: 'OWN_PROJECT_COST' },
    rows: [
      row('020', 23056, { years: [2014, 2015, 2016], explanation: { formula: 'sum', inputs: [AKAA_COST] } }),
      row('186', null),
      row('211', null, { years: [2015] }),
      row('851', 220395, {
        years: [2015, 2016, 2017, 2018],
        explanation: { formula: 'sum', inputs: [TORNIO_COST] },
      }),
    ],
  },
  {
    indicator: { code: 'NET_OWN_CONTRIBUTION' },
    rows: [
      row('020', 13100, {
        years: [2014, 2015, 2016],
        explanation: { formula: 'sum', inputs: [AKAA_COST, cost('grant from TSR', 9956)] },
      }),
      row('186', null),
      row('211', null),
      row('851', 105390, {
        years: [2015, 2016, 2017, 2018],
        explanation: { formula: 'sum', inputs: [TORNIO_COST, cost('grant from ESR', 115005)] },
      }),
    ],
  },
  {
    indicator: { code: 'EXTERNAL_FUNDING' },
    rows: [
      row('020', 9956, { years: [2014, 2015, 2016] }),
      row('186', null, { missingReason: 'AMOUNT_UNKNOWN' }),
      row('211', 0, { years: [2015] }),
      row('851', 115005, { years: [2015, 2016, 2017, 2018] }),
    ],
  },
  {
    indicator: { code: 'EXTERNAL_FUNDING_EU' },
    rows: [row('020', null), row('186', null), row('211', null), row('851', 115005)],
  },
  {
    indicator: { code: 'EXTERNAL_FUNDING_STATE_FUND' },
    rows: [row('020', 9956), row('186', null), row('211', null), row('851', null)],
  },
  {
    indicator: { code: 'EXTERNAL_FUNDING_MINISTRY' },
    rows: [
      row('020', null),
      row('186', null, {
        missingReason: 'AMOUNT_UNKNOWN',
        explanation: { formula: 'f', inputs: [cost('grant from STM', null)] },
      }),
      row('211', null),
      row('851', null),
    ],
  },
  {
    indicator: { code: 'OUTCOMES_IMPROVED' },
    rows: [row('020', 8), row('186', 0), row('211', 4), row('851', 2)].map((r) => ({ ...r, unit: 'COUNT' })),
  },
  {
    indicator: { code: 'OUTCOMES_WORSENED' },
    rows: [row('020', 1), row('186', 0), row('211', 0), row('851', 0)].map((r) => ({ ...r, unit: 'COUNT' })),
  },
  {
    indicator: { code: 'STRONGEST_EVIDENCE' },
    rows: [row('020', 4), row('186', 0), row('211', 1), row('851', 1)].map((r) => ({ ...r, unit: 'SCORE' })),
  },
  {
    indicator: { code: 'PROJECT_COUNT' },
    rows: [row('020', 1), row('186', 1), row('211', 0), row('851', 1)].map((r) => ({ ...r, unit: 'COUNT' })),
  },
];
const nb = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

/** costRoles as the API serves it for the seed (exact sums, basis = weakest input, years of the items). */
const fig = (amount: number | null, extra: Record<string, unknown> = {}) => ({
  amount,
  basis: null as string | null,
  fromYear: null as number | null,
  toYear: null as number | null,
  knownZero: false,
  missingReason: amount == null ? 'NOT_REPORTED' : null,
  note: null,
  formula: null as string | null,
  inputs: [] as ReturnType<typeof cost>[],
  ...extra,
});
const Y = (fromYear: number, toYear: number | null) => ({ fromYear, toYear });
const ROLES = [
  {
    municipality: { code: '020' },
    gross: fig(23056, { basis: 'REALISED', ...Y(2014, 2016), inputs: [AKAA_COST] }),
    externalFunding: fig(9956, Y(2014, 2016)),
    netOwnCost: fig(13100, {
      basis: 'REALISED',
      ...Y(2014, 2016),
      formula: 'gross cost − external funding = 23,056 € − 9,956 € = 13,100 €',
      inputs: [AKAA_COST, cost('grant from TSR', 9956)],
    }),
  },
  {
    municipality: { code: '186' },
    gross: fig(null),
    externalFunding: fig(null, { missingReason: 'AMOUNT_UNKNOWN' }),
    netOwnCost: fig(null),
  },
  {
    municipality: { code: '211' },
    gross: fig(null, Y(2015, null)),
    externalFunding: fig(0, { knownZero: true, ...Y(2015, null) }),
    netOwnCost: fig(null, Y(2015, null)),
  },
  {
    municipality: { code: '851' },
    gross: fig(220395, { basis: 'ESTIMATE', ...Y(2015, 2018) }),
    externalFunding: fig(115005, { basis: 'ESTIMATE', ...Y(2015, 2018) }),
    netOwnCost: fig(105390, { basis: 'ESTIMATE', ...Y(2015, 2018) }),
  },
];

describe('figures', () => {
  it('names a run of years and gaps', () => {
    expect(yearsLabel([2016, 2014, 2015])).toBe('2014–2016');
    expect(yearsLabel([2014, 2016])).toBe('2014, 2016');
    expect(yearsLabel([])).toBeNull();
  });

  it('marks estimate and realised from the cost inputs, and both when they mix', () => {
    expect(basisOf(comparisons[0]?.rows[3])).toBe('ESTIMATE');
    expect(basisOf(comparisons[0]?.rows[0])).toBe('REALISED');
    expect(basisOf({ ...row('x', 1), explanation: { formula: '', inputs: [AKAA_COST, TORNIO_COST] } })).toBe(
      'MIXED',
    );
    expect(basisOf({ ...row('x', 1), basis: 'ESTIMATE' })).toBe('ESTIMATE');
  });

  it('writes a figure with its basis and years, and unknown as "no data" with the reason', () => {
    const akaa = figure(comparisons[1]?.rows[0], fi, 'fi', { qualified: true });
    expect(nb(figureLine(akaa))).toBe('13 100 € (toteutunut 2014–2016)');
    const tornio = figure(comparisons[0]?.rows[3], en, 'en', { qualified: true });
    expect(figureLine(tornio)).toBe('€220,395 (estimate 2015–2018)'.replace('€220,395', tornio.text));
    expect(tornio.qualifier).toBe('estimate 2015–2018');
    expect(figure(comparisons[2]?.rows[1], fi, 'fi').text).toBe('ei tietoa (summa ei tiedossa)');
    expect(figure({ ...row('x', null), missingReason: 'NOT_APPLICABLE' }, fi, 'fi').text).toBe('ei sovellu');
  });

  it('tells the API’s formulas and notes in the reader’s language, English only where no Finnish exists', () => {
    expect(worded('Sum of costs', 'kustannukset, summa', 'fi')).toEqual({
      text: 'kustannukset, summa',
      lang: 'fi',
    });
    expect(worded('Sum of costs', 'kustannukset, summa', 'en')).toEqual({ text: 'Sum of costs', lang: 'en' });
    expect(worded('Sum of costs', null, 'fi')).toEqual({ text: 'Sum of costs', lang: 'en' });
    const noted = { ...row('x', null), note: 'Unknown for 2020', noteFi: 'Tuntematon vuodelta 2020' };
    expect(figure(noted, fi, 'fi').note).toBe('Tuntematon vuodelta 2020');
    expect(figure(noted, en, 'en').note).toBe('Unknown for 2020');
    const net = costFigure(
      {
        amount: 13100,
        basis: 'REALISED',
        fromYear: 2014,
        toYear: 2016,
        knownZero: false,
        missingReason: null,
        formula: 'gross cost − external funding = 23,056 € − 9,956 € = 13,100 €',
        formulaFi: 'bruttokustannus − ulkopuolinen rahoitus = 23 056 € − 9 956 € = 13 100 €',
        note: 'External funding is the granted amount.',
        noteFi: 'Ulkopuolinen rahoitus on myönnetty summa.',
        inputs: [
          {
            label: 'A: total costs (realised)',
            labelFi: 'A: kokonaiskustannukset (toteutunut)',
            value: 23056,
            unit: 'EUR',
            recordId: 'Q29zdEl0ZW06MQ',
          },
        ],
      },
      fi,
      'fi',
    );
    expect(net.explanation?.formulaFi).toBe(
      'bruttokustannus − ulkopuolinen rahoitus = 23 056 € − 9 956 € = 13 100 €',
    );
    expect(net.note).toBe('Ulkopuolinen rahoitus on myönnetty summa.');
  });
});

describe('overview', () => {
  it('gives every card gross, external and net cost, each qualified', () => {
    const cards = overviewModel(M, comparisons, ROLES, fi, 'fi');
    const akaa = cards.find((c) => c.code === '020');
    const line = (key: string) => akaa?.lines.find((l) => l.key === key);
    expect(line('OWN_PROJECT_COST')?.label).toBe('Kustannukset (brutto)');
    expect(nb(figureLine(line('OWN_PROJECT_COST')?.figure as never))).toBe('23 056 € (toteutunut 2014–2016)');
    expect(nb(figureLine(line('NET_OWN_CONTRIBUTION')?.figure as never))).toBe(
      '13 100 € (toteutunut 2014–2016)',
    );
    expect(line('STRONGEST_EVIDENCE')?.figure.text).toBe('4 vertailuryhmä');
    const tornio = cards.find((c) => c.code === '851');
    expect(tornio?.lines.find((l) => l.key === 'OWN_PROJECT_COST')?.figure.qualifier).toBe('arvio 2015–2018');
  });
});

describe('costs', () => {
  it('draws only series with bars, legend top of the stack first, and names who has no bar', () => {
    const model = costsModel(M, comparisons, ROLES, true, fi, 'fi');
    expect(model.series.map((s) => s.key)).toEqual([
      'NET_OWN_CONTRIBUTION',
      'EXTERNAL_FUNDING_EU',
      'EXTERNAL_FUNDING_STATE_FUND',
    ]);
    expect(model.legend.map((l) => l.label)).toEqual([
      'Työsuojelurahasto',
      'EU (ESR)',
      'Kunnan nettokustannus',
    ]);
    expect(model.missing).toEqual({
      Järvenpää: 'ei tietoa',
      Kangasala: 'ei tietoa',
    });
    const tornioStack = model.stackRows.find((r) => r.code === '851');
    expect(tornioStack?.cells.find((c) => c.key === 'EXTERNAL_FUNDING_MINISTRY')?.figure.text).toBe(
      'ei tällaista rahoitusta lähteissä',
    );
    const jarvenpaa = model.stackRows.find((r) => r.code === '186');
    expect(jarvenpaa?.cells.find((c) => c.key === 'EXTERNAL_FUNDING_MINISTRY')?.figure.text).toBe(
      'ei tietoa (summa ei tiedossa)',
    );
  });

  it('writes a CSV with Finnish headers, the exact values, basis and years, and reasons in words', () => {
    const { csv } = costsModel(M, comparisons, ROLES, true, fi, 'fi');
    expect(csv.header.slice(0, 5)).toEqual([
      'Kunta',
      'Kustannukset (brutto) (€)',
      'Kustannukset (brutto): arvio vai toteutunut',
      'Kustannukset (brutto): vuodet',
      'Kustannukset (brutto): puuttumisen syy',
    ]);
    expect(csv.rows[0]?.slice(0, 9)).toEqual([
      'Akaa',
      23056,
      'toteutunut',
      '2014–2016',
      null,
      9956,
      null,
      '2014–2016',
      null,
    ]);
    expect(csv.rows[0]?.slice(9, 12)).toEqual([13100, 'toteutunut', '2014–2016']);
    expect(csv.rows[3]?.slice(1, 4)).toEqual([220395, 'arvio', '2015–2018']);
    expect(csv.rows[1]?.slice(1, 5)).toEqual([null, null, null, 'ei tietoa (ei raportoitu)']);
    expect(JSON.stringify(csv)).not.toMatch(/NOT_REPORTED|AMOUNT_UNKNOWN|TOTAL_BUDGET/);
  });
});

describe('cost-effectiveness', () => {
  it('gives results per 10 000 € of net own cost only where both are known, with the evidence beside it', () => {
    const model = costEffectivenessModel(M, comparisons, ROLES, fi, 'fi');
    const akaa = model.rows.find((r) => r.code === '020');
    expect(akaa?.perTenK).toBeCloseTo((8 / 13100) * 10000, 10);
    expect(akaa?.perTenKText).toBe('6,11 · näytön taso 4 vertailuryhmä');
    expect(model.rows.find((r) => r.code === '186')?.perTenK).toBeNull();
    expect(model.points.map((p) => p.name)).toEqual(['Akaa', 'Tornio']);
    expect(model.notPlotted.map((n) => n.name)).toEqual(['Järvenpää', 'Kangasala']);
    expect(model.notPlotted[0]?.why).toBe('kunnan nettokustannus ei tietoa (ei raportoitu)');
  });

  it('sorts by a column either way, unknown values last both ways', () => {
    const up = costEffectivenessModel(M, comparisons, ROLES, fi, 'fi', { key: 'net', descending: false });
    expect(up.rows.map((r) => r.name)).toEqual(['Akaa', 'Tornio', 'Järvenpää', 'Kangasala']);
    const down = costEffectivenessModel(M, comparisons, ROLES, fi, 'fi', { key: 'net', descending: true });
    expect(down.rows.map((r) => r.name)).toEqual(['Tornio', 'Akaa', 'Järvenpää', 'Kangasala']);
    const per = costEffectivenessModel(M, comparisons, ROLES, en, 'en', { key: 'perTenK', descending: true });
    expect(per.rows[0]?.name).toBe('Akaa');
    expect(per.csv.header).toContain('Improved outcomes per 10 000 € of net own cost');
  });
});

describe('effectiveness', () => {
  const outcome = (id: string, value: number | null, direction = 'IMPROVED') => ({
    id,
    summaryEn: `English ${id}`,
    value,
    unit: value == null ? null : '%',
    direction,
    evidenceLevel: 2,
    citations: [{ quote: `Suomeksi ${id}` }],
  });
  const cells = [
    {
      municipality: { code: '020', nameFi: 'Akaa' },
      domain: { code: 'LEADERSHIP', nameFi: 'johtaminen', nameEn: 'leadership' },
      direction: 'MIXED',
      evidenceLevel: 4,
      count: 3,
      improvedCount: 2,
      worsenedCount: 1,
      missingReason: null,
      outcomes: [outcome('a', 58), outcome('b', 40), outcome('c', null, 'WORSENED')],
    },
  ];
  it('shows counts by direction and the named evidence level; an empty cell is empty, not zero', () => {
    const model = effectivenessModel(
      {
        totalCount: 2,
        offset: 0,
        domains: [cells[0]?.domain as (typeof cells)[number]['domain']],
        rows: [
          { municipality: M[0] as (typeof M)[number], cells },
          { municipality: M[1] as (typeof M)[number], cells: [] },
        ],
      },
      fi,
      'fi',
    );
    expect(model.domains).toEqual([{ code: 'LEADERSHIP', name: 'johtaminen' }]);
    const cell = model.rows[0]?.cells[0];
    expect(cell?.counts).toBe('▲ 2 ▼ 1');
    expect(cell?.countsText).toBe('2 parantunut, 1 heikentynyt');
    expect(cell?.evidence).toBe('4 vertailuryhmä');
    expect(model.rows[1]?.cells[0]).toMatchObject({ empty: true, counts: '' });
    expect(effectivenessModel(null, fi, 'fi')).toEqual({ domains: [], rows: [] });
  });

  it('charts only measured results (percentages) of the asked set; bars in one cell get distinct labels', () => {
    const bars = measuredModel(cells, 'fi');
    expect(bars.map((m) => m.label)).toEqual(['Akaa: johtaminen (1/2)', 'Akaa: johtaminen (2/2)']);
    expect(bars.map((m) => m.value)).toEqual([58, 40]);
    expect(bars[0]?.text).toBe('Suomeksi a');
  });

  it('tells outcomes in Finnish in the Finnish UI (the source passage), English in English', () => {
    expect(outcomeText(outcome('x', null), 'fi')).toEqual({ text: 'Suomeksi x', lang: 'fi', verbatim: true });
    expect(outcomeText({ ...outcome('x', null), summaryFi: 'Tiivistelmä' }, 'fi').text).toBe('Tiivistelmä');
    expect(outcomeText(outcome('x', null), 'en').text).toBe('English x');
  });
});

describe('dates', () => {
  it('shows a period at its precision and page dates as page dates', () => {
    expect(formatPeriod({ start: '2015-01-01', end: '2018-12-31', precision: 'YEAR' }, 'fi')).toBe(
      '2015–2018',
    );
    expect(formatPeriod({ start: '2015-01-01', end: null, precision: 'YEAR' }, 'fi')).toBe('2015–');
    expect(formatPeriod({ start: '2014-09-29', end: '2016-05-31', precision: 'DAY' }, 'fi')).toBe(
      '29.9.2014 – 31.5.2016',
    );
    expect(formatPeriod(null, 'fi')).toBeNull();
    expect(pageDates({ createdDate: '2023-09-28', modifiedDate: '2023-10-10' }, fi, 'fi')).toEqual([
      'kuvaus luotu 28.9.2023',
      'kuvaus muokattu 10.10.2023',
    ]);
    expect(pageDates({ publishedDate: '2019-10-17' }, en, 'en')).toEqual(['page date 17/10/2019']);
  });

  it('catalogue: Perheille parasta runs 2015–2018; a practice without a period says so and names its page date', () => {
    // In the API's one order across both kinds (here by date: the practice's page is the newer).
    const rows = catalogueModel(
      [
        {
          __typename: 'Practice',
          id: 'q2',
          name: 'Puheeksiottava kunta - hyvinvoivat perheet',
          phase: 'IN_DEVELOPMENT',
          period: null,
          createdDate: '2023-09-28',
          modifiedDate: '2023-10-10',
          publishedDate: null,
          municipality: { nameFi: 'Järvenpää' },
        },
        {
          __typename: 'Project',
          id: 'p3',
          name: 'Perheille parasta – työniloa työntekijöille',
          status: 'COMPLETED',
          period: { start: '2015-01-01', end: '2018-12-31', precision: 'YEAR' },
          municipalities: [{ municipality: { nameFi: 'Tornio' } }],
        },
      ],
      fi,
      'fi',
    );
    expect(rows.map((r) => [r.name.slice(0, 10), r.period, r.pageDate])).toEqual([
      ['Puheeksiot', 'ei tietoa', 'kuvaus luotu 28.9.2023, kuvaus muokattu 10.10.2023'],
      ['Perheille ', '2015–2018', '–'],
    ]);
  });

  it('timeline: the axis comes from the data and an open period is an open bar to this year', () => {
    const project = (id: string, start: string, end: string | null) => ({
      __typename: 'Project' as const,
      id,
      name: id,
      status: null,
      period: { start, end, precision: 'DAY' as const },
      municipalities: [{ municipality: { nameFi: 'Tornio' } }],
    });
    const { years, items } = timelineModel(
      [project('old', '2006-03-01', '2009-12-31'), project('open', '2020-01-01', null)],
      new Date('2026-11-30'),
      fi,
      'fi',
    );
    expect(years[0]).toBe(2006);
    expect(years.at(-1)).toBe(2026);
    expect(items.map((i) => [i.id, i.open])).toEqual([
      ['old', false],
      ['open', true],
    ]);
    expect(items[0]?.left).toBeCloseTo((2 / 12 / 21) * 100, 5);
  });

  it('timeline: a practice without a period sits at its page date as a dot, and says so', () => {
    const { items } = timelineModel(
      [
        {
          __typename: 'Practice',
          id: 'q4',
          name: '2-vuotistapaaminen',
          phase: 'COMPLETED',
          phaseAsOf: '2019-10-17',
          period: null,
          publishedDate: '2019-10-17',
          municipality: { nameFi: 'Tornio' },
        },
      ],
      new Date('2026-11-30'),
      fi,
      'fi',
    );
    expect(items[0]?.mark).toBe('page-date');
    expect(items[0]?.text).toBe(
      'toteutusaika: ei tietoa · sivun päiväys 17.10.2019 · valmis (vaihe todettu 17.10.2019)',
    );
  });
});

describe('item page', () => {
  const costs = [
    { kind: 'TOTAL_BUDGET', basis: 'ESTIMATE', amount: 414583, municipality: null },
    { kind: 'MUNICIPALITY_SHARE', basis: 'ESTIMATE', amount: 220395, municipality: { nameFi: 'Tornio' } },
  ];
  it('names cost lines by what they cover, never by their code', () => {
    expect(
      nb(`${costLine(costs[0] as never, fi, 'fi').label}: ${costLine(costs[0] as never, fi, 'fi').amount}`),
    ).toBe('Koko hankkeen budjetti (arvio): 414 583 €');
    expect(costLine(costs[1] as never, en, 'en').label).toBe(
      'Municipality’s share of the budget, Tornio (estimate)',
    );
  });

  it('shows what the record cost the city, and for a consortium the whole and the others’ part', () => {
    const [tornio] = itemCostLines(
      [
        {
          ...(ROLES[3] as (typeof ROLES)[number]),
          municipality: { code: '851', nameFi: 'Tornio' },
          wholeBudget: fig(414583, { basis: 'ESTIMATE', ...Y(2015, 2018) }),
          restOfWhole: fig(194188, { basis: 'ESTIMATE', ...Y(2015, 2018), formula: 'whole − share' }),
        },
      ],
      fi,
      'fi',
    );
    expect(tornio?.lines.map((l) => `${l.label}: ${nb(figureLine(l.figure))}`)).toEqual([
      'Kustannukset (brutto): 220 395 € (arvio 2015–2018)',
      'Ulkopuolinen rahoitus: 115 005 € (arvio 2015–2018)',
      'Kunnan nettokustannus: 105 390 € (arvio 2015–2018)',
      'Koko hankkeen budjetti: 414 583 € (arvio 2015–2018)',
      'Muiden osapuolten osuus (johdettu: koko budjetti − kunnan osuus): 194 188 € (arvio 2015–2018)',
    ]);
    const kangasala = costFigure(ROLES[2]?.externalFunding, fi, 'fi');
    expect(nb(figureLine(kangasala))).toBe('0 € (ei erillisrahoitusta 2015–)');
  });

  it('states "no separate funding" as a statement, not the city as its own funder at 0 €', () => {
    const lines = fundingLines(
      [{ kind: 'NO_SEPARATE_FUNDING', amount: null, funder: { nameFi: 'Kangasalan kaupunki' } }],
      fi,
      'fi',
    );
    expect(lines.external).toEqual([]);
    expect(lines.statement).toBe('ei erillisrahoitusta (ulkopuolinen rahoitus 0 €, lähteen mukaan)');
    const unknown = fundingLines(
      [{ kind: 'EXTERNAL_GRANT', amount: null, funder: { nameFi: 'STM' } }],
      fi,
      'fi',
    );
    expect(unknown.external[0]?.amount).toBe('ei tietoa (summa ei tiedossa)');
  });
});

describe('profile', () => {
  it('lists gross, external, net first and leaves out funder kinds with no funding line', () => {
    const costs = comparisons
      .filter((c) => c.indicator.code.startsWith('EXTERNAL') || c.indicator.code.includes('OWN'))
      .map((c) => ({
        indicator: {
          code: c.indicator.code,
          nameFi: c.indicator.code,
          nameEn: c.indicator.code,
          definition: 'd',
        },
        rows: c.rows.filter((r) => r.municipality.code === '851'),
      }));
    const lines = profileCosts(costs, ROLES[3], fi, 'fi');
    expect(lines.map((l) => l.code)).toEqual([
      'OWN_PROJECT_COST',
      'EXTERNAL_FUNDING',
      'NET_OWN_CONTRIBUTION',
      'EXTERNAL_FUNDING_EU',
    ]);
    expect(lines[2]?.label).toBe('Kunnan nettokustannus');
    const share = profileCosts(
      [
        {
          indicator: {
            code: 'EXTERNAL_FUNDING_SHARE',
            nameFi: 'Osuus',
            nameEn: 'Share',
            definition: 'EXTERNAL_FUNDING ÷ OWN_PROJECT_COST × 100',
          },
          rows: [],
        },
        {
          indicator: {
            code: 'EXTERNAL_FUNDING',
            nameFi: 'Ulkopuolinen rahoitus',
            nameEn: 'External funding',
            definition: '',
          },
          rows: [],
        },
        {
          indicator: { code: 'OWN_PROJECT_COST', nameFi: 'Oma osuus', nameEn: 'Own share', definition: '' },
          rows: [],
        },
      ],
      ROLES[3],
      fi,
      'fi',
    );
    expect(share.find((l) => l.code === 'EXTERNAL_FUNDING_SHARE')?.definition).toBe(
      'Ulkopuolinen rahoitus ÷ Oma osuus × 100',
    );
  });
});

describe('exported images', () => {
  it('frames the chart with title, legend, source, date and terms, all XML-escaped', () => {
    const chart =
      '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="300"><text>220\u00a0395 €</text></svg>';
    const framed = frameSvg(chart, 600, 300, {
      title: 'Kustannukset & rahoitus <2015–2018>',
      legend: [{ label: 'EU (ESR)', color: '#E69F00' }],
      footer: ['Lähde: Vertailu', 'Haettu 30.11.2026', 'Käyttöehdot: lähteiden'],
    });
    expect(framed.svg).toContain('Kustannukset &amp; rahoitus &lt;2015–2018&gt;');
    expect(framed.svg).toContain('EU (ESR)');
    expect(framed.svg).toContain('Haettu 30.11.2026');
    expect(framed.svg).not.toContain('&nbsp;');
    expect(framed.svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="632"/);
    expect(framed.height).toBeGreaterThan(300 + 80);
    expect(xmlEscape(`"a'`)).toBe('&quot;a&apos;');
  });
});

describe('national scale', () => {
  const entry = (
    code: string,
    nameFi: string,
    county: string | null,
    work: boolean,
    organiser = county ?? 'HEL',
  ) => ({
    code,
    nameFi,
    nameSv: nameFi,
    wellbeingServicesCounty: county,
    hasDevelopmentWork: work,
    serviceOrganiser: { code: organiser },
  });
  const REGISTER = [
    entry('851', 'Tornio', 'Lapin hyvinvointialue', true),
    entry('020', 'Akaa', 'Pirkanmaan hyvinvointialue', true),
    entry('211', 'Kangasala', 'Pirkanmaan hyvinvointialue', true),
    entry('091', 'Helsinki', null, false),
    entry('837', 'Tampere', 'Pirkanmaan hyvinvointialue', false),
  ];

  it('shows the chosen municipalities in the order chosen, else those with work by name; both narrowed to the county', () => {
    expect(shownMunicipalities(REGISTER, [], null).map((m) => m.nameFi)).toEqual([
      'Akaa',
      'Kangasala',
      'Tornio',
    ]);
    expect(shownMunicipalities(REGISTER, ['837', '091', '851'], null).map((m) => m.code)).toEqual([
      '837',
      '091',
      '851',
    ]);
    expect(
      shownMunicipalities(REGISTER, ['837', '091', '851'], 'Pirkanmaan hyvinvointialue').map((m) => m.code),
    ).toEqual(['837']);
    expect(shownMunicipalities(REGISTER, [], 'Pirkanmaan hyvinvointialue').map((m) => m.code)).toEqual([
      '020',
      '211',
    ]);
  });

  it('pages a long list with a visible count, clamped to the last page', () => {
    const codes = Array.from({ length: 309 }, (_, i) => String(i).padStart(3, '0'));
    const first = pageOf(codes, 0, 25);
    expect([first.from, first.to, first.total, first.pages]).toEqual([1, 25, 309, 13]);
    expect(countText(first)).toBe('1–25 / 309');
    const last = pageOf(codes, 99, 25);
    expect([last.page, last.from, last.to]).toEqual([12, 301, 309]);
    expect(countText(pageOf([], 0, 25))).toBe('0 / 0');
  });

  it('a page of a list the server pages: its count from the total, past the end "0 / N"', () => {
    const p = serverPage(50, 50, 25004, 50);
    expect([p.page, p.pages]).toEqual([1, 501]);
    expect(countText(p)).toBe('51–100 / 25004');
    expect(countText(serverPage(25050, 0, 25004, 50))).toBe('0 / 25004');
  });

  it('lists of records follow the compared set within the county, as every page does', () => {
    const lapland = REGISTER.filter((m) => m.wellbeingServicesCounty === 'Lapin hyvinvointialue');
    expect(lapland.map((m) => m.code)).toContain('851');
    // Nothing chosen, no county: every record (no filter).
    expect(listedMunicipalities(REGISTER, [], null)).toBeNull();
    // A county alone: its municipalities.
    expect(listedMunicipalities(REGISTER, [], 'Lapin hyvinvointialue')).toEqual(lapland.map((m) => m.code));
    // A chosen set: exactly it, in the order chosen.
    expect(listedMunicipalities(REGISTER, ['020', '851'], null)).toEqual(['020', '851']);
    // A chosen set narrowed by the county: the chosen ones in it.
    expect(listedMunicipalities(REGISTER, ['020', '851'], 'Lapin hyvinvointialue')).toEqual(['851']);
    // None of the set in the county: an empty list, so nothing is listed (not everything).
    expect(listedMunicipalities(REGISTER, ['020'], 'Lapin hyvinvointialue')).toEqual([]);
  });

  it('ranks among all with the county median beside; no value, no rank — never a zero', () => {
    const rows = [
      { municipality: { code: '851' }, value: 100, rank: 2 },
      { municipality: { code: '020' }, value: 300, rank: 1 },
      { municipality: { code: '211' }, value: 50, rank: 3 },
      { municipality: { code: '837' }, value: null, rank: null },
      { municipality: { code: '091' }, value: null, rank: null },
    ];
    const c = rankContexts(rows, REGISTER);
    expect(c.get('211')).toMatchObject({ rank: 3, ranked: 3, countyMedian: 175, countyKnown: 2 });
    const words = { rank: 'sija', countyMedian: 'alueen mediaani' };
    expect(rankLine(c.get('020'), (v) => `${v} €`, words)).toBe('sija 1 / 3 · alueen mediaani 175 €');
    expect(rankLine(c.get('837'), String, words)).toBeNull();
    expect(rankLine(c.get('091'), String, words)).toBeNull();
  });

  it('sorts by a value with unknown values last either way', () => {
    const values: Record<string, number | null> = { a: 1, b: null, c: 3, d: 2 };
    expect(
      sortByValue(
        ['a', 'b', 'c', 'd'],
        (k) => values[k],
        (k) => k,
      ),
    ).toEqual(['c', 'd', 'a', 'b']);
    expect(
      sortByValue(
        ['a', 'b', 'c', 'd'],
        (k) => values[k],
        (k) => k,
        true,
      ),
    ).toEqual(['a', 'd', 'c', 'b']);
  });

  it('overview: a municipality without development work says so; figures carry their rank among all', () => {
    const cards = overviewModel(
      [
        { code: '091', nameFi: 'Helsinki', hasDevelopmentWork: false },
        { ...M[0], hasDevelopmentWork: true } as never,
      ],
      comparisons,
      ROLES,
      fi,
      'fi',
      {
        rankLine: (i, code) => (code === '020' && i === 'NET_OWN_CONTRIBUTION' ? 'sija 2 / 4' : null),
        population: (code) =>
          code === '091' ? figure({ value: 656920, unit: 'COUNT', missingReason: null }, fi, 'fi') : null,
      },
    );
    expect(cards[0]?.noWork).toBe(true);
    expect(cards[0]?.lines[0]).toMatchObject({ key: 'POPULATION', figure: { text: '656\u00a0920' } });
    expect(cards[1]?.noWork).toBe(false);
    expect(cards[1]?.lines.find((l) => l.key === 'NET_OWN_CONTRIBUTION')?.figure.rank).toBe('sija 2 / 4');
  });
});
