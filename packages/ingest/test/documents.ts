import { readdirSync, readFileSync } from 'node:fs';

const folder = new URL('./documents/', import.meta.url);

/**
 * Municipalities the own documents are about besides the four of the data set (Statistics Finland
 * codes): the ingester must read names it has never seen in a seed, in their inflected forms.
 */
export const OTHER_MUNICIPALITIES = [
  { code: '109', nameFi: 'Hämeenlinna' },
  { code: '297', nameFi: 'Kuopio' },
  { code: '398', nameFi: 'Lahti' },
  { code: '698', nameFi: 'Rovaniemi' },
  { code: '837', nameFi: 'Tampere' },
];

/**
 * Documents written for the evaluation (not seeds), each `NN-name.txt` with the facts a careful
 * reader takes from it in `NN-name.expected.txt`, one per line (`#` starts a comment).
 */
export function ownDocuments(): { document: string; text: string; expected: Set<string> }[] {
  return readdirSync(folder)
    .filter((f) => f.endsWith('.txt') && !f.endsWith('.expected.txt'))
    .sort()
    .map((f) => {
      const expected = readFileSync(new URL(f.replace(/\.txt$/, '.expected.txt'), folder), 'utf8')
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l && !l.startsWith('#'));
      return { document: f, text: readFileSync(new URL(f, folder), 'utf8'), expected: new Set(expected) };
    });
}
