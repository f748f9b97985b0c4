import mammoth from 'mammoth';
import { htmlToText } from './html';

/** DOCX bytes → text, through mammoth's HTML (headings and lists kept) and the HTML reader. */
export async function docxToText(bytes: Uint8Array): Promise<{ text: string; warnings: string[] }> {
  const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
  return {
    text: htmlToText(`<body>${result.value}</body>`),
    warnings: result.messages.map((m) => m.message),
  };
}
