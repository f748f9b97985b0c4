/**
 * The largest document accepted: the seeds are 4–7 kB, so 2 MB leaves room for any real project page
 * while a pasted database dump or a 10 MB file is refused before any parsing.
 */
export const MAX_DOCUMENT_BYTES = 2 * 1024 * 1024;

export type InputProblem =
  | 'EMPTY'
  | 'TOO_LARGE'
  | 'BINARY'
  | 'ENCODING'
  | 'NOT_FINNISH'
  /** A PDF whose pages are images (a scan): there is no text to read without OCR. */
  | 'NO_TEXT_LAYER'
  /** A PDF or DOCX that its library cannot open. */
  | 'DAMAGED'
  /** A file of a kind the reader does not take (old .doc, spreadsheets, images, archives). */
  | 'UNSUPPORTED_FORMAT';

export class DocumentInputError extends Error {
  constructor(
    readonly problem: InputProblem,
    message: string,
  ) {
    super(message);
  }
}

const FINNISH_WORDS =
  /(?<![\p{L}])(?:ja|on|että|tai|sekä|hankkeen|kanssa|ovat|myös|joka|kunnan|kaupungin|palvelu\p{L}*|toiminta\p{L}*)(?![\p{L}])/giu;
/** UTF-8 read as Latin-1 or Windows-1252: "pÃ¤Ã¤tÃ¶s" for "päätös". */
const MOJIBAKE = /Ã[\u0080-\u00bf¤¥¶]|Ã©|â€/;
/** Control characters other than tab, newline, vertical tab, form feed and carriage return. */
function hasControlCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 9 || (c > 13 && c < 32) || c === 127) return true;
  }
  return false;
}

function tooLarge(): DocumentInputError {
  return new DocumentInputError(
    'TOO_LARGE',
    `The document is larger than ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB.`,
  );
}

/**
 * Checks text that is already a string (from GraphQL or a decoded file): not empty, at most 2 MB,
 * no binary control characters, no replacement characters or mojibake left by a wrong decoding, and
 * Finnish (common function words). Returns the text without a byte-order mark.
 */
export function readDocumentText(input: string): string {
  if (input.length > MAX_DOCUMENT_BYTES || new TextEncoder().encode(input).length > MAX_DOCUMENT_BYTES)
    throw tooLarge();
  const text = input.replace(/^\uFEFF/, '');
  if (!text.trim()) throw new DocumentInputError('EMPTY', 'The document is empty.');
  if (hasControlCharacters(text)) throw new DocumentInputError('BINARY', 'The document is binary, not text.');
  if (text.includes('\uFFFD') || MOJIBAKE.test(text))
    throw new DocumentInputError(
      'ENCODING',
      'The document was decoded with the wrong character set (ä and ö are garbled); send it as UTF-8.',
    );
  const words = text.match(/\p{L}+/gu) ?? [];
  const finnish = text.match(FINNISH_WORDS) ?? [];
  if (words.length < 5 || finnish.length / words.length < 0.03) {
    throw new DocumentInputError('NOT_FINNISH', 'The document does not look like Finnish text.');
  }
  return text;
}

/** Checks raw bytes (a file): size first, then NUL bytes, then strict UTF-8, then the text checks. */
export function readDocumentBytes(bytes: Uint8Array): string {
  if (bytes.length > MAX_DOCUMENT_BYTES) throw tooLarge();
  if (bytes.includes(0)) throw new DocumentInputError('BINARY', 'The document is binary, not text.');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new DocumentInputError(
      'ENCODING',
      'The document is not valid UTF-8 (convert it, e.g. from Windows-1252).',
    );
  }
  return readDocumentText(text);
}
