import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { withDatabase } from './cli';
import { type Dump, DumpError, exportDump, importDump } from './dump';

const usage = `Usage:
  pnpm export [file.json]                  the whole database (DATABASE_URL) to a versioned JSON dump (default: stdout)
  pnpm import-dump <file.json> [--replace] load a dump into the database; one transaction, so all or nothing`;

async function main(): Promise<void> {
  const [command, file, flag] = process.argv.slice(2);
  // pnpm runs package scripts in the package folder; INIT_CWD is where the user typed the command.
  const resolve = (f: string) => path.resolve(process.env.INIT_CWD ?? process.cwd(), f);
  if (command !== 'export' && !(command === 'import' && file)) {
    console.error(usage);
    process.exitCode = 2;
    return;
  }
  await withDatabase(
    async (orm) => {
      if (command === 'export') {
        const dump = await exportDump(orm);
        const json = JSON.stringify(dump);
        if (file) {
          writeFileSync(resolve(file), json);
          const rows = Object.values(dump.tables).reduce((n, t) => n + t.length, 0);
          console.error(`Wrote ${rows} rows of ${Object.keys(dump.tables).length} tables to ${file}.`);
        } else process.stdout.write(`${json}\n`);
      } else {
        const dump = JSON.parse(readFileSync(resolve(file as string), 'utf8')) as Dump;
        console.error(`Importing ${file}…`);
        const result = await importDump(orm, dump, {
          replace: flag === '--replace',
          onProgress: (table, rows) => console.error(`  ${table}: ${rows} rows`),
        });
        console.error(`Imported ${result.rows} rows into ${result.tables} tables.`);
      }
    },
    [DumpError, SyntaxError],
  );
}

void main();
