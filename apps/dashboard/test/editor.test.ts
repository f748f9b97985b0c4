import { describe, expect, it } from 'vitest';
import { auditDiff } from '../src/editor/audit';
import {
  citationProblemAt,
  explainProblem,
  fieldLabelOf,
  formFieldOf,
  kindOf,
  problemOf,
} from '../src/editor/errors';
import {
  attributesText,
  confidenceBand,
  confidenceText,
  findPassage,
  parseAttributes,
  runsOf,
  trimmedSpan,
  valueFromPassage,
} from '../src/editor/highlight';
import {
  changedInput,
  citationRowsOf,
  citationsInput,
  codeOptions,
  parseDate,
  parseNumber,
  showDate,
  toggleCode,
  valuesOf,
} from '../src/editor/record-form';
import { editorTexts } from '../src/i18n-editor';

const TEXT = 'Perhekeskus verkossa\n\nKustannusarvio: 86 500 €\nRahoitus: OKM 60 000 €, loput omaa.';

describe('document highlights', () => {
  it('cuts the text at every span; overlapping passages keep both fields; the text is unchanged', () => {
    const amount = TEXT.indexOf('86 500 €');
    const line = TEXT.indexOf('Kustannusarvio');
    const runs = runsOf(TEXT, [
      { key: 'name', start: 0, end: 20 },
      { key: 'line', start: line, end: amount + 8 },
      { key: 'amount.0', start: amount, end: amount + 8 },
      { key: 'edited', start: null, end: null },
      { key: 'outside', start: 5, end: 10_000 },
    ]);
    expect(runs.map((r) => r.text).join('')).toBe(TEXT);
    expect(runs.map((r) => [r.text, r.keys])).toEqual([
      ['Perhekeskus verkossa', ['name']],
      ['\n\n', []],
      ['Kustannusarvio: ', ['line']],
      ['86 500 €', ['line', 'amount.0']],
      ['\nRahoitus: OKM 60 000 €, loput omaa.', []],
    ]);
    expect(runs[3]).toMatchObject({ start: amount, end: amount + 8 });
  });

  it('keeps Finnish text byte for byte and plain text as one run without fields', () => {
    expect(runsOf('Äänekoski – 1 240 perhettä', [])).toEqual([
      { start: 0, end: 26, text: 'Äänekoski – 1 240 perhettä', keys: [] },
    ]);
    expect(runsOf('', [])).toEqual([]);
  });

  it('trims a selection to its words and refuses white space only', () => {
    const at = TEXT.indexOf('86 500');
    expect(trimmedSpan(TEXT, at - 1, at + 9)).toEqual({ start: at, end: at + 8, passage: '86 500 €' });
    expect(trimmedSpan(TEXT, at + 8, at - 1)).toEqual({ start: at, end: at + 8, passage: '86 500 €' });
    expect(trimmedSpan(TEXT, 20, 22)).toBeNull();
  });

  it('finds a typed passage nearest to where the field was read, across line breaks', () => {
    const text = 'Rahoitus 60 000 €.\nMyöhemmin 60 000 € lisää.';
    expect(findPassage(text, '60 000 €', 30)).toEqual({ start: 29, end: 37, passage: '60 000 €' });
    expect(findPassage(text, '60 000 €', 0)?.start).toBe(9);
    expect(findPassage(text, '€. Myöhemmin', 0)).toEqual({ start: 16, end: 28, passage: '€.\nMyöhemmin' });
    expect(findPassage(text, '70 000 €')).toBeNull();
    expect(findPassage(text, '  ')).toBeNull();
    // Regular-expression characters in a passage are words, not patterns.
    expect(findPassage('a (b) c', '(b)')).toEqual({ start: 2, end: 5, passage: '(b)' });
  });

  it('gives a selected passage as the value for names and amounts, not for dates or codes', () => {
    expect(valueFromPassage('NAME', ' Perhekeskus\nverkossa ')).toBe('Perhekeskus verkossa');
    expect(valueFromPassage('AMOUNT', 'Kustannusarvio: 86 500 €')).toBe('86500');
    expect(valueFromPassage('AMOUNT', '12 500,50 euroa')).toBe('12500.50');
    expect(valueFromPassage('AMOUNT', 'ei summaa')).toBeNull();
    expect(valueFromPassage('PERIOD', '1.8.2021 – 31.12.2022')).toBeNull();
  });

  it('writes and reads attributes one name=value a line, naming a line that is not one', () => {
    const attributes = [
      { name: 'unit', value: 'count' },
      { name: 'comparison', value: 'vuosi = 2022' },
    ];
    expect(attributesText(attributes)).toBe('unit=count\ncomparison=vuosi = 2022');
    expect(parseAttributes('unit=count\n\n comparison = vuosi = 2022 ')).toEqual({ attributes });
    expect(parseAttributes('unit=count\ndomain')).toEqual({ badLine: 2 });
    expect(parseAttributes('=x')).toEqual({ badLine: 1 });
  });

  it('says confidence in bands and per cent in each language', () => {
    expect([0.95, 0.9, 0.75, 0.5].map(confidenceBand)).toEqual(['high', 'high', 'medium', 'low']);
    expect(confidenceText(0.95, 'fi')).toBe('95 %');
    expect(confidenceText(0.6, 'en')).toBe('60%');
  });
});

