export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

export type InputProblem = 'EMPTY' | 'TOO_LARGE' | 'BINARY' | 'ENCODING' | 'NOT_FINNISH';

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

/**
 * Checks raw bytes before parsing: not empty, at most 10 MB, text (no NUL bytes), valid UTF-8, and
 * Finnish (common function words and letters). Returns the text; throws DocumentInputError otherwise.
 */
export function readDocumentBytes(bytes: Uint8Array): string {
  if (bytes.length > MAX_DOCUMENT_BYTES)
    throw new DocumentInputError(
      'TOO_LARGE',
      `The document is larger than ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB.`,
    );
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
  text = text.replace(/^\uFEFF/, '');
  if (!text.trim()) throw new DocumentInputError('EMPTY', 'The document is empty.');
  const words = text.match(/\p{L}+/gu) ?? [];
  const finnish = text.match(FINNISH_WORDS) ?? [];
  if (words.length < 5 || finnish.length / words.length < 0.03) {
    throw new DocumentInputError('NOT_FINNISH', 'The document does not look like Finnish text.');
  }
  return text;
}
