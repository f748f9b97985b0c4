import type { DocumentType, Layout } from './genre';
import { labelled } from './labels';
import { at, type Extracted } from './spans';

const DATE_LINE = /^\d{1,2}\.\d{1,2}\.\d{4}$/;
const PHASE_LINE = /^(?:icon\/bulb Created with Sketch\.\s*)?(?:Kehitteillä|Valmis)$/;

/** Non-empty lines with their offsets. */
export function lines(text: string): { line: string; start: number }[] {
  const out: { line: string; start: number }[] = [];
  for (const m of text.matchAll(/[^\n]+/g)) {
    const line = m[0].trim();
    if (line) out.push({ line, start: (m.index as number) + m[0].indexOf(line) });
  }
  return out;
}

const lineAt = (l: { line: string; start: number }, confidence: number) =>
  at(l.line, l.start, l.start + l.line.length, confidence);

/**
 * A line that is not a title: dates, release marks, letterheads of organisations ("KAARINAN KAUPUNKI
 * Oy VASSO Ab"), page chrome ("Hyppää sisältöön", "Euroopan unioni – Vipuvoimaa EU:lta") and lines
 * ending in a colon or comma.
 */
function isChromeOrLetterhead(line: string): boolean {
  if (DATE_LINE.test(line) || /[,:]\s*$/.test(line) || line.length > 300) return true;
  if (/^(?:Tiedote|Uutinen|Julkaistu|Julkaisuajankohta|Päivitetty|Hyppää|Siirry)\b/i.test(line)) return true;
  if (/vipuvoimaa|euroopan unioni\b/i.test(line)) return true;
  // A letterhead: only organisation names on the line ("KAARINAN KAUPUNKI   Oy VASSO Ab").
  return LETTERHEAD.test(line);
}

const ORG_NAME = String.raw`(?:\p{Lu}[\p{L}-]*n\s+(?:kaupunki|kunta|kuntayhtymä|hyvinvointialue)|Oy\s+\S+(?:\s+Ab)?|\p{Lu}\S*\s+(?:Oy|Oyj|Ab|ry))`;
const LETTERHEAD = new RegExp(String.raw`^(?:${ORG_NAME}\s*[·|•–-]?\s*)+$`, 'iu');

/** "X-hankkeen loppuraportti" → "X-hanke"; "X – tutkimus- ja kehittämishankkeen loppuraportti" → "X". */
function titleOfReport(line: string): string | null {
  const own = /^(.*?)(\s-|-)hankkeen\s+(?:loppu|väli|seuranta|vuosi)raportti\b/i.exec(line);
  if (own) return `${own[1]}${own[2]}hanke`;
  const dash = /^(.{3,}?)\s+[–—-]\s+[^–—]*(?:loppu|väli|seuranta|vuosi)raportti\s*$/i.exec(line);
  if (dash) return dash[1] as string;
  return null;
}

/**
 * A project named in running text: words from a sentence start up to "-hanke" ("Lasten, nuorten ja
 * perheiden osallisuuden koordinaatio -hanke kuuluu …", "Lapsirikas-hanke …"). News items and
 * decisions name their project this way; their headline is the news, not the project.
 */
function namedProject(text: string, from: number): Extracted<string> | null {
  const re =
    /(?:^|(?<=[.!?][ \t])|(?<=\n))([A-ZÅÄÖ][\p{L}\d,– \t-]{0,100}?(?:[ \t]-|\p{L}-)hanke)(?![\p{L}])/gu;
  for (const m of text.matchAll(re)) {
    if ((m.index as number) < from) continue;
    const name = (m[1] as string).replace(/\s+/g, ' ');
    if (name.split(' ').length > 12) continue;
    const start = m.index as number;
    return at(name, start, start + (m[1] as string).length, 0.7);
  }
  return null;
}

/** The § item a set of board minutes is about: the one with the longest body; its title is the name. */
export function mainSection(text: string): { title: Extracted<string>; start: number; end: number } | null {
  const heads = [...text.matchAll(/^[ \t]*(?:(\d{1,4})\s*§|§\s*(\d{1,4}))[ \t]+([^\n]+)$/gm)];
  let best: { title: Extracted<string>; start: number; end: number; length: number } | null = null;
  heads.forEach((m, i) => {
    const bodyStart = (m.index as number) + m[0].length;
    const next = heads[i + 1];
    const bodyEnd = next ? (next.index as number) : text.length;
    const length = text.slice(bodyStart, bodyEnd).trim().length;
    const title = m[3] as string;
    const titleStart = (m.index as number) + m[0].lastIndexOf(title);
    if (!best || length > best.length)
      best = {
        title: at(title.trim(), titleStart, titleStart + title.trim().length, 0.75),
        start: m.index as number,
        end: bodyEnd,
        length,
      };
  });
  const found = best as { title: Extracted<string>; start: number; end: number; length: number } | null;
  return found && found.length > 0 ? { title: found.title, start: found.start, end: found.end } : null;
}

/**
 * The record's name, from the right line for the document's type: the name label of a register or
 * practice page (unless it holds a sentence, when the page's title is the name); the title of the §
 * a set of minutes is about; the project a report is of; for news and decisions only a project named
 * in the text (a headline is not a name); otherwise the first line that is a title, not a date,
 * letterhead or page chrome.
 */
export function findName(
  text: string,
  layout: Layout,
  type: DocumentType = 'MUNICIPAL_PROJECT_PAGE',
): Extracted<string> | null {
  const all = lines(text).slice(0, 40);
  const title = all.find((l) => !isChromeOrLetterhead(l.line));
  const label = labelled(text, [
    'Toimintamallin nimi',
    'Kokonaisuuden nimi',
    'Hankkeen nimi',
    'Projektin nimi',
    'Nimi',
  ]);
  if (label) {
    // A sentence in the name field ("Mallissa kehitetään …, jotta …."): the page's title names it better.
    const sentence = /[.!?]$/.test(label.value) && label.value.split(' ').length > 8;
    if (!sentence || !title || title.start === label.start) return label;
    return lineAt(title, 0.75);
  }
  if (type === 'MINUTES') return mainSection(text)?.title ?? null;
  if (type === 'NEWS' || type === 'FUNDING_DECISION') {
    const bodyFrom = title ? title.start + title.line.length : 0;
    return namedProject(text, bodyFrom);
  }
  if (type === 'FINAL_REPORT' || type === 'PROGRESS_REPORT') {
    if (!title) return null;
    const own = titleOfReport(title.line);
    if (own) return at(own, title.start, title.start + own.length, 0.8);
  }
  const phase = all.findIndex((l) => PHASE_LINE.test(l.line));
  if (phase > 0) return lineAt(all[phase - 1] as { line: string; start: number }, 0.85);
  if (!title) return null;
  return lineAt(title, layout === 'PROSE' ? 0.7 : 0.8);
}
