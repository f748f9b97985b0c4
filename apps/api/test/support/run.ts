import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

const API_ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const TSX = path.join(API_ROOT, 'node_modules/.bin/tsx');

/** Runs a TypeScript entry point of the API as its own process; collects its output. */
export function run(
  script: string,
  args: string[],
  env: Record<string, string>,
): ChildProcess & { output: () => string } {
  const child = spawn(TSX, [script, ...args], {
    cwd: API_ROOT,
    env: { ...process.env, ...env },
    stdio: 'pipe',
  });
  let out = '';
  child.stdout?.on('data', (d) => {
    out += d;
  });
  child.stderr?.on('data', (d) => {
    out += d;
  });
  return Object.assign(child, { output: () => out });
}
