import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { PDFDocument } from 'pdf-lib';

/**
 * `pnpm --filter @vertailu/ingest make-corpus [--force]`: builds the corpus's binary documents from
 * their sources in test/corpus-src/ — PDFs printed by headless Chromium (a real text layer), a
 * "scanned" PDF that holds only a screenshot (no text layer), and DOCX files written with the `docx`
 * library. The results are committed; this runs again only for files that are missing (or all with
 * --force), since Chromium stamps a creation date into every PDF.
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const src = path.join(here, '../test/corpus-src');
const out = path.join(here, '../test/corpus');
const force = process.argv.includes('--force');
const chromium = process.env.CHROMIUM ?? '/usr/bin/chromium';
const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];

function chrome(args: string[]): void {
  execFileSync(chromium, [...flags, ...args], { stdio: 'ignore', timeout: 60_000 });
}

export function printToPdf(htmlFile: string, pdfFile: string): void {
  chrome(['--no-pdf-header-footer', `--print-to-pdf=${pdfFile}`, `file://${htmlFile}`]);
}

async function scannedPdf(htmlFile: string, pdfFile: string): Promise<void> {
  const png = path.join(mkdtempSync(path.join(tmpdir(), 'scan-')), 'page.png');
  chrome(['--window-size=900,640', '--hide-scrollbars', `--screenshot=${png}`, `file://${htmlFile}`]);
  const pdf = await PDFDocument.create();
  const image = await pdf.embedPng(readFileSync(png));
  const page = pdf.addPage([image.width, image.height]);
  page.drawImage(image, { x: 0, y: 0, width: image.width, height: image.height });
  writeFileSync(pdfFile, await pdf.save({ useObjectStreams: false }));
}

/** A small Markdown subset → Word paragraphs: "#", "##", "###" headings, "- " list items, lines. */
async function docx(mdFile: string, docxFile: string): Promise<void> {
  const heading = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3];
  const children = readFileSync(mdFile, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((line) => {
      const h = /^(#{1,3}) (.*)$/.exec(line);
      if (h) return new Paragraph({ text: h[2] as string, heading: heading[(h[1] as string).length - 1] });
      if (line.startsWith('- ')) return new Paragraph({ text: line.slice(2), bullet: { level: 0 } });
      return new Paragraph({ text: line });
    });
  const doc = new Document({ creator: 'Vertailu', sections: [{ children }] });
  writeFileSync(docxFile, await Packer.toBuffer(doc));
}

async function main(): Promise<void> {
  for (const file of readdirSync(src).sort()) {
    const base = file.replace(/\.(html|md)$/, '');
    const from = path.join(src, file);
    const target = path.join(out, `${base}.${file.endsWith('.md') ? 'docx' : 'pdf'}`);
    if (existsSync(target) && !force) continue;
    if (file.endsWith('.md')) await docx(from, target);
    else if (base.includes('skannattu')) await scannedPdf(from, target);
    else printToPdf(from, target);
    console.log(`wrote ${path.relative(process.cwd(), target)}`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) await main();
