import { at, type Extracted } from './spans';

export interface MunicipalityName {
  code: string;
  nameFi: string;
}

const CASE_ENDINGS = ['n', 'ssa', 'ssä', 'sta', 'stä', 'lla', 'llä', 'lta', 'ltä', 'lle', 'ksi', 'a', 'ä'];
const DEMONYM = String.raw`(?:lai|läi)(?:nen|s\p{L}*)`;

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

const patterns = new Map<string, RegExp>();

/** Built once per name: a national list has 300 municipalities and a batch reads many documents. */
function pattern(name: string): RegExp {
  const cached = patterns.get(name);
  if (cached) return cached;
  const re = buildPattern(name);
  patterns.set(name, re);
  return re;
}

function buildPattern(name: string): RegExp {
  const stem = escapeRegExp(name);
  const forms = [`${stem}(?:${CASE_ENDINGS.join('|')})?`, `${stem}${DEMONYM}`];
  for (const other of inflectionStems(name).map(escapeRegExp))
    forms.push(`${other}(?:${CASE_ENDINGS.join('|')}|hen|seen)`, `${other}${DEMONYM}`);
  if (/l[aä]$/i.test(name)) forms.push(`${escapeRegExp(name.slice(0, -1))}(?:la|lä|le|ta|tä)`);
  // Illative: Tornioon, Poriin; Järvenpäähän, Espooseen after a long vowel; Lahteen, Rovaniemeen.
  const last = escapeRegExp(name.slice(-1));
  if (/[aeiouyäö]$/i.test(name)) forms.push(`${stem}${last}n`);
  if (/([aeiouyäö])\1$/i.test(name)) forms.push(`${stem}(?:h${last}n|seen)`);
  for (const other of inflectionStems(name).filter((s) => s.endsWith('e')))
    forms.push(`${escapeRegExp(other)}en`);
  return new RegExp(`(?<![\\p{L}])(?:${forms.join('|')})(?![\\p{L}])`, 'giu');
}

/** Whether `phrase` as a whole is `name` in one of the forms above: "Tornioon", "Vantaalla" (for name search). */
export function isNameForm(phrase: string, name: string): boolean {
  for (const hit of phrase.matchAll(pattern(name)))
    if (hit.index === 0 && hit[0].length === phrase.length) return true;
  return false;
}

/** Every mention of a known municipality, in document order. */
export function findMunicipalities(text: string, names: MunicipalityName[]): Extracted<string>[] {
  const out: Extracted<string>[] = [];
  for (const m of names) {
    for (const hit of text.matchAll(pattern(m.nameFi))) {
      const start = hit.index as number;
      const confidence = /kaupunki|kunta/.test(text.slice(start + hit[0].length, start + hit[0].length + 12))
        ? 0.95
        : 0.8;
      out.push(at(m.code, start, start + hit[0].length, confidence));
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The municipality a document is about: the most mentioned one, ties to the earliest. */
export function mainMunicipality(text: string, names: MunicipalityName[]): Extracted<string> | null {
  const hits = findMunicipalities(text, names);
  const counts = new Map<string, number>();
  for (const h of hits) counts.set(h.value, (counts.get(h.value) ?? 0) + 1);
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  return hits.find((h) => h.value === best) ?? null;
}
