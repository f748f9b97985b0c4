import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { type Browser, chromium, type Page } from 'playwright-core';
import { loadConfig } from '../../api/src/config';
import { initOrm, migrate } from '../../api/src/db/orm';
import { seedDataset } from '../../api/src/db/seed/seeder';
import { type App, createApp } from '../../api/src/server';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface Served {
  orm: Awaited<ReturnType<typeof initOrm>>;
  base: string;
  /** A fresh app on the same database: its response cache starts cold. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The real API serving the built dashboard, on the real data set (the national register) in SQLite.
 * `env` adds environment settings as the server reads them (e.g. editors' keys: `EDITOR_API_KEYS`).
 */
export async function serveDashboard(
  prepare?: (orm: Served['orm']) => Promise<void>,
  env: Record<string, string> = {},
): Promise<Served> {
  if (!existsSync(new URL('../dist/index.html', import.meta.url)))
    throw new Error('Build the dashboard first (pnpm --filter @vertailu/dashboard build).');
  const config = {
    ...loadConfig({ NODE_ENV: 'test', ...env }),
    database: { kind: 'sqlite' as const, file: ':memory:' },
    rateLimitPerIp: 100_000,
    rateLimitPerKey: 100_000,
  };
  const orm = await initOrm(config.database);
  await migrate(orm);
  await seedDataset(orm);
  await prepare?.(orm);
  let app: App | null = null;
  let port = 0;
  const stop = async () => {
    const current = app;
    if (!current) return;
    await current.stop();
    await new Promise((resolve) => current.httpServer.close(resolve));
  };
  const start = async () => {
    app = await createApp(orm, config);
    const server = app.httpServer;
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  };
  await start();
  return {
    orm,
    base: `http://127.0.0.1:${port}`,
    restart: async () => {
      await stop();
      await start();
    },
    close: async () => {
      await stop();
      await orm.close();
    },
  };
}

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(`No Chromium at ${CHROMIUM}: apt-get install -y --no-install-recommends chromium`);
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** Text as a reader sees it: runs of white space (incl. no-break spaces) as one space. */
export const normalText = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe's violations on the page as "rule (nodes)": every impact, or only serious and critical ones.
 * Injected through the DevTools protocol, which the page's CSP does not govern (an inline <script> it would block).
 */
export async function axeViolations(page: Page, only: 'all' | 'serious' = 'all'): Promise<string[]> {
  await page.evaluate(axeSource);
  const result = (await page.evaluate(() =>
    (window as unknown as { axe: { run: () => Promise<unknown> } }).axe.run(),
  )) as { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };
  return result.violations
    .filter((v) => only === 'all' || v.impact === 'serious' || v.impact === 'critical')
    .map((v) =>
      only === 'all'
        ? `${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`
        : `${v.id} (${v.nodes.length})`,
    );
}
