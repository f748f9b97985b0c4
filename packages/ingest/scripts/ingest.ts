import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadDataset } from '@vertailu/data';
import { DocumentInputError, ingestDocument, readDocumentBytes } from '../src';

/** `pnpm --filter @vertailu/ingest ingest <files…>`: prints each document's draft as JSON (nothing is written). */
const files = process.argv.slice(2);
if (!files.length) {
  console.error('Usage: pnpm --filter @vertailu/ingest ingest <document.txt> [more.txt …]');
  process.exit(2);
}
const municipalities = loadDataset().municipalities.map((m) => ({ code: m.code, nameFi: m.nameFi }));
let failed = 0;
for (const file of files) {
  try {
    const started = performance.now();
    // pnpm runs package scripts in the package folder; INIT_CWD is where the user typed the command.
    const draft = ingestDocument(
      readDocumentBytes(readFileSync(path.resolve(process.env.INIT_CWD ?? process.cwd(), file))),
      municipalities,
    );
    console.log(JSON.stringify({ file, ms: Math.round(performance.now() - started), draft }, null, 2));
  } catch (err) {
    failed++;
    const problem = err instanceof DocumentInputError ? err.problem : 'ERROR';
    console.error(`${file}: ${problem}: ${(err as Error).message}`);
  }
}
process.exitCode = failed ? 1 : 0;
