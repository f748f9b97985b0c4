#!/usr/bin/env node
/**
 * The folder-level dependency rule, run by `pnpm deps` (see ARCHITECTURE.md § Layers): collapsed to
 * folders, apps/api/src imports itself without cycles. A folder is a feature folder (modules/*) or a
 * foundation (core/, db/, graphql/, http/, context.ts, config.ts). dependency-cruiser checks cycles
 * between files, and its folder-scope rules cannot say "only through these folders" (they take no `via`
 * yet), so this reads its JSON (`depcruise --output-type json`, type-only imports included) from stdin,
 * collapses every file to its folder and looks for strongly connected groups of folders. The
 * composition roots (the resolver list, the entity list, the ORM set-up, the seeder, the CLIs under db/,
 * server.ts, main.ts) wire every feature together by design: their own imports are not counted (what
 * imports them still is).
 *
 *   depcruise apps/api/src --config .dependency-cruiser.cjs --output-type json | node scripts/folder-cycles.mjs
 *
 * Exit 1 with each cycle and the imports that make it; 0 with the folders' layering (lowest first).
 */
import { readFileSync } from 'node:fs';

const SRC = 'apps/api/src/';
const FEATURE = /^apps\/api\/src\/modules\/([^/]+)\//;
const FOUNDATION = /^apps\/api\/src\/((?:core|db|graphql|http)\/|(?:context|config)\.ts$)/;
// The same files as COMPOSITION_ROOTS in .dependency-cruiser.cjs, plus the two start files.
const COMPOSITION_ROOT =
  /^apps\/api\/src\/(graphql\/(schema|print-schema|schema-file|print)\.ts|db\/(entities|orm|cli|db\.cli|dump\.cli|seed\/.*)\.ts|server\.ts|main\.ts)$/;

/** A file's folder: a feature folder by its name (`project`), a foundation by its path (`graphql/`). */
function folderOf(file) {
  return FEATURE.exec(file)?.[1] ?? FOUNDATION.exec(file)?.[1];
}
const isFeature = (folder) => !folder.includes('/') && !folder.endsWith('.ts');
const label = (folder) => (isFeature(folder) ? `modules/${folder}` : folder);

const cruise = JSON.parse(readFileSync(0, 'utf8'));
/** folder → folder → the file-level imports behind the edge */
const edges = new Map();
const folders = new Set();
for (const module of cruise.modules) {
  const from = folderOf(module.source);
  if (!from || COMPOSITION_ROOT.test(module.source)) continue;
  folders.add(from);
  for (const dependency of module.dependencies) {
    const to = folderOf(dependency.resolved);
    if (!to || to === from) continue;
    folders.add(to);
    if (!edges.has(from)) edges.set(from, new Map());
    const imports = edges.get(from).get(to) ?? [];
    imports.push(`${module.source} → ${dependency.resolved}`);
    edges.get(from).set(to, imports);
  }
}
const next = (folder) => [...(edges.get(folder)?.keys() ?? [])].sort();

// Tarjan's strongly connected components.
let counter = 0;
const index = new Map();
const low = new Map();
const stack = [];
const onStack = new Set();
const groups = [];
function connect(v) {
  index.set(v, counter);
  low.set(v, counter);
  counter++;
  stack.push(v);
  onStack.add(v);
  for (const w of next(v)) {
    if (!index.has(w)) {
      connect(w);
      low.set(v, Math.min(low.get(v), low.get(w)));
    } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), index.get(w)));
  }
  if (low.get(v) === index.get(v)) {
    const group = [];
    let w;
    do {
      w = stack.pop();
      onStack.delete(w);
      group.push(w);
    } while (w !== v);
    groups.push(group);
  }
}
for (const folder of [...folders].sort()) if (!index.has(folder)) connect(folder);

/** One cycle through `start` inside its group, by breadth-first search: the shortest way back. */
function cycleThrough(start, group) {
  const inGroup = new Set(group);
  const previous = new Map([[start, null]]);
  const queue = [start];
  while (queue.length) {
    const v = queue.shift();
    for (const w of next(v)) {
      if (!inGroup.has(w)) continue;
      if (w === start) {
        const path = [v];
        while (previous.get(path[0]) !== null) path.unshift(previous.get(path[0]));
        return [...path, start];
      }
      if (!previous.has(w)) {
        previous.set(w, v);
        queue.push(w);
      }
    }
  }
  return [start];
}

const cycles = groups.filter((g) => g.length > 1);
if (cycles.length) {
  for (const group of cycles) {
    const sorted = [...group].sort();
    const cycle = cycleThrough(sorted[0], sorted);
    const named = sorted.every(isFeature)
      ? `modules/{${sorted.join(',')}}`
      : `{${sorted.map(label).join(',')}}`;
    console.error(`error no-folder-cycles: ${named} import each other in a circle:`);
    for (let i = 0; i + 1 < cycle.length; i++) {
      const imports = edges.get(cycle[i]).get(cycle[i + 1]);
      console.error(
        `  ${label(cycle[i])} → ${label(cycle[i + 1])}  (${imports.length} imports, e.g. ${imports[0]})`,
      );
    }
  }
  console.error(
    `\n✘ ${cycles.length} cycle(s) between folders. Move the shared piece to a folder both may import (a feature piece out of a foundation into its feature folder), or register the field from the folder that points at the other (see ARCHITECTURE.md § Layers).`,
  );
  process.exit(1);
}
// Tarjan emits components in reverse topological order: every folder after those it imports.
const features = [...folders].filter(isFeature).length;
console.log(
  `✔ no cycles between the ${features} feature folders (${SRC}modules/*) and ${folders.size - features} foundations; lowest first:`,
);
// Feature folders by their bare name here, foundations by their path (`graphql/`, `context.ts`).
console.log(`  ${groups.map((g) => g[0]).join(' < ')}`);
