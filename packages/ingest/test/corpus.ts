import { readdirSync, readFileSync } from 'node:fs';

const folder = new URL('./corpus/', import.meta.url);

export interface CorpusDocument {
  document: string;
  /** `tune` (rules may be changed while looking at it) or `heldOut` (never looked at while tuning). */
  half: 'tune' | 'heldOut';
  /** The genre a careful reader gives it (the expected `type:` fact), or `(unreadable)`. */
  genre: string;
  bytes: Uint8Array;
  expected: Set<string>;
  /** Facts that must NOT be extracted: baselines, shares, projections, addresses, headlines … */
  traps: Set<string>;
}

/** The fixed split, recorded once before any tuning (see corpus/README.md). */
export const SPLIT: Record<'tune' | 'heldOut', string[]> = JSON.parse(
  readFileSync(new URL('split.json', folder), 'utf8'),
);

/**
 * The evaluation corpus: documents in the formats planners hold (plain text, HTML saved from a
 * browser, PDF with and without a text layer, DOCX), each `NN-name.<ext>` with `NN-name.expected.txt`:
 * one fact per line, `!fact` a trap, `#` a comment.
 */
export function corpusDocuments(): CorpusDocument[] {
  const files = readdirSync(folder).filter(
    (f) => /^\d\d-.*\.(txt|html|pdf|docx)$/.test(f) && !f.endsWith('.expected.txt'),
  );
  return files.sort().map((f) => {
    const id = f.replace(/\.[^.]+$/, '');
    const lines = readFileSync(new URL(`${id}.expected.txt`, folder), 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'));
    const expected = new Set(lines.filter((l) => !l.startsWith('!')));
    const traps = new Set(lines.filter((l) => l.startsWith('!')).map((l) => l.slice(1)));
    const half = SPLIT.tune.includes(id) ? 'tune' : SPLIT.heldOut.includes(id) ? 'heldOut' : null;
    if (!half) throw new Error(`${f} is in neither half of corpus/split.json`);
    const type = [...expected].find((l) => l.startsWith('type:'));
    return {
      document: f,
      half,
      genre: type ? type.slice(5) : '(unreadable)',
      bytes: new Uint8Array(readFileSync(new URL(f, folder))),
      expected,
      traps,
    };
  });
}
