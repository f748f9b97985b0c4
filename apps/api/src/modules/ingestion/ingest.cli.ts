import 'reflect-metadata';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { EntityManager } from '@mikro-orm/knex';
import { loadDataset } from '@vertailu/data';
import { contextOf, DocumentInputError, ingestDocument } from '@vertailu/ingest';
import { extractDocumentText } from '@vertailu/ingest/formats';
import { GraphQLError } from 'graphql';
import { DomainError } from '../../core/domain-error';
import { withDatabase } from '../../db/cli';
import { seedDataset } from '../../db/seed/seeder';
import { toGraphQLError } from '../../graphql/errors';
import { withActor } from '../audit/audit-scope';
import { fieldsOfDraft } from './draft-fields';
import { importDocument } from './import.service';
import { loadIngestContext } from './ingest-context';

const usage = `Usage: pnpm ingest [--dry-run] [--key <document key>] <file or folder> [more …]
  Reads Finnish documents — project pages, practice descriptions, reports, minutes, decisions, news;
  as PDF (text layer), DOCX, HTML saved from a browser, or text — into drafts in the database
  (DATABASE_URL, default the embedded SQLite) for review (drafts, editDraft, acceptDraft, rejectDraft).
  A folder is read with its subfolders (.txt .md .html .htm .pdf .docx); a bad file is skipped and
  listed at the end with the reason. The same text again changes nothing (SHA-256 of the text).
  --dry-run  print each draft as JSON and write nothing
  --key      document key (identity across revisions) for a single file; default: its path in the folder`;

/** Extensions a folder is read for; a file named on the command line is read whatever its name. */
const DOCUMENT_EXTENSIONS = new Set(['.txt', '.md', '.html', '.htm', '.pdf', '.docx']);

interface Args {
  dryRun: boolean;
  key: string | null;
  paths: string[];
}

function parseArgs(argv: string[]): Args | null {
  const paths: string[] = [];
  let dryRun = false;
  let key: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--dry-run') dryRun = true;
    else if (a === '--key') key = argv[++i] ?? null;
    else if (a.startsWith('--')) return null;
    else paths.push(a);
  }
  if (!paths.length || (key !== null && paths.length > 1)) return null;
  return { dryRun, key, paths };
}

interface Item {
  /** Absolute path. */
  file: string;
  /** How the user sees it, and the default document key: the path inside the folder given. */
  shown: string;
}

/** Files to read: named files as they are; folders walked in name order, hidden entries skipped. */
export function collectFiles(paths: string[], cwd: string): { items: Item[]; missing: string[] } {
  const items: Item[] = [];
  const missing: string[] = [];
  const walk = (dir: string, root: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full, root);
      else if (entry.isFile() && DOCUMENT_EXTENSIONS.has(path.extname(entry.name).toLowerCase()))
        items.push({ file: full, shown: path.join(path.basename(root), path.relative(root, full)) });
    }
  };
  for (const p of paths) {
    const full = path.resolve(cwd, p);
    let stat: ReturnType<typeof statSync>;
    try {
      stat = statSync(full);
    } catch {
      missing.push(p);
      continue;
    }
    if (stat.isDirectory()) walk(full, full);
    else items.push({ file: full, shown: p });
  }
  return { items, missing };
}

/**
 * A progress bar on stderr: redrawn in place on a terminal; on a pipe or in a log, a line at every
 * tenth of the way (a log should not hold a hundred redraws).
 */
export function progressBar(total: number, stream: NodeJS.WriteStream = process.stderr) {
  const started = performance.now();
  let lastTenth = -1;
  return {
    tick(done: number, label: string) {
      const width = 30;
      const filled = total ? Math.round((done / total) * width) : width;
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      const line = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${seconds} s ${label}`;
      if (stream.isTTY)
        stream.write(`\r${line.slice(0, (stream.columns || 100) - 1).padEnd((stream.columns || 100) - 1)}`);
      else {
        const tenth = total ? Math.floor((done / total) * 10) : 10;
        if (tenth !== lastTenth || done === total) stream.write(`${line}\n`);
        lastTenth = tenth;
      }
    },
    end() {
      if (stream.isTTY) stream.write('\n');
    },
  };
}

/** The reason a file was not read, as the user needs it: a code and the message. */
function reasonOf(err: unknown): string {
  if (err instanceof DocumentInputError) return `${err.problem}: ${err.message}`;
  if (err instanceof DomainError) return reasonOf(toGraphQLError(err));
  if (err instanceof GraphQLError)
    return `${String(err.extensions.problem ?? err.extensions.code)}: ${err.message.replace(/^input\.\w+: /, '')}`;
  return `ERROR: ${err instanceof Error ? err.message : String(err)}`;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (!args) {
    console.error(usage);
    process.exitCode = 2;
    return;
  }
  // pnpm runs package scripts in the package folder; INIT_CWD is where the user typed the command.
  const { items, missing } = collectFiles(args.paths, process.env.INIT_CWD ?? process.cwd());
  const failed: { file: string; reason: string }[] = missing.map((file) => ({
    file,
    reason: 'NOT_FOUND: no such file or folder',
  }));
  const counts = { created: 0, unchanged: 0 };
  const launched = performance.now();
  let started = launched;
  let bar = progressBar(items.length);

  if (args.dryRun) {
    const context = contextOf(loadDataset());
    for (const [i, item] of items.entries()) {
      try {
        const { text, format, pages } = await extractDocumentText(new Uint8Array(readFileSync(item.file)));
        const t0 = performance.now();
        const draft = ingestDocument(text, context);
        const ms = performance.now() - t0;
        const { genre, documentType, layout, kind } = draft;
        console.log(
          JSON.stringify(
            {
              file: item.shown,
              format,
              pages,
              genre,
              documentType,
              layout,
              kind,
              ms: Math.round(ms * 10) / 10,
              fields: fieldsOfDraft(text, draft),
            },
            null,
            2,
          ),
        );
      } catch (err) {
        failed.push({ file: item.shown, reason: reasonOf(err) });
      }
      bar.tick(i + 1, item.shown);
    }
  } else {
    await withDatabase(async (orm) => {
      await seedDataset(orm);
      const context = await loadIngestContext(orm.em.fork() as EntityManager);
      // Reading time from here: opening, migrating and seeding the database is set-up.
      started = performance.now();
      bar = progressBar(items.length);
      for (const [i, item] of items.entries()) {
        try {
          const bytes = new Uint8Array(readFileSync(item.file));
          const result = await withActor('cli:ingest', () =>
            orm.em
              .fork()
              .transactional((tx) =>
                importDocument(
                  tx as EntityManager,
                  { bytes, fileName: path.basename(item.file), documentKey: args.key ?? item.shown },
                  'cli',
                  context,
                ),
              ),
          );
          if (result.created) counts.created++;
          else counts.unchanged++;
        } catch (err) {
          failed.push({ file: item.shown, reason: reasonOf(err) });
        }
        bar.tick(i + 1, item.shown);
      }
    });
  }
  bar.end();
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const setup = ((started - launched) / 1000).toFixed(2);
  console.error(
    args.dryRun
      ? `${items.length} files read in ${seconds} s: ${items.length - failed.length + missing.length} drafts printed, ${failed.length} not read.`
      : `${items.length} files read in ${seconds} s (database set-up ${setup} s before): ${counts.created} new drafts, ${counts.unchanged} unchanged (imported before), ${failed.length} not read.`,
  );
  if (failed.length) {
    console.error('Not read:');
    for (const f of failed) console.error(`  ${f.file}: ${f.reason}`);
  }
  if (failed.length || process.exitCode) process.exitCode = 1;
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
