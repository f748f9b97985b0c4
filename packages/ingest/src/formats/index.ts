import { DocumentInputError, MAX_DOCUMENT_BYTES, readDocumentBytes, readDocumentText } from '../input';
import { docxToText } from './docx';
import { htmlToText, looksLikeHtml } from './html';
import { pdfToText } from './pdf';

export { htmlToText } from './html';

/**
 * The largest file taken: PDFs and DOCX carry fonts and images besides their text, so a file may be
 * ten times its text; the extracted text is still held to MAX_DOCUMENT_BYTES.
 */
export const MAX_FILE_BYTES = 10 * MAX_DOCUMENT_BYTES;

export type DocumentFormat = 'TEXT' | 'HTML' | 'PDF' | 'DOCX';

export interface ExtractedText {
  /** The text the ingester reads; spans and citations point into it, so it is stored with the document. */
  text: string;
  format: DocumentFormat;
  pages: number | null;
  warnings: string[];
}

const startsWith = (bytes: Uint8Array, ascii: string) =>
  ascii.split('').every((c, i) => bytes[i] === c.charCodeAt(0));

/** ZIP archives whose entries name word/document.xml (DOCX) — the name is stored uncompressed. */
function isDocx(bytes: Uint8Array): boolean {
  if (!startsWith(bytes, 'PK\u0003\u0004')) return false;
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, Math.min(bytes.length, 64 * 1024)));
  return head.includes('word/');
}

const KNOWN_BINARY: [magic: string, what: string][] = [
  ['\u00d0\u00cf\u0011\u00e0', 'an old Word or Excel file (.doc/.xls): save it as DOCX or PDF'],
  ['PK\u0003\u0004', 'a ZIP archive that is not a Word document'],
  ['\u0089PNG', 'an image (PNG): the text must be typed or recognised first'],
  ['\u00ff\u00d8\u00ff', 'an image (JPEG): the text must be typed or recognised first'],
  ['{\\rtf', 'an RTF file: save it as DOCX or PDF'],
];

/**
 * A file's bytes → the text to ingest, by what the bytes are (not by the file's name): PDF (its text
 * layer; a scan without one is refused as NO_TEXT_LAYER), DOCX, HTML (chrome stripped, structure
 * kept) or plain UTF-8 text. The text then passes the same checks as pasted text (size, encoding,
 * Finnish). I/O-free: the caller reads the file.
 */
export async function extractDocumentText(bytes: Uint8Array): Promise<ExtractedText> {
  if (bytes.length > MAX_FILE_BYTES)
    throw new DocumentInputError('TOO_LARGE', `The file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB.`);
  if (startsWith(bytes, '%PDF-')) {
    let pdf: Awaited<ReturnType<typeof pdfToText>>;
    try {
      pdf = await pdfToText(bytes);
    } catch (err) {
      throw new DocumentInputError('DAMAGED', `The PDF could not be opened: ${(err as Error).message}`);
    }
    if (!pdf.text.trim() || pdf.pagesWithoutText === pdf.pages)
      throw new DocumentInputError(
        'NO_TEXT_LAYER',
        `The PDF has no text layer (${pdf.pages} page${pdf.pages === 1 ? '' : 's'} of images, e.g. a scan): run text recognition (OCR) on it or send the text.`,
      );
    const warnings = pdf.pagesWithoutText
      ? [`${pdf.pagesWithoutText} of ${pdf.pages} pages have no text layer and were not read.`]
      : [];
    return { text: readDocumentText(pdf.text), format: 'PDF', pages: pdf.pages, warnings };
  }
  if (isDocx(bytes)) {
    let docx: Awaited<ReturnType<typeof docxToText>>;
    try {
      docx = await docxToText(bytes);
    } catch (err) {
      throw new DocumentInputError(
        'DAMAGED',
        `The Word document could not be opened: ${(err as Error).message}`,
      );
    }
    return { text: readDocumentText(docx.text), format: 'DOCX', pages: null, warnings: docx.warnings };
  }
  for (const [magic, what] of KNOWN_BINARY)
    if (startsWith(bytes, magic)) throw new DocumentInputError('UNSUPPORTED_FORMAT', `The file is ${what}.`);
  if (bytes.length > MAX_DOCUMENT_BYTES * 4)
    throw new DocumentInputError(
      'TOO_LARGE',
      `The document is larger than ${(MAX_DOCUMENT_BYTES * 4) / 1024 / 1024} MB.`,
    );
  // Text: strict UTF-8 first (refuses binary and wrong encodings with their own reasons).
  let text: string;
  try {
    text = readDocumentBytes(bytes);
  } catch (err) {
    // HTML may be larger than its text, and its markup fails the Finnish check: read it first.
    if (!(err instanceof DocumentInputError) || !['TOO_LARGE', 'NOT_FINNISH'].includes(err.problem))
      throw err;
    const raw = new TextDecoder('utf-8').decode(bytes);
    if (!looksLikeHtml(raw)) throw err;
    return { text: readDocumentText(htmlToText(raw)), format: 'HTML', pages: null, warnings: [] };
  }
  if (looksLikeHtml(text))
    return { text: readDocumentText(htmlToText(text)), format: 'HTML', pages: null, warnings: [] };
  return { text, format: 'TEXT', pages: null, warnings: [] };
}
