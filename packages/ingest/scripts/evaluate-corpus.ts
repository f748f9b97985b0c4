import { loadDataset } from '@vertailu/data';
import { extractDocumentText } from '../src/formats/index';
import {
  type CorpusScore,
  contextOf,
  DocumentInputError,
  draftFacts,
  type IngestContext,
  ingestDocument,
  scoreCorpusDocument,
  type Tally,
  tally,
} from '../src/index';
import { type CorpusDocument, corpusDocuments } from '../test/corpus';
import { nationalRegister } from '../test/register';

/**
 * `pnpm --filter @vertailu/ingest evaluate:corpus [--context dataset|national]`: the ingester on the
 * evaluation corpus (documents it was not written for), per half, per genre and per field kind,
 * with the traps it fell into.
 */
const pct = (n: number, d: number) => (d ? `${((n / d) * 100).toFixed(1)} %` : '–');

async function run(docs: CorpusDocument[], context: IngestContext): Promise<CorpusScore[]> {
  const out: CorpusScore[] = [];
  for (const doc of docs) {
    let facts: Set<string>;
    try {
      const { text } = await extractDocumentText(doc.bytes);
      facts = draftFacts(ingestDocument(text, context));
    } catch (err) {
      if (!(err instanceof DocumentInputError)) throw err;
      facts = new Set([`error:${err.problem}`]);
    }
    out.push(scoreCorpusDocument(doc, facts));
  }
  return out;
}

function table(title: string, rows: Map<string, Tally>): void {
  console.log(`  ${title.padEnd(24)} expected extracted correct precision  recall  traps hit`);
  for (const [k, t] of rows)
    console.log(
      `  ${k.padEnd(24)} ${String(t.expected).padStart(8)} ${String(t.extracted).padStart(9)} ${String(t.truePositives).padStart(7)} ${pct(t.truePositives, t.extracted).padStart(9)} ${pct(t.truePositives, t.expected).padStart(7)} ${String(t.trapHits).padStart(10)}`,
    );
}

function report(title: string, scores: CorpusScore[], verbose: boolean): void {
  const all = tally(scores, 'all').get('all') as Tally;
  const traps = scores.reduce((n, s) => n + s.traps.length, 0);
  console.log(
    `\n== ${title}: ${scores.length} documents — precision ${pct(all.truePositives, all.extracted)}, recall ${pct(all.truePositives, all.expected)}, traps hit ${all.trapHits} of ${traps}`,
  );
  if (verbose)
    for (const s of scores) {
      const missed = s.expected.filter((f) => !s.extracted.includes(f));
      const wrong = s.extracted.filter((f) => !s.expected.includes(f) && !s.trapHits.includes(f));
      console.log(
        `  ${s.document}: ${s.truePositives}/${s.expected.length}` +
          (missed.length ? `\n    missed: ${missed.join(' | ')}` : '') +
          (wrong.length ? `\n    not expected: ${wrong.join(' | ')}` : '') +
          (s.trapHits.length ? `\n    TRAP: ${s.trapHits.join(' | ')}` : ''),
      );
    }
  table('genre', tally(scores, 'genre'));
  table('field kind', tally(scores, 'field'));
}

const contextArg = process.argv.includes('--context')
  ? process.argv[process.argv.indexOf('--context') + 1]
  : 'national';
const base = contextOf(loadDataset());
const context = contextArg === 'dataset' ? base : { ...base, municipalities: nationalRegister() };
const verbose = !process.argv.includes('--quiet');
const docs = corpusDocuments();
const scores = await run(docs, context);
console.log(`municipalities known to the ingester: ${context.municipalities.length} (${contextArg})`);
report('WHOLE CORPUS', scores, false);
report(
  'TUNE HALF',
  scores.filter((s) => s.half === 'tune'),
  verbose,
);
report(
  'HELD-OUT HALF (never tuned on)',
  scores.filter((s) => s.half === 'heldOut'),
  process.argv.includes('--show-held-out'),
);
