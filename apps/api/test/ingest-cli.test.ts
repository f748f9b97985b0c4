import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const API_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TSX = path.join(API_ROOT, 'node_modules/.bin/tsx');
const CORPUS = path.resolve(API_ROOT, '../../packages/ingest/test/corpus');
const work = mkdtempSync(path.join(tmpdir(), 'vertailu-ingest-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** `pnpm ingest <folder>` as a user runs it: a real process on a throw-away SQLite database. */
function ingest(folder: string) {
  const run = spawnSync(TSX, ['src/modules/ingestion/ingest.cli.ts', folder], {
    cwd: API_ROOT,
    env: { ...process.env, DATABASE_URL: `sqlite:${path.join(work, 'cli.sqlite')}`, INIT_CWD: API_ROOT },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: run.status, stderr: run.stderr };
}

describe('pnpm ingest folder/', () => {
  const folder = path.join(work, 'kansio');
  mkdirSync(path.join(folder, 'alakansio'), { recursive: true });
  copyFileSync(path.join(CORPUS, '22-esr-hoivadigi.txt'), path.join(folder, 'hoivadigi.txt'));
  copyFileSync(
    path.join(CORPUS, '18-poytakirja-kalajoki.docx'),
    path.join(folder, 'alakansio/kalajoki.docx'),
  );
  copyFileSync(
    path.join(CORPUS, '17-poytakirja-jamijarvi-skannattu.pdf'),
    path.join(folder, 'skannattu.pdf'),
  );
  writeFileSync(
    path.join(folder, 'english.txt'),
    'This is an English memo about the weather and nothing else at all.',
  );
  writeFileSync(path.join(folder, 'kuva.png'), 'not read: not a document extension');

  it('reads every document of the folder and its subfolders, continues past bad files and lists them with reasons', () => {
    const { code, stderr } = ingest(folder);
    expect(code).toBe(1);
    expect(stderr).toMatch(/\[#{30}\] 4\/4 /);
    expect(stderr).toMatch(
      /4 files read in [\d.]+ s \(database set-up [\d.]+ s before\): 2 new drafts, 0 unchanged \(imported before\), 2 not read\./,
    );
    expect(stderr).toContain('Not read:\n');
    expect(stderr).toContain(
      '  kansio/english.txt: NOT_FINNISH: The document does not look like Finnish text.\n',
    );
    expect(stderr).toContain('  kansio/skannattu.pdf: NO_TEXT_LAYER: The PDF has no text layer');
    expect(stderr).not.toContain('kuva.png');
  }, 120_000);

  it('is idempotent: the same texts again are recognised by their hash and nothing is written', () => {
    const { stderr } = ingest(folder);
    expect(stderr).toMatch(
      /4 files read in [\d.]+ s \(database set-up [\d.]+ s before\): 0 new drafts, 2 unchanged \(imported before\), 2 not read\./,
    );
  }, 120_000);
});
