import { readFileSync } from 'node:fs';
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

  it('sends a lone surrogate or a key outside ASCII (outside data) the slow way, still byte for byte', () => {
    for (const answer of [
      { errors: [{ message: 'bad input "\ud800" – x' }] },
      { errors: [{ message: 'x', extensions: { 'ä–key': 'arvo' } }], data: null },
      { 'ä–top': 1 },
      { data: { list: ['\udc00', 'ok'] } },
    ])
      expect(ourBytes(answer).equals(apolloBytes(answer))).toBe(true);
  });

  it("relies on data's keys being GraphQL names: the schema has no custom scalar (which could answer an object)", () => {
    // utf8JsonText does not look at the keys under `data` (a national comparison has thousands): by
    // GraphQL's grammar they are response names, ASCII. A custom scalar answering objects (a JSON
    // scalar) would break that: then narrow's key check must cover data too.
    const schema = readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8');
    expect(schema.match(/^scalar .*/gm) ?? []).toEqual([]);
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
        // Any key but `data`, whose keys are GraphQL names (see the test above).
        fc.dictionary(
          fc.oneof(fc.string({ maxLength: 6 }), text).filter((k) => k !== 'data'),
          tie('node'),
          { maxKeys: 5 },
        ),
      ),
    })).node;
    fc.assert(
      fc.property(
        value,
        (v) =>
          ourBytes(v).equals(apolloBytes(v)) &&
          ourBytes({ errors: [v] }).equals(apolloBytes({ errors: [v] })),
      ),
      { numRuns: 2000 },
    );
  });
});
