import { htmlToText } from './html';

/**
 * DOCX bytes → text, through mammoth's HTML (headings and lists kept) and the HTML reader. Mammoth is
 * loaded with the first Word file (a seventh of a second): processes that read none never pay for it.
 */
export async function docxToText(bytes: Uint8Array): Promise<{ text: string; warnings: string[] }> {
  const { default: mammoth } = await import('mammoth');
  const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
  return {
    text: htmlToText(`<body>${result.value}</body>`),
    warnings: result.messages.map((m) => m.message),
  };
}
