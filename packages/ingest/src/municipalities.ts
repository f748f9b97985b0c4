import { at, type Extracted } from './spans';

export interface MunicipalityName {
  code: string;
  nameFi: string;
}

const CASE_ENDINGS = ['n', 'ssa', 'ssä', 'sta', 'stä', 'lla', 'llä', 'lta', 'ltä', 'lle', 'ksi', 'a', 'ä'];
const demonym = (letter: string) => String.raw`(?:lai|läi)(?:nen|s${letter}*)`;
/**
 * Letters in lower case without the `u` flag (Latin with its extensions, Greek, Cyrillic): a pattern
 * with `\p{L}` and the `i` flag costs about a millisecond to compile, one with a class of lower-case
 * letters a twentieth of that, and a batch compiles a pattern for every name its documents begin a word with.
 */
const LOWER_LETTER = '[a-zß-öø-ÿ\\u0100-\\u024f\\u0370-\\u03ff\\u0400-\\u04ff]';

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A matcher for a municipality's name in its Finnish inflected forms, built from the name alone:
 * "Tornion kaupunki", "Akaan", "Kangasalle", "järvenpääläisten". Names ending in -la/-lä also take
 * the shortened local cases (Kangasala → Kangasalla, Kangasalle).
 */
/**
 * Stems the inflected forms are built on besides the name itself: Tampere → Tamperee(n),
 * Rovaniemi → Rovanieme(n), Lahti → Lahde(n), Seinäjoki → Seinäjoe(n), Helsinki → Helsingi(n),
 * Turku → Turu(n).
 */
function inflectionStems(name: string): string[] {
  if (/joki$/i.test(name)) return [`${name.slice(0, -2)}e`];
  if (/nki$/i.test(name)) return [`${name.slice(0, -3)}ngi`];
  if (/[^aeiouyäö]ti$/i.test(name)) return [`${name.slice(0, -2)}de`, `${name.slice(0, -1)}e`];
  if (/[^aeiouyäö]i$/i.test(name)) return [`${name.slice(0, -1)}e`];
  if (/[^aeiouyäö]ku$/i.test(name)) return [`${name.slice(0, -2)}u`];
  if (/e$/i.test(name)) return [`${name}e`];
  return [];
}

/** The inflected forms of one name as a regular-expression alternation (no anchors). */
function formsOf(name: string, letter = String.raw`\p{L}`): string {
  const stem = escapeRegExp(name);
  const last = name.slice(-1).toLocaleLowerCase('fi');
  // Illative: the last vowel lengthened + n (Tornio → Tornioon), h + vowel + n (Järvenpäähän), or -seen (Akaa → Akaaseen).
  const illative = /[aeiouyäö]/.test(last) ? `|${escapeRegExp(last)}n|seen|h${escapeRegExp(last)}n` : '';
  const forms = [`${stem}(?:${CASE_ENDINGS.join('|')}${illative})?`, `${stem}${demonym(letter)}`];
  // Pietarsaari → Pietarsaare|ssa, Pietarsaare|en (illative).
  for (const other of inflectionStems(name).map(escapeRegExp))
    forms.push(`${other}(?:${CASE_ENDINGS.join('|')}|en|hen|seen)`, `${other}${demonym(letter)}`);
  if (/l[aä]$/i.test(name)) forms.push(`${escapeRegExp(name.slice(0, -1))}(?:la|lä|le|ta|tä)`);
  return forms.join('|');
}

const patterns = new Map<string, RegExp>();

/** Built once per name: a national list has 309 municipalities and a batch reads many documents. */
function pattern(name: string): RegExp {
  const cached = patterns.get(name);
  if (cached) return cached;
  const re = new RegExp(`(?<![\\p{L}])(?:${formsOf(name)})(?![\\p{L}])`, 'giu');
  patterns.set(name, re);
  return re;
}

/**
 * The same name's pattern anchored where a word starts (sticky): on lower-cased text, without the
 * `i` and `u` flags (see LOWER_LETTER); `unicode` for a text whose lower case changes its length.
 */
const anchored = new Map<string, RegExp>();
function anchoredPattern(name: string, unicode: boolean): RegExp {
  const key = `${unicode ? 'u' : ''}${name}`;
  let re = anchored.get(key);
  if (!re) {
    re = unicode
      ? new RegExp(`(?:${formsOf(name)})(?![\\p{L}])`, 'iuy')
      : new RegExp(`(?:${formsOf(name.toLowerCase(), LOWER_LETTER)})(?!${LOWER_LETTER})`, 'y');
    anchored.set(key, re);
  }
  return re;
}

