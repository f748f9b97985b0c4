import { loadDataset } from '@vertailu/data';
import { evaluate } from '../src/evaluate';

// Prints field-level precision and recall of the ingester over the seed documents against the curated data set.
const started = performance.now();
const { perSource, precision, recall } = evaluate(loadDataset());
const ms = performance.now() - started;
for (const s of perSource) {
  const missed = s.expected.filter((f) => !s.extracted.includes(f));
  const wrong = s.extracted.filter((f) => !s.expected.includes(f));
  console.log(
    `${s.source}: ${s.truePositives}/${s.expected.length} recovered${missed.length ? `; missed ${missed.join(', ')}` : ''}${wrong.length ? `; not in the data set ${wrong.join(', ')}` : ''}`,
  );
}
console.log(
  `seed documents: precision ${(precision * 100).toFixed(1)} %, recall ${(recall * 100).toFixed(1)} % (${ms.toFixed(0)} ms including loading the data set)`,
);