describe('API problems at the field', () => {
  it('names the form field of a BAD_USER_INPUT and strips the path from the message', () => {
    const p = problemOf([
      {
        message: 'input.name: must not be empty.',
        extensions: { code: 'BAD_USER_INPUT', field: 'input.name' },
      },
    ]);
    expect(p).toEqual({ code: 'BAD_USER_INPUT', message: 'must not be empty.', field: 'input.name' });
    expect(formFieldOf(p)).toBe('name');
    expect(p && kindOf(p)).toBe('field');
    expect(formFieldOf({ code: 'BAD_USER_INPUT', message: '', field: 'input.period.start' })).toBe('period');
    expect(formFieldOf({ code: 'BAD_USER_INPUT', message: '', field: 'input.set[2].start' })).toBe('set[2]');
    expect(formFieldOf({ code: 'CONFLICT', message: '', field: null })).toBeNull();
  });

  it('tells a conflict, a missing right and a bad key apart', () => {
    const kind = (code: string) =>
      kindOf(problemOf([{ message: 'x', extensions: { code } }]) ?? { code: '', message: '', field: null });
    expect(kind('CONFLICT')).toBe('conflict');
    expect(kind('FORBIDDEN')).toBe('forbidden');
    expect(kind('UNAUTHENTICATED')).toBe('signedOut');
    expect(kind('BAD_USER_INPUT')).toBe('other');
    expect(problemOf([])).toBeNull();
  });
});

describe("API problems in the page's language", () => {
  const bad = (field: string, message: string) => ({ code: 'BAD_USER_INPUT', field, message });
  const { fi, en } = editorTexts;

  it("says the API's checks in Finnish (and English) by the code and the check, never the English words", () => {
    expect(explainProblem(bad('input.name', 'must not be empty.'), fi.problems)).toEqual({
      text: 'Ei voi olla tyhjä.',
      original: null,
    });
    expect(explainProblem(bad('input.name', 'must not be empty.'), en.problems).text).toBe(
      'Must not be empty.',
    );
    expect(explainProblem(bad('input.aims', 'must be at most 20000 characters.'), fi.problems).text).toBe(
      'Enintään 20\u00a0000 merkkiä.',
    );
    expect(
      explainProblem(bad('input.period', 'ends (2024-01-01) before it starts (2025-01-01).'), fi.problems)
        .text,
    ).toBe('Päättyy ennen kuin alkaa.');
    expect(
      explainProblem(
        bad('input.period.start', '"2024-02-30" is not a date of the form YYYY-MM-DD.'),
        fi.problems,
      ).text,
    ).toMatch(/^Päivämäärä/);
    expect(
      explainProblem(bad('input.amount', 'must have at most two decimals (cents).'), fi.problems).text,
    ).toBe('Enintään kaksi desimaalia (sentit).');
    expect(
      explainProblem(bad('input.citations[0].quote', 'does not occur in the source.'), fi.problems).text,
    ).toBe('Lainausta ei ole lähteen tekstissä sanasta sanaan.');
    expect(
      explainProblem(
        bad('input.name', 'contains an invisible or text-direction control character (U+202E), which …'),
        fi.problems,
      ).text,
    ).toContain('U+202E');
    expect(
      explainProblem({ code: 'CONFLICT', field: null, message: 'The record was changed…' }, fi.problems).text,
    ).toBe('Joku muu muutti tätä sillä välin.');
    expect(
      explainProblem({ code: 'RATE_LIMITED', field: null, message: 'Too many' }, fi.problems).text,
    ).toMatch(/^Liian monta/);
    // A check not in the table: general Finnish words, the API's own kept apart.
    expect(explainProblem(bad('input.x', 'is odd in a new way.'), fi.problems)).toEqual({
      text: 'Arvo ei kelpaa.',
      original: 'is odd in a new way.',
    });
  });

  it('names the field of a message not shown at the field, and the citation row an error is about', () => {
    expect(fieldLabelOf('input.citations[1].quote', fi.labels, fi.citation)).toBe('Lähdeviite 2: Lainaus');
    expect(fieldLabelOf('input.period.start', fi.labels, fi.citation)).toBe('Alkaa');
    expect(fieldLabelOf('input.municipalityCode', en.labels, en.citation)).toBe('Municipality');
    // A path the texts do not name is shown as it is rather than hidden.
    expect(fieldLabelOf('input.focusAreas[2]', en.labels, en.citation)).toBe('focusAreas[2]');
    expect(citationProblemAt(bad('input.citations[3].quote', 'x'))).toEqual({ row: 3, part: 'quote' });
    expect(citationProblemAt(bad('input.name', 'x'))).toBeNull();
    expect(formFieldOf(bad('input.period.start', 'x'))).toBe('period');
  });

  it('has the same texts in both languages', () => {
    expect(Object.keys(fi.problems).sort()).toEqual(Object.keys(en.problems).sort());
    expect(Object.keys(fi.labels).sort()).toEqual(Object.keys(en.labels).sort());
  });
});

