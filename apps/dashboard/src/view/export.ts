/**
 * A chart as a standalone image: its title on top, the legend, and the source, date and terms of use at
 * the bottom, so a picture pasted into meeting slides still says what it is and where it comes from.
 * Pure string building (XML-escaped), tested without a browser; src/svg.ts feeds it the drawn chart.
 */
export interface ExportFrame {
  title: string;
  subtitle?: string;
  legend: { label: string; color: string }[];
  footer: string[];
}

export function xmlEscape(s: string): string {
  return s.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] as string,
  );
}

/** Splits text into lines of at most `max` characters at spaces (SVG text does not wrap). */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

const LINE = 18;
const PAD = 16;

/**
 * The framed SVG document. `chart` is the chart's own serialised <svg> (XMLSerializer: valid XML), drawn
 * at (PAD, header) in its `width`×`height`.
 */
export function frameSvg(
  chart: string,
  width: number,
  height: number,
  frame: ExportFrame,
): {
  svg: string;
  width: number;
  height: number;
} {
  const w = Math.max(Math.ceil(width) + 2 * PAD, 480);
  const chars = Math.floor((w - 2 * PAD) / 7.5);
  const titleLines = wrap(frame.title, Math.floor(chars * 0.8));
  const subtitleLines = frame.subtitle ? wrap(frame.subtitle, chars) : [];
  const parts: string[] = [];
  let y = PAD + LINE;
  for (const line of titleLines) {
    parts.push(
      `<text x="${PAD}" y="${y}" font-size="17" font-weight="700" fill="#003479">${xmlEscape(line)}</text>`,
    );
    y += LINE + 4;
  }
  for (const line of subtitleLines) {
    parts.push(`<text x="${PAD}" y="${y}" font-size="13" fill="#333333">${xmlEscape(line)}</text>`);
    y += LINE;
  }
  const chartY = y;
  y += Math.ceil(height) + 8;
  let x = PAD;
  if (frame.legend.length) y += LINE;
  for (const item of frame.legend) {
    const itemWidth = 24 + item.label.length * 7.2;
    if (x > PAD && x + itemWidth > w - PAD) {
      x = PAD;
      y += LINE + 2;
    }
    parts.push(
      `<rect x="${x}" y="${y - 11}" width="12" height="12" fill="${xmlEscape(item.color)}"/>`,
      `<text x="${x + 18}" y="${y}" font-size="13" fill="#212121">${xmlEscape(item.label)}</text>`,
    );
    x += itemWidth + 12;
  }
  y += 8;
  for (const text of frame.footer)
    for (const line of wrap(text, Math.floor(chars * 1.05))) {
      y += LINE - 2;
      parts.push(`<text x="${PAD}" y="${y}" font-size="11" fill="#4f4f4f">${xmlEscape(line)}</text>`);
    }
  const h = y + PAD;
  const nested = chart.replace(/^<svg\b/, `<svg x="${PAD}" y="${chartY}"`);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" font-family="Source Sans Pro, Segoe UI, DejaVu Sans, Arial, sans-serif"><rect width="${w}" height="${h}" fill="#ffffff"/>${parts.join('')}${nested}</svg>`;
  return { svg, width: w, height: h };
}
