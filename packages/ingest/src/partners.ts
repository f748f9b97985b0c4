import type { PartnerRole } from '@vertailu/data/vocabulary';
import { at, type Extracted } from './spans';

export interface DraftPartner {
  /** The organisation's name in its base form ("Lapin yliopisto", "Sosped Oy"). */
  name: string;
  role: PartnerRole;
}

/** Heads of organisation names, each with the stem its inflected forms share (liitto → liiton). */
const HEADS: [base: string, stem: string][] = [
  ['ammattikorkeakoulu', 'ammattikorkeakoulu'],
  ['yliopisto', 'yliopisto'],
  ['perusturva', 'perusturv'],
  ['kuntayhtymä', 'kuntayhtym'],
  ['sairaanhoitopiiri', 'sairaanhoitopiir'],
  ['hyvinvointialue', 'hyvinvointialue'],
  ['säätiö', 'säätiö'],
  ['liitto', 'lii(?:tt|t)'],
  ['instituutti', 'instituut'],
  ['laitos', 'laito(?=s|k)'],
];
const CAPITALISED = String.raw`[A-ZÅÄÖ][\p{L}]*(?:-\p{L}+)*`;
/**
 * A capitalised word with the lower-case genitives and "ja" that belong to the same name:
 * "Terveyden ja hyvinvoinnin (laitos)", "Itsenäisyyden juhlavuoden (lastensäätiö)".
 */
const NAME_WORD = String.raw`${CAPITALISED}(?:[ \t](?:ja|sekä)[ \t]\p{Ll}[\p{L}-]*n|[ \t]\p{Ll}[\p{L}-]*(?<!tii|ttii)(?:den|en|an|än|in|un|yn|on|ön))*`;
const INSTITUTION = new RegExp(
  String.raw`(?<![\p{L}-])((?:${NAME_WORD}[ \t]){0,3})([\p{L}]*-?)(${HEADS.map(([, s]) => `(${s})`).join('|')})(\p{L}*)`,
  'gu',
);
/** A compound's last part in base form: "keskuksen" → "keskus", "yhtymän" → "yhtymä". */
function baseOfCompoundPart(part: string): string {
  if (/ksen$|ksessa$|ksessä$|ksesta$|ksestä$|kselle$|ksella$|ksellä$/u.test(part))
    return part.replace(/ks\p{L}*$/u, 's');
  return part.replace(/(?:n|ssa|ssä|sta|stä|lla|llä|lle|lta|ltä)$/u, '');
}
// Words of one name stand on one line: "Toteuttaja\nKumppania Oy" is a label and a name.
const COMPANY = new RegExp(
  String.raw`(?<![\p{L}])((?:${CAPITALISED}[ \t]){0,2}${CAPITALISED})[ \t](Oy|Oyj|Ab|ry)(?::\p{L}+)?(?![\p{L}])`,
  'gu',
);

function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(text.lastIndexOf('.', start - 1), text.lastIndexOf('\n', start - 1)) + 1;
  const stops = [text.indexOf('.', end), text.indexOf('\n', end)].filter((i) => i >= 0);
  return text.slice(from, stops.length ? Math.min(...stops) : text.length);
}

function roleIn(sentence: string, after: string): PartnerRole {
  if (/asiantuntij/i.test(sentence)) return 'EXPERT';
  // "Mustijoen perusturvan Futuriikki-hankkeen mallia": the organisation's own model was reused.
  if (/^\s*(?:[\p{L}-]+\s)?[\p{L}-]*mall(?:ia|in|eja)\b/iu.test(after)) return 'REFERENCE_MODEL';
  if (/kanssa|yhteistyössä|kumppani/i.test(sentence)) return 'DEVELOPMENT_PARTNER';
  return 'COOPERATION_PARTNER';
}

/** Base form of the last word of a unit name: plural genitive → nominative, singular genitive drops -n. */
function baseOfLastWord(word: string): string {
  if (/(?:iden|itten|jen)$/.test(word)) return word.replace(/(?:iden|itten|jen)$/, 't');
  if (/[aeiouyäö]n$/.test(word)) return word.slice(0, -1);
  return word;
}

