import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A free TCP port on loopback. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function binDir(): string {
  const root = '/usr/lib/postgresql';
  const version = existsSync(root) ? readdirSync(root).sort().at(-1) : undefined;
  if (!version)
    throw new Error('PostgreSQL binaries not found under /usr/lib/postgresql (apt-get install postgresql).');
  return path.join(root, version, 'bin');
}

/**
 * A PostgreSQL server of the test's own (own data directory and port), so a test may stop and start
 * it without touching the machine's shared instance. initdb refuses to run as root: as root it runs as
 * the `postgres` user.
 */
export class OwnPostgres {
  readonly dir = mkdtempSync(path.join(tmpdir(), 'vertailu-pg-'));
  private readonly bin = binDir();
  private readonly asRoot = process.getuid?.() === 0;

  private constructor(readonly port: number) {}

  static async create(): Promise<OwnPostgres> {
    const pg = new OwnPostgres(await freePort());
    if (pg.asRoot) {
      const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
      const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
      chownSync(pg.dir, uid, gid);
    }
    pg.run('initdb', ['-D', pg.dir, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8']);
    pg.start();
    return pg;
  }

  get url(): string {
    return `postgresql://postgres@127.0.0.1:${this.port}/postgres`;
  }

  private run(program: string, args: string[]): void {
    const cmd = path.join(this.bin, program);
    if (this.asRoot) execFileSync('runuser', ['-u', 'postgres', '--', cmd, ...args], { stdio: 'pipe' });
    else execFileSync(cmd, args, { stdio: 'pipe' });
  }

  start(): void {
    this.run('pg_ctl', [
      '-D',
      this.dir,
      '-w',
      '-o',
      `-p ${this.port} -c listen_addresses=127.0.0.1 -k ${this.dir} -c fsync=off`,
      '-l',
      path.join(this.dir, 'log'),
      'start',
    ]);
  }

  stop(): void {
    this.run('pg_ctl', ['-D', this.dir, '-w', '-m', 'fast', 'stop']);
  }

  destroy(): void {
    try {
      this.stop();
    } catch {
      // already stopped
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}
