import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { EntityManager } from '@mikro-orm/knex';
import { loadDataset } from '@vertailu/data';
import { contextOf, DocumentInputError, ingestDocument, readDocumentBytes } from '@vertailu/ingest';
import { GraphQLError } from 'graphql';
import { loadConfig } from '../../config';
import { initOrm, migrate } from '../../db/orm';
import { seedDataset } from '../../db/seed/seeder';
import { withActor } from '../audit/audit-scope';
import { fieldsOfDraft } from './draft-fields';
import { importDocument } from './import.service';

const usage = `Usage: pnpm ingest [--dry-run] [--key <document key>] <document.txt> [more.txt …]
  Reads Finnish project pages and practice descriptions into drafts in the database (DATABASE_URL,
  default the embedded SQLite), for review through GraphQL (drafts, editDraft, acceptDraft, rejectDraft).
  --dry-run  print each draft as JSON and write nothing
  --key      document key (identity across revisions) for a single file; default: the file name`;

function parseArgs(argv: string[]): { dryRun: boolean; key: string | null; files: string[] } | null {
  const files: string[] = [];
  let dryRun = false;
  let key: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--dry-run') dryRun = true;
    else if (a === '--key') key = argv[++i] ?? null;
    else if (a.startsWith('--')) return null;
    else files.push(a);
  }
  if (!files.length || (key !== null && files.length > 1)) return null;
  return { dryRun, key, files };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (!args) {
    console.error(usage);
    process.exitCode = 2;
    return;
  }
  // pnpm runs package scripts in the package folder; INIT_CWD is where the user typed the command.
  const resolve = (file: string) => path.resolve(process.env.INIT_CWD ?? process.cwd(), file);
  let failed = 0;
  const problem = (file: string, err: unknown) => {
    failed++;
    const code =
      err instanceof DocumentInputError
        ? err.problem
        : err instanceof GraphQLError
          ? (err.extensions.problem ?? err.extensions.code)
          : 'ERROR';
    console.error(`${file}: ${code}: ${(err as Error).message.replace(/^input\.\w+: /, '')}`);
  };

  if (args.dryRun) {
    const context = contextOf(loadDataset());
    for (const file of args.files) {
      try {
        const text = readDocumentBytes(readFileSync(resolve(file)));
        const started = performance.now();
        const draft = ingestDocument(text, context);
        const ms = performance.now() - started;
        const { genre, layout, kind } = draft;
        console.log(
          JSON.stringify(
            { file, genre, layout, kind, ms: Math.round(ms * 10) / 10, fields: fieldsOfDraft(text, draft) },
            null,
            2,
          ),
        );
      } catch (err) {
        problem(file, err);
      }
    }
    process.exitCode = failed ? 1 : 0;
    return;
  }

  const orm = await initOrm(loadConfig().database);
  try {
    await migrate(orm);
    await seedDataset(orm);
    for (const file of args.files) {
      try {
        const bytes = readFileSync(resolve(file));
        const result = await withActor('cli:ingest', () =>
          orm.em.fork().transactional((tx) =>
            importDocument(
              tx as EntityManager,
              {
                base64: bytes.toString('base64'),
                fileName: path.basename(file),
                documentKey: args.key ?? path.basename(file),
              },
              'cli',
            ),
          ),
        );
        const { document: d, draft } = result;
        console.log(
          result.created
            ? `${file}: revision ${d.revision} of "${d.documentKey}" → draft ${draft.nodeId} (${draft.kind}, ${d.genre}, ${d.layout}), ${draft.fields.length} fields, read in ${d.parseMs} ms`
            : `${file}: unchanged, imported before as revision ${d.revision} of "${d.documentKey}" (draft ${draft.nodeId}, ${draft.status})`,
        );
      } catch (err) {
        problem(file, err);
      }
    }
  } finally {
    await orm.close();
  }
  process.exitCode = failed ? 1 : 0;
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
