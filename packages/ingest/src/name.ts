import type { Layout } from './document';
import { labelled } from './labels';
import { at, type Extracted } from './spans';

const DATE_LINE = /^\d{1,2}\.\d{1,2}\.\d{4}$/;
const PHASE_LINE = /^(?:icon\/bulb Created with Sketch\.\s*)?(?:Kehitteillä|Valmis)$/;

/** Non-empty lines with their offsets. */
function lines(text: string): { line: string; start: number }[] {
  const out: { line: string; start: number }[] = [];
  for (const m of text.matchAll(/[^\n]+/g)) {
    const line = m[0].trim();
    if (line) out.push({ line, start: (m.index as number) + m[0].indexOf(line) });
  }
  return out;
}

/**
 * The record's name. Practice descriptions label it ("Toimintamallin nimi"); the older practice
 * layout prints it just above the phase ("Valmis"); project pages start with it as their heading.
 */
export function findName(text: string, layout: Layout): Extracted<string> | null {
  const label = labelled(text, ['Toimintamallin nimi', 'Hankkeen nimi', 'Projektin nimi', 'Nimi']);
  if (label) return label;
  const all = lines(text).slice(0, 40);
  const phase = all.findIndex((l) => PHASE_LINE.test(l.line));
  if (phase > 0) {
    const above = all[phase - 1] as { line: string; start: number };
    return at(above.line, above.start, above.start + above.line.length, 0.85);
  }
  const heading = all.find(
    (l) => !DATE_LINE.test(l.line) && l.line.length <= 300 && !/[,:]\s*$/.test(l.line),
  );
  if (!heading) return null;
  return at(heading.line, heading.start, heading.start + heading.line.length, layout === 'PROSE' ? 0.7 : 0.8);
}
