import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { utf8JsonText } from '../src/http/json-text';

/** What Apollo and Express sent before: JSON.stringify + '\n', encoded as UTF-8. */
const apolloBytes = (value: unknown) => Buffer.from(`${JSON.stringify(value)}\n`, 'utf8');
const ourBytes = (value: unknown) => Buffer.from(utf8JsonText(value), 'latin1');

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

describe('an answer as UTF-8 bytes, one per character (utf8JsonText)', () => {
  it('gives exactly the bytes Apollo gave, Finnish text and every odd value included', () => {
    const answer = {
      data: {
        municipality: { code: '851', nameFi: 'Tornio', nameSv: 'Torneå' },
        projects: [
          { name: 'Perheille parasta – työniloa työntekijöille', status: 'COMPLETED' },
          { name: 'Äänekoski ”lainaus” ’heittomerkki’ … € 😀', status: null },
          { name: 'quote " backslash \\ tab \t newline \n nul-free \u0001', status: 'ONGOING' },
        ],
        numbers: [0, -1.5, 1e21, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53],
        empty: [[], {}, ''],
        skipped: { fn: () => 1, undef: undefined, sym: Symbol('x') },
        date: new Date(Date.UTC(2020, 0, 31)),
        // A boxed string, which JSON.stringify unwraps.
        boxed: new String('Jyväskylä – boxed'),
        withToJson: { toJSON: (key: string) => `avain ${key} – ä` },
      },
      errors: [{ message: '"Ähtäri – x" is not a known municipality code.', path: ['compare', 0] }],
    };
    expect(ourBytes(answer).equals(apolloBytes(answer))).toBe(true);
    expect(ourBytes(answer).toString('utf8')).toContain('Perheille parasta – työniloa työntekijöille');
    // One byte per character: the text never holds a character above U+00FF.
    expect(/[\u0100-\uffff]/.test(utf8JsonText(answer))).toBe(false);
  });

  it('sends a lone surrogate or a key outside ASCII the slow way, still byte for byte', () => {
    for (const answer of [
      { errors: [{ message: 'bad input "\ud800" – x' }] },
      { data: { 'ä–key': 'value' } },
      { data: { list: ['\udc00', 'ok'] } },
    ])
      expect(ourBytes(answer).equals(apolloBytes(answer))).toBe(true);
  });

  it('changes nothing it was given (a value may be shared with a cache)', () => {
    const shared = deepFreeze({ rows: [{ name: 'Kemi – Tornio', years: [2019] }, { name: 'ascii' }] });
    const before = JSON.stringify(shared);
    expect(() => utf8JsonText({ data: { a: shared, b: shared } })).not.toThrow();
    expect(JSON.stringify(shared)).toBe(before);
  });

  it('equals Apollo on random JSON values with any characters, lone surrogates included', () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 30 }),
      fc.string({ unit: 'grapheme', maxLength: 30 }),
      fc.constantFrom('Ä', 'ö', '–', '€', '😀', '"', '\\', '\n', ''),
    );
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        text,
        fc.double(),
        fc.integer(),
        fc.boolean(),
        fc.constant(null),
        fc.array(tie('node'), { maxLength: 5 }),
        fc.dictionary(fc.oneof(fc.string({ maxLength: 6 }), text), tie('node'), { maxKeys: 5 }),
      ),
    })).node;
    fc.assert(
      fc.property(value, (v) => ourBytes(v).equals(apolloBytes(v))),
      { numRuns: 2000 },
    );
  });
});
