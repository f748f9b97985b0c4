import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** scripts/folder-cycles.mjs (run by `pnpm deps`) on dependency-cruiser JSON it is given. */
const SCRIPT = fileURLToPath(new URL('../../../scripts/folder-cycles.mjs', import.meta.url));

function check(imports: [from: string, to: string][]) {
  const modules = new Map<string, string[]>();
  for (const [from, to] of imports) modules.set(from, [...(modules.get(from) ?? []), to]);
  const cruise = {
    modules: [...modules].map(([source, tos]) => ({
      source: `apps/api/src/${source}`,
      dependencies: tos.map((to) => ({ resolved: `apps/api/src/${to}` })),
    })),
  };
  const run = spawnSync(process.execPath, [SCRIPT], { input: JSON.stringify(cruise), encoding: 'utf8' });
  return { status: run.status, out: run.stdout, err: run.stderr };
}

describe('the folder-level rule: no cycles between folders (feature folders and foundations)', () => {
  it('passes a layering and prints it lowest first', () => {
    const result = check([
      ['modules/practice/practice.entity.ts', 'modules/project/project.entity.ts'],
      ['modules/project/project.entity.ts', 'modules/municipality/municipality.entity.ts'],
      // Files of one folder may import each other; features import foundations, foundations each other.
      ['modules/project/project.resolver.ts', 'modules/project/project.entity.ts'],
      ['modules/project/project.resolver.ts', 'graphql/loaders.ts'],
      ['graphql/loaders.ts', 'db/plain.ts'],
      // A composition root wires every feature together: its own imports are not counted.
      ['graphql/schema.ts', 'modules/practice/practice.entity.ts'],
    ]);
    expect(result.status).toBe(0);
    expect(result.out).toContain('no cycles between the 3 feature folders');
    expect(result.out).toContain('municipality < project < practice');
    expect(result.out).toContain('and 2 foundations');
    expect(result.out).toContain('db/ < graphql/ < municipality < project < practice');
  });

  it('fails on a cycle through a foundation: a feature piece left in graphql/', () => {
    const result = check([
      ['modules/practice/practice.entity.ts', 'modules/project/project.entity.ts'],
      ['modules/project/project.resolver.ts', 'graphql/relations.ts'],
      ['graphql/relations.ts', 'modules/practice/practice.entity.ts'],
    ]);
    expect(result.status).toBe(1);
    expect(result.err).toContain('{graphql/,modules/practice,modules/project} import each other in a circle');
    expect(result.err).toContain(
      'graphql/ → modules/practice  (1 imports, e.g. apps/api/src/graphql/relations.ts → apps/api/src/modules/practice/practice.entity.ts)',
    );
    expect(result.err).toContain('modules/practice → modules/project');
    expect(result.err).toContain('modules/project → graphql/');
  });

  it('fails on a cycle between context.ts and graphql/ (type-only imports count)', () => {
    const result = check([
      ['context.ts', 'graphql/loaders.ts'],
      ['graphql/relations.ts', 'context.ts'],
    ]);
    expect(result.status).toBe(1);
    expect(result.err).toContain('{context.ts,graphql/} import each other in a circle');
  });

  it('fails on a cycle through three folders and names the imports that make it', () => {
    const result = check([
      ['modules/practice/practice.entity.ts', 'modules/project/project.entity.ts'],
      ['modules/project/project.entity.ts', 'modules/municipality/municipality.entity.ts'],
      ['modules/municipality/municipality.resolver.ts', 'modules/practice/practice.entity.ts'],
    ]);
    expect(result.status).toBe(1);
    expect(result.err).toContain('modules/{municipality,practice,project} import each other in a circle');
    expect(result.err).toContain(
      'modules/municipality → modules/practice  (1 imports, e.g. apps/api/src/modules/municipality/municipality.resolver.ts → apps/api/src/modules/practice/practice.entity.ts)',
    );
    expect(result.err).toContain('modules/practice → modules/project');
    expect(result.err).toContain('modules/project → modules/municipality');
  });
});