/**
 * Names by their first three letters (lower case): every inflected form of a name begins with them
 * (Helsinki → Helsingin, Lahti → Lahden, Turku → Turun), so at each word of a text only the names
 * sharing its beginning are tried, anchored there — one pass over the words, not one scan of the text
 * per name. Built once per list of names (a batch reads many documents against the same register).
 * (One pattern for all names was tried: one pass, but four times slower than scanning per name; this
 * index is faster than both.)
 */
const indexes = new WeakMap<MunicipalityName[], Map<string, MunicipalityName[]>>();
function indexOf(names: MunicipalityName[]): Map<string, MunicipalityName[]> {
  let index = indexes.get(names);
  if (!index) {
    index = new Map();
    for (const m of names) {
      const key = m.nameFi.slice(0, 3).toLowerCase();
      const list = index.get(key);
      if (list) list.push(m);
      else index.set(key, [m]);
    }
    indexes.set(names, index);
  }
  return index;
}

/** Whether `phrase` as a whole is `name` in one of the forms above: "Tornioon", "Vantaalla" (for name search). */
export function isNameForm(phrase: string, name: string): boolean {
  for (const hit of phrase.matchAll(pattern(name)))
    if (hit.index === 0 && hit[0].length === phrase.length) return true;
  return false;
}

const WORD_START = /(?<![\p{L}])\p{L}{3}/gu;

/** Every mention of a known municipality, in document order. */
export function findMunicipalities(text: string, names: MunicipalityName[]): Extracted<string>[] {
  const out: Extracted<string>[] = [];
  const index = indexOf(names);
  // A name's mention ends where the next may start: mentions of one name do not overlap.
  const endOf = new Map<string, number>();
  // Offsets stay the text's: lower case keeps the length of every Finnish text (not of "İ").
  const lower = text.toLowerCase();
  const unicode = lower.length !== text.length;
  const subject = unicode ? text : lower;
  for (const w of text.matchAll(WORD_START)) {
    const candidates = index.get(w[0].toLowerCase());
    if (!candidates) continue;
    const start = w.index as number;
    for (const m of candidates) {
      if ((endOf.get(m.code) ?? 0) > start) continue;
      const re = anchoredPattern(m.nameFi, unicode);
      re.lastIndex = start;
      const hit = re.exec(subject);
      if (!hit) continue;
      const end = start + hit[0].length;
      endOf.set(m.code, end);
      const confidence = /kaupunki|kunta/.test(text.slice(end, end + 12)) ? 0.95 : 0.8;
      out.push(at(m.code, start, end, confidence));
    }
  }
  return out;
}

/**
 * The part a mention of a municipality plays, which decides how much it says about whose work the
 * document describes:
 * - APPLICANT: the value of an applicant or owner label ("Hakija: Auran kunta"), or the municipality
 *   as an organisation ("Kaarinan kaupunki hallinnoi …");
 * - ADDRESS: a postal address line or a postal code ("Postitoimipaikka: Rovaniemi", "99100 Kittilä");
 * - REGION: one of several places listed together, or part of a joint authority's or region's name
 *   ("Oulun ja Raahen hyvinvointikuntayhtymä", "Helsingin, Seinäjoen ja Tuusulan");
 * - ORGANISATION: the town in another organisation's name ("Jyväskylän ammattikorkeakoulu Oy",
 *   "Tampereen yliopisto"): that organisation's work is not the town's;
 * - EXCLUDED / EXAMPLE: "ilman Turkua", "esimerkiksi Kokkolassa";
 * - MENTION: any other.
 */
export type MentionRole =
  | 'APPLICANT'
  | 'ADDRESS'
  | 'REGION'
  | 'ORGANISATION'
  | 'EXCLUDED'
  | 'EXAMPLE'
  | 'MENTION';

const WEIGHT: Record<MentionRole, number> = {
  APPLICANT: 6,
  MENTION: 1,
  REGION: 0.25,
  ORGANISATION: 0.25,
  ADDRESS: 0,
  EXCLUDED: 0,
  EXAMPLE: 0,
};

const APPLICANT_LABEL =
  /^[ \t]*(?:Hakija|Hakijan virallinen nimi|Hallinnoija|Päätoteuttaja|Toteuttaja|Vastuuorganisaatio|Omistaja|Kunta|Paikkakunta)[ \t]*(?::[ \t]*|\n[ \t]*(?:\n[ \t]*)*)$/i;
const ADDRESS_LABEL =
  /^[ \t]*(?:Postitoimipaikka|Postiosoite|Jakeluosoite|Käyntiosoite|Osoite|Postinumero|Kotipaikka)[ \t]*:?[ \t]*$/i;
