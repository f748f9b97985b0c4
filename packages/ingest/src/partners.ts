import { at, type Extracted } from './spans';

export type PartnerRole = 'DEVELOPMENT_PARTNER' | 'EXPERT' | 'REFERENCE_MODEL' | 'COOPERATION_PARTNER';

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
const INSTITUTION = new RegExp(
  String.raw`(?<![\p{L}-])((?:${CAPITALISED}\s){0,3})([\p{L}]*-?)(${HEADS.map(([, s]) => `(${s})`).join('|')})(\p{L}*)`,
  'gu',
);
const COMPANY = new RegExp(
  String.raw`(?<![\p{L}])((?:${CAPITALISED}\s){0,2}${CAPITALISED})\s(Oy|Oyj|Ab|ry)(?::\p{L}+)?(?![\p{L}])`,
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
    const role = roleIn(sentenceAround(text, start, end), text.slice(end, end + 40));
    out.push(at({ name, role }, start, end, confidence));
  };
  for (const m of text.matchAll(COMPANY)) {
    const start = m.index as number;
    add(`${m[1]} ${m[2]}`, start, start + m[0].length, 0.75);
  }
  for (const m of text.matchAll(INSTITUTION)) {
    const [whole, modifiers = '', prefix = ''] = m;
    const headIndex = m.slice(4, 4 + HEADS.length).findIndex((g) => g !== undefined);
    const head = HEADS[headIndex]?.[0] as string;
    // An institution counts when it is named: capitalised modifiers or a capitalised compound.
    if (!modifiers && !/^[A-ZÅÄÖ]/.test(prefix)) continue;
    const start = m.index as number;
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