describe('record forms', () => {
  const project = { name: 'Perhekeskus verkossa', nameEn: null, projectNumber: 'S20479', aims: 'Tavoite' };

  it('sends only what changed; emptied optional fields become null (unknown), a required one stays for the API', () => {
    const before = valuesOf('Project', project);
    expect(before).toMatchObject({
      name: 'Perhekeskus verkossa',
      nameEn: '',
      projectNumber: 'S20479',
      aims: 'Tavoite',
      'period.start': '',
      status: '',
      sectors: '',
    });
    expect(
      changedInput('Project', before, { ...before, projectNumber: '', name: 'Perhekeskus verkossa 2' }),
    ).toEqual({
      input: { name: 'Perhekeskus verkossa 2', projectNumber: null },
    });
    expect(changedInput('Project', before, { ...before, name: '' })).toEqual({ input: { name: '' } });
    expect(changedInput('Project', before, before)).toEqual({ input: {} });
  });

  it('reads euro amounts as typed in Finnish; an unknown amount stays null, never 0', () => {
    expect(parseNumber('12 500,50')).toBe(12500.5);
    expect(parseNumber('1\u00a0000 €')).toBe(1000);
    expect(parseNumber('')).toBeNull();
    expect(parseNumber('paljon')).toBeNaN();
    const before = valuesOf('FundingLine', {
      fundingKind: 'STATE_GRANT',
      amount: 60000,
      fundingBasis: null,
      note: null,
    });
    expect(before).toEqual({
      kind: 'STATE_GRANT',
      amount: '60000',
      basis: '',
      decisionDate: '',
      recipientCode: '',
      note: '',
    });
    // A cost's municipality by its code; emptied, the cost is the whole project's (null).
    const cost = valuesOf('CostItem', {
      costKind: 'MUNICIPALITY_SHARE',
      costBasis: 'ESTIMATE',
      amount: 1,
      costMunicipality: { code: '851' },
    });
    expect(cost.municipalityCode).toBe('851');
    expect(changedInput('CostItem', cost, { ...cost, municipalityCode: '' })).toEqual({
      input: { municipalityCode: null },
    });
    expect(changedInput('FundingLine', before, { ...before, amount: '' })).toEqual({
      input: { amount: null },
    });
    expect(changedInput('FundingLine', before, { ...before, amount: '61 000' })).toEqual({
      input: { amount: 61000 },
    });
    expect(changedInput('FundingLine', before, { ...before, amount: 'kuusikymmentä' })).toEqual({
      unreadable: { field: 'amount', reason: 'number' },
    });
  });

  it('dates as typed in Finnish or ISO; a period sent whole when a part changed, all emptied → null', () => {
    expect(parseDate('1.9.2015')).toBe('2015-09-01');
    expect(parseDate('2015-9-1')).toBe('2015-09-01');
    expect(parseDate(' ')).toBeNull();
    expect(parseDate('syyskuu 2015')).toBeUndefined();
    expect(showDate('2015-09-01', 'fi')).toBe('1.9.2015');
    expect(showDate('2015-09-01', 'en')).toBe('2015-09-01');
    const record = {
      name: 'H',
      period: { start: '2015-09-01', end: '2018-12-31', precision: 'DAY' },
      statusAsOf: null,
    };
    const fi = valuesOf('Project', record, 'fi');
    expect(fi).toMatchObject({
      'period.start': '1.9.2015',
      'period.end': '31.12.2018',
      'period.precision': 'DAY',
    });
    expect(changedInput('Project', fi, { ...fi, 'period.end': '30.6.2019' })).toEqual({
      input: { period: { start: '2015-09-01', end: '2019-06-30', precision: 'DAY' } },
    });
    expect(changedInput('Project', fi, { ...fi, 'period.start': '', 'period.end': '' })).toEqual({
      input: { period: null },
    });
    expect(changedInput('Project', fi, { ...fi, 'period.start': 'alkuvuosi' })).toEqual({
      unreadable: { field: 'period.start', reason: 'date' },
    });
    expect(changedInput('Project', fi, { ...fi, statusAsOf: '5.3.2024' })).toEqual({
      input: { statusAsOf: '2024-03-05' },
    });
    // An open period keeps its known start.
    const open = valuesOf(
      'Project',
      { name: 'H', period: { start: '2020-01-01', end: null, precision: 'YEAR' } },
      'en',
    );
    expect(changedInput('Project', open, { ...open, 'period.precision': 'MONTH' })).toEqual({
      input: { period: { start: '2020-01-01', end: null, precision: 'MONTH' } },
    });
  });

  it('codes as selects labelled from the one vocabulary, in each language; vocabularies as code lists', () => {
    const fi = codeOptions('OutcomeDirection', 'fi');
    const en = codeOptions('OutcomeDirection', 'en');
    expect(fi.map((o) => o.value)).toEqual(en.map((o) => o.value));
    expect(fi.every((o) => o.label !== o.value)).toBe(true);
    expect(fi.map((o) => o.label)).not.toEqual(en.map((o) => o.label));
    // The evidence scale in its documented order, weakest first.
    expect(codeOptions('EvidenceType', 'en')[0]?.value).toBe('NOT_YET_MEASURED');
    const outcome = {
      summaryEn: 'Fewer placements',
      outcomeKind: 'RESULT',
      domain: { code: 'CHILD_WELFARE' },
      direction: 'IMPROVED',
      evidenceType: 'STATISTICS',
      value: 12.5,
      baselineYear: 2019,
    };
    const before = valuesOf('Outcome', outcome);
    expect(before).toMatchObject({
      kind: 'RESULT',
      domain: 'CHILD_WELFARE',
      value: '12.5',
      baselineYear: '2019',
    });
    expect(
      changedInput('Outcome', before, {
        ...before,
        direction: 'WORSENED',
        baselineYear: '2018',
        measuredPrecision: 'YEAR',
      }),
    ).toEqual({ input: { direction: 'WORSENED', baselineYear: 2018, measuredPrecision: 'YEAR' } });
    expect(changedInput('Outcome', before, { ...before, baselineYear: '2018,5' })).toEqual({
      unreadable: { field: 'baselineYear', reason: 'year' },
    });
    const practice = valuesOf('Practice', {
      name: 'M',
      permanentUse: null,
      sectors: [{ code: 'B' }, { code: 'A' }],
    });
    expect(practice).toMatchObject({ permanentUse: '', sectors: 'A,B' });
    const sectors = toggleCode(toggleCode(practice.sectors as string, 'C', true), 'A', false);
    expect(changedInput('Practice', practice, { ...practice, sectors, permanentUse: 'true' })).toEqual({
      input: { sectors: ['B', 'C'], permanentUse: true },
    });
    expect(changedInput('Practice', practice, { ...practice, sectors: '' })).toEqual({
      input: { sectors: [] },
    });
  });

  it('citations: unchanged → not sent; a kept quote goes with its offset, an edited one is looked up again', () => {
    const read = citationRowsOf([
      {
        quote: '86 500 €',
        start: 40,
        field: 'amount',
        note: null,
        source: { id: 'Source:1', title: 'Sivu' },
      },
      { quote: 'OKM', start: 70, field: null, note: 'rahoittaja', source: { id: 'Source:1', title: 'Sivu' } },
    ]);
    expect(citationsInput(read, read)).toBeUndefined();
    const edited = read.map((r, i) =>
      i === 1 ? { ...r, quote: 'OKM 60 000 €' } : { ...r, note: ' tarkistettu ' },
    );
    expect(citationsInput(read, edited)).toEqual([
      { sourceId: 'Source:1', quote: '86 500 €', start: 40, field: 'amount', note: 'tarkistettu' },
      { sourceId: 'Source:1', quote: 'OKM 60 000 €', field: null, note: 'rahoittaja' },
    ]);
    // Removing the last citation sends an empty list (the record keeps none).
    expect(citationsInput(read.slice(0, 1), [])).toEqual([]);
  });

  it('lists the changed columns of an audit entry, without bookkeeping', () => {
    expect(
      auditDiff(
        JSON.stringify({ name: 'Vanha', version: 1, updatedAt: 'a' }),
        JSON.stringify({ name: 'Uusi – ä', version: 2, updatedAt: 'b', aims: null }),
      ),
    ).toEqual([{ field: 'name', before: 'Vanha', after: 'Uusi – ä' }]);
    expect(auditDiff(null, JSON.stringify({ name: 'Uusi' }))).toEqual([
      { field: 'name', before: '', after: 'Uusi' },
    ]);
    expect(auditDiff('not json', null)).toEqual([]);
  });
});