/** Heads of names of areas larger than one municipality, and of joint authorities. */
const AREA_HEAD =
  /^\s*(?:ja\s+\p{L}+\s+)?(?:\p{L}*kuntayhtym|\p{L}*hyvinvointialue|seutu|seudu|sairaanhoitopiir|maakun|alue(?:en|ella|elle)?\b|yhteistoiminta-alue)/iu;

/** Another organisation named after the town: a school, university, parish, foundation, company. */
const ORGANISATION_AFTER =
  /^[ \t]+(?:[\p{L}-]*(?:ammattikorkeakoul|yliopist|opisto|seurakun|säätiö|yhdistys|instituut|laitos|laitoks|sairaanhoitopiir|kauppakamari)|(?:\p{Lu}[\p{L}-]*[ \t]+){0,3}(?:Oy|Oyj|Ab|ry)\b)/iu;

/** The part of a mention's line before it. */
function lineBefore(text: string, start: number): string {
  return text.slice(text.lastIndexOf('\n', start - 1) + 1, start);
}

/** The role of one mention, read from its line, the label above it and the words around it. */
export function mentionRole(text: string, start: number, end: number, all: Extracted<string>[]): MentionRole {
  const before = lineBefore(text, start);
  const after = text.slice(end, end + 60);
  if (ADDRESS_LABEL.test(before.replace(/:[ \t]*$/, '')) || /\b\d{5}[ \t]+$/.test(before)) return 'ADDRESS';
  // The label may stand on the line above ("Hakija\nHämeenlinnan kaupunki").
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const above = text.slice(Math.max(0, lineStart - 80), lineStart);
  const prevLine =
    above
      .replace(/\n[ \t]*$/, '')
      .split('\n')
      .pop() ?? '';
  if (!before.trim() && ADDRESS_LABEL.test(prevLine)) return 'ADDRESS';
  if (/\b(?:ilman|lukuun ottamatta|paitsi)\s+$/i.test(text.slice(Math.max(0, start - 25), start)))
    return 'EXCLUDED';
  if (/\b(?:esimerkiksi|kuten|mm\.)\s+$/i.test(text.slice(Math.max(0, start - 20), start))) return 'EXAMPLE';
  if (AREA_HEAD.test(after)) return 'REGION';
  if (ORGANISATION_AFTER.test(after)) return 'ORGANISATION';
  // Listed with other places: "Helsingin, Seinäjoen ja Tuusulan", "Helsingin kaupunki ja HUS" among counties.
  const sentenceFrom = Math.max(text.lastIndexOf('. ', start), text.lastIndexOf('\n', start)) + 1;
  const sentenceTo = [text.indexOf('. ', end), text.indexOf('\n', end)].filter((i) => i >= 0);
  const sentence = text.slice(sentenceFrom, sentenceTo.length ? Math.min(...sentenceTo) : text.length);
  const others = new Set(
    all.filter((h) => h.start >= sentenceFrom && h.end <= sentenceFrom + sentence.length).map((h) => h.value),
  );
  if (
    others.size >= 2 ||
    (/hyvinvointialue(?:et|iden)|maakunn(?:at|ien)/i.test(sentence) && /\bja\b|,/.test(sentence))
  )
    return 'REGION';
  if (!before.trim() && APPLICANT_LABEL.test(prevLine.trim() ? `${prevLine}\n` : '')) return 'APPLICANT';
  if (APPLICANT_LABEL.test(before)) return 'APPLICANT';
  if (/^\s*(?:kaupunki|kunta)\b/i.test(after) && /^[ \t]*$/.test(before)) return 'APPLICANT';
  return 'MENTION';
}

/**
 * The municipality a document is about: mentions weighed by their role (an applicant label outweighs
 * any number of passing mentions; addresses, exclusions, examples and lists of places weigh nothing
 * or little), the heaviest wins, ties to the earliest. None when the weight is spread over several
 * places (a regional whole) or only addresses and lists name places.
 */
export function mainMunicipality(text: string, names: MunicipalityName[]): Extracted<string> | null {
  const hits = findMunicipalities(text, names);
  const weight = new Map<string, number>();
  for (const h of hits) {
    const role = mentionRole(text, h.start, h.end, hits);
    weight.set(h.value, (weight.get(h.value) ?? 0) + WEIGHT[role] * (role === 'MENTION' ? h.confidence : 1));
  }
  const ranked = [...weight.entries()].filter(([, w]) => w > 0).sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] < 0.75) return null;
  // A regional document: the first place barely ahead of the next.
  if (second && second[1] >= best[1] * 0.75) return null;
  return hits.find((h) => h.value === best[0]) ?? null;
}
