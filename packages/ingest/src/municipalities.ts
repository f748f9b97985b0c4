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
function pattern(name: string): RegExp {
  const stem = escapeRegExp(name);
  const forms = [`${stem}(?:${CASE_ENDINGS.join('|')})?`, `${stem}${DEMONYM}`];
  if (/l[aä]$/i.test(name)) forms.push(`${escapeRegExp(name.slice(0, -1))}(?:la|lä|le|ta|tä)`);
  return new RegExp(`(?<![\\p{L}])(?:${forms.join('|')})(?![\\p{L}])`, 'giu');
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
