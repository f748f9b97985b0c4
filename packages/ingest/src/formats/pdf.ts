import { getDocumentProxy } from 'unpdf';

interface PdfTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL?: boolean;
}

interface Line {
  text: string;
  y: number;
  size: number;
  left: number;
  right: number;
}

/** A page's text items → visual lines, top to bottom (items on one baseline join into one line). */
function linesOf(items: PdfTextItem[]): Line[] {
  const lines: Line[] = [];
  let current: Line | null = null;
  for (const item of items) {
    const x = item.transform[4] ?? 0;
    const y = item.transform[5] ?? 0;
    const size = Math.abs(item.transform[3] ?? item.height) || item.height;
    if (current && Math.abs(current.y - y) < Math.max(2, size * 0.4)) {
      current.text += item.str;
      current.size = Math.max(current.size, size);
      current.right = Math.max(current.right, x + item.width);
    } else {
      if (current) lines.push(current);
      current = { text: item.str, y, size, left: x, right: x + item.width };
    }
    if (item.hasEOL && current) {
      lines.push(current);
      current = null;
    }
  }
  if (current) lines.push(current);
  return lines.filter((l) => l.text.trim());
}

/**
 * Lines → paragraphs: a gap of more than a line and a half, or a change of font size (a heading),
 * starts a new paragraph; a line that ends well before the right margin ends its line (labels,
 * addresses, list rows); other lines of a paragraph join with a space, and a word broken with a
 * hyphen at a line end joins without one. Rules that read sentences then see sentences, not print lines.
 */
function paragraphs(lines: Line[]): string {
  const right = Math.max(...lines.map((l) => l.right));
  // A line was broken on purpose when the next line's first word would have fitted after it.
  const brokenOnPurpose = (prev: Line, next: string) => {
    const perChar = (prev.right - prev.left) / Math.max(1, prev.text.length);
    const word = next.split(' ')[0] ?? '';
    return prev.right + (word.length + 1) * perChar < right - perChar;
  };
  // "Toimintalinja: 5. …" after "Hankkeen nimi: …": a new label starts a new line.
  const label = /^[\p{Lu}][\p{L}\s()-]{1,50}:(?:\s|$)/u;
  let out = '';
  lines.forEach((line, i) => {
    const prev = lines[i - 1];
    const text = line.text.replace(/\s+/g, ' ').trim();
    if (!prev) {
      out = text;
      return;
    }
    const gap = prev.y - line.y;
    const newParagraph =
      gap <= 0 || gap > line.size * 1.6 || Math.abs(prev.size - line.size) > 0.5 || /^[-•–]\s/.test(text);
    if (newParagraph) out += `\n\n${text}`;
    else if (brokenOnPurpose(prev, text) || label.test(text)) out += `\n${text}`;
    else if (/-$/.test(out)) out += text;
    else out += ` ${text}`;
  });
  return out;
}

export interface PdfText {
  text: string;
  pages: number;
  /** Pages whose text layer is empty: images of text (scans) the reader cannot read. */
  pagesWithoutText: number;
}

/** PDF bytes → the text of its text layer, paragraph by paragraph, pages separated by a blank line. */
export async function pdfToText(bytes: Uint8Array): Promise<PdfText> {
  // pdf.js takes ownership of the buffer: give it a copy so the caller's bytes stay usable.
  // Untrusted files: pdf.js must never compile font programs with eval (CVE-2024-4367); the option is
  // missing from unpdf's type but passed through to pdf.js.
  const pdf = await getDocumentProxy(new Uint8Array(bytes), { isEvalSupported: false } as Parameters<
    typeof getDocumentProxy
  >[1]);
  try {
    const pages: string[] = [];
    let empty = 0;
    for (let p = 1; p <= pdf.numPages; p++) {
      const page = await pdf.getPage(p);
      const content = await page.getTextContent();
      const items = content.items.filter((i) => 'str' in i) as unknown as PdfTextItem[];
      const text = paragraphs(linesOf(items));
      if (!text.trim()) empty++;
      pages.push(text);
      page.cleanup();
    }
    return {
      text: `${pages.filter((t) => t.trim()).join('\n\n')}\n`,
      pages: pdf.numPages,
      pagesWithoutText: empty,
    };
  } finally {
    // The serverless build's proxy frees its worker-side state through cleanup() (it has no destroy()).
    await pdf.cleanup();
  }
}
