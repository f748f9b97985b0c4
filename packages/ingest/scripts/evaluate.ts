import { loadDataset } from '@vertailu/data';
import { contextOf, type Evaluation, evaluateDocuments, evaluateSeeds } from '../src/evaluate';
import { OTHER_MUNICIPALITIES, ownDocuments } from '../test/documents';

/**
 * `pnpm --filter @vertailu/ingest evaluate`: field-level precision and recall of the ingester on the
 * five seeds (against the hand-curated data set) and, separately, on the documents written for the
 * evaluation (against their hand-written facts), with the time the ingester took.
 */
const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

function print(title: string, ev: Evaluation): void {
  console.log(`\n${title}`);
  for (const d of ev.documents) {
    const missed = d.expected.filter((f) => !d.extracted.includes(f));
    const wrong = d.extracted.filter((f) => !d.expected.includes(f));
    console.log(
      `  ${d.document}: ${d.truePositives}/${d.expected.length} recovered, ${d.extracted.length - d.truePositives} extra, ${d.ms.toFixed(1)} ms` +
        (missed.length ? `\n    missed: ${missed.join(' | ')}` : '') +
        (wrong.length ? `\n    not expected: ${wrong.join(' | ')}` : ''),
    );
  }
  console.log('  field              expected  extracted  correct  precision  recall');
  for (const f of ev.fields)
    console.log(
      `  ${f.field.padEnd(18)} ${String(f.expected).padStart(8)} ${String(f.extracted).padStart(10)} ${String(f.truePositives).padStart(8)}  ${pct(f.extracted ? f.truePositives / f.extracted : 1).padStart(9)}  ${pct(f.expected ? f.truePositives / f.expected : 1).padStart(6)}`,
    );
  console.log(
    `  TOTAL: precision ${pct(ev.precision)}, recall ${pct(ev.recall)}; ingesting ${ev.documents.length} documents took ${ev.ms.toFixed(1)} ms`,
  );
}

const dataset = loadDataset();
// Warm the regular expressions once so the timing is the steady state a batch import sees.
evaluateSeeds(dataset);
print('Seed documents vs the hand-curated data set', evaluateSeeds(dataset));
const context = contextOf(dataset);
print(
  'Own test documents vs their hand-written facts',
  evaluateDocuments(ownDocuments(), {
    ...context,
    municipalities: [...context.municipalities, ...OTHER_MUNICIPALITIES],
  }),
);
