/**
 * A GraphQL answer as JSON text whose characters are its UTF-8 bytes (every character below 256), sent
 * with `Buffer.from(text, 'latin1')`: the bytes are exactly those of `JSON.stringify(value) + '\n'`
 * encoded as UTF-8, which Apollo would send.
 *
 * Why: V8 keeps a string in one byte per character until it meets one character above U+00FF (a dash,
 * a curly quote, € — most Finnish documents have some), then in two. An answer of 90 000 characters
 * with one such character became a 180 kB string: past V8's 128 kB limit for ordinary heap objects it
 * is allocated page by page in the large-object space, then copied into a flat string, then encoded
 * again — 1.3–1.4 ms per municipality profile or landing answer on this machine, most of it the fresh
 * pages. Here each string with a character outside ASCII is turned into its UTF-8 bytes first (one
 * native call per such string, a copy of only the objects on its path), so the text stays one byte per
 * character and is written as it is: 0.46–0.55 ms for the same answers. An answer all in ASCII (a
 * national comparison: codes and numbers) gains nothing and pays the walk, 0.1–0.3 ms of its 6–7 ms.
 */

/** Any UTF-16 code unit outside ASCII (a surrogate too). */
const NON_ASCII = /[\u0080-\uffff]/;

/** JSON text of `value` (+ '\n', as Apollo's) in UTF-8 bytes, one per character. */
export function utf8JsonText(value: unknown): string {
  const state = { exact: true };
  const narrowed = narrow(value, state, '', 'answer');
  // A string with a lone surrogate (JSON.stringify escapes it, `\ud800`, where UTF-8 has no bytes for
  // it: an input echoed in an error) or a key outside ASCII: the whole answer the slow way, so the bytes
  // stay exactly Apollo's.
  if (!state.exact) return toBytes(`${JSON.stringify(value)}\n`);
  return `${JSON.stringify(narrowed)}\n`;
}

/**
 * Which keys need looking at: `names` — an answer's `data`, whose keys are response names, ASCII by
 * GraphQL's grammar (and this schema has no custom scalar that could answer an object:
 * test/json-text.test.ts holds it to that); `check` — anything else (errors, extensions); `answer` —
 * the answer itself, its `data` then `names`. Checking every key of a national comparison's 1 545 rows
 * was about half of the walk's cost.
 */
type Keys = 'names' | 'check' | 'answer';

const toBytes = (text: string) => Buffer.from(text, 'utf8').toString('latin1');

/**
 * `value` with every string that has a character outside ASCII replaced by its UTF-8 bytes — copied on
 * write: an object or array is copied only when something below it changed, so a value shared with a
 * cache or another answer is never touched. It visits what JSON.stringify writes: own enumerable keys,
 * array items, a `toJSON`'s result, a boxed string; keys as `keys` says.
 */
function narrow(value: unknown, state: { exact: boolean }, key: string | number, keys: Keys): unknown {
  if (typeof value === 'string') {
    if (!NON_ASCII.test(value)) return value;
    // ES2024's isWellFormed (in Node 20's V8; not in the TypeScript lib this project targets).
    if (!(value as string & { isWellFormed(): boolean }).isWellFormed()) state.exact = false;
    return toBytes(value);
  }
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    let out = value;
    for (let i = 0; i < value.length; i++) {
      const item = value[i];
      if (item === null || (typeof item !== 'object' && typeof item !== 'string')) continue;
      const narrowed = narrow(item, state, i, keys === 'answer' ? 'check' : keys);
      if (narrowed === item) continue;
      if (out === value) out = value.slice();
      out[i] = narrowed;
    }
    return out;
  }
  const toJSON = (value as { toJSON?: unknown }).toJSON;
  if (typeof toJSON === 'function') return narrow(toJSON.call(value, String(key)), state, key, keys);
  if (value instanceof String) return narrow(String(value), state, key, keys);
  let out = value as Record<string, unknown>;
  for (const k in value) {
    if (keys !== 'names' && NON_ASCII.test(k)) state.exact = false;
    const item = (value as Record<string, unknown>)[k];
    if (item === null || (typeof item !== 'object' && typeof item !== 'string')) continue;
    const narrowed = narrow(item, state, k, keys !== 'answer' ? keys : k === 'data' ? 'names' : 'check');
    if (narrowed === item || !Object.hasOwn(value, k)) continue;
    if (out === value) out = { ...(value as Record<string, unknown>) };
    out[k] = narrowed;
  }
  return out;
}
