import { describe, expect, it } from 'vitest';
import { auditDiff } from '../src/editor/audit';
import { formFieldOf, kindOf, problemOf } from '../src/editor/errors';
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
import { changedInput, parseNumber, valuesOf } from '../src/editor/record-form';

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

describe('record forms', () => {
  const project = { name: 'Perhekeskus verkossa', nameEn: null, projectNumber: 'S20479', aims: 'Tavoite' };

  it('sends only what changed; emptied optional fields become null (unknown), a required one stays for the API', () => {
    const before = valuesOf('Project', project);
    expect(before).toEqual({
      name: 'Perhekeskus verkossa',
      nameEn: '',
      projectNumber: 'S20479',
      aims: 'Tavoite',
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
    const before = valuesOf('FundingLine', { amount: 60000, note: null });
    expect(before).toEqual({ amount: '60000', note: '' });
    expect(changedInput('FundingLine', before, { ...before, amount: '' })).toEqual({
      input: { amount: null },
    });
    expect(changedInput('FundingLine', before, { ...before, amount: '61 000' })).toEqual({
      input: { amount: 61000 },
    });
    expect(changedInput('FundingLine', before, { ...before, amount: 'kuusikymmentä' })).toEqual({
      unreadable: 'amount',
    });
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