/**
 * Organisations a document names as partners: companies and associations ("Oy", "ry") and
 * institutions by the head of their name (university, joint authority, foundation …), in base form,
 * with their role read from the sentence (expert, reference model, development partner).
 */
export function findPartners(text: string, exclude: RegExp | null = null): Extracted<DraftPartner>[] {
  const out: Extracted<DraftPartner>[] = [];
  const seen = new Set<string>();
  const add = (name: string, start: number, end: number, confidence: number) => {
    const key = name.toLocaleLowerCase('fi');
    if (seen.has(key) || exclude?.test(name)) return;
    seen.add(key);
    let role = roleIn(sentenceAround(text, start, end), text.slice(end, end + 40));
    // "Itsenäisyyden juhlavuoden lastensäätiö (Itla) …; … Itlan kanssa": the short name says the role.
    const alias = /^\s*\((\p{Lu}[\p{L}]{1,12})\)/u.exec(text.slice(end, end + 20))?.[1];
    if (alias && role === 'COOPERATION_PARTNER') {
      const aliasRe = new RegExp(`(?<![\\p{L}])${alias}\\p{L}{0,4}(?![\\p{L}])`, 'gu');
      for (const a of text.matchAll(aliasRe)) {
        const sentence = sentenceAround(text, a.index as number, (a.index as number) + a[0].length);
        if (/kanssa|yhteistyö|kumppani/i.test(sentence)) role = 'DEVELOPMENT_PARTNER';
      }
    }
    out.push(at({ name, role }, start, end, confidence));
  };
  for (const m of text.matchAll(COMPANY)) {
    const start = m.index as number;
    add(`${m[1]} ${m[2]}`, start, start + m[0].length, 0.75);
  }
  for (const m of text.matchAll(INSTITUTION)) {
    const [wholeMatch, firstModifiers = '', prefix = ''] = m;
    let modifiers = firstModifiers;
    const headIndex = m.slice(4, 4 + HEADS.length).findIndex((g) => g !== undefined);
    let head = HEADS[headIndex]?.[0] as string;
    // "yliopistokeskus": the head begins a compound, whose last part names the institution.
    const rest = m[4 + HEADS.length] ?? '';
    const compound = /^(?:keskus|keskuk\p{L}*|yhtymä\p{L}*|yksikkö\p{L}*|yksikö\p{L}*)$/u.exec(rest);
    if (compound) head = `${head}${baseOfCompoundPart(rest)}`;
    // An institution counts when it is named: capitalised modifiers or a capitalised compound.
    if (!modifiers && !/^[A-ZÅÄÖ]/.test(prefix)) continue;
    // Modifiers of a name are genitives ("Kokkolan", "Terveyden ja hyvinvoinnin"): a capitalised word
    // before them that is not one ("Yhteistyössä Kokkolan …") starts the sentence, not the name.
    const lead = /^(?:[A-ZÅÄÖ][\p{L}-]*[^n\s]\s)+/u.exec(modifiers);
    if (lead) {
      const kept = modifiers.slice(lead[0].length).replace(/^(?:\p{Ll}\S*\s)+/u, '');
      if (!kept && !/^[A-ZÅÄÖ]/.test(prefix)) continue;
      modifiers = kept;
    }
    const start = (m.index as number) + (firstModifiers.length - modifiers.length);
    const whole = wholeMatch.slice(firstModifiers.length - modifiers.length);
    let end = start + whole.length;
    let name = `${modifiers}${prefix}${head}`;
    // "Lapin yliopiston koulutus- ja kehittämispalveluiden kanssa": a unit of the institution.
    const unit = /^((?:\s[\p{Ll}]+-?){1,4}?)\s+kanssa\b/u.exec(text.slice(end, end + 120));
    if (unit && whole.endsWith('n')) {
      const words = (unit[1] as string).trim().split(/\s+/);
      words.push(baseOfLastWord(words.pop() as string));
      name = `${whole.trim()} ${words.join(' ')}`;
      end += (unit[1] as string).length;
    }
    add(name, start, end, 0.7);
  }
  return out.sort((a, b) => a.start - b.start);
}
