import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { isEnumType, isInputObjectType, isInterfaceType, isObjectType, isScalarType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { printSchemaWithDirectives } from '../src/graphql/print';
import { getSchema } from '../src/graphql/schema';
import { SCHEMA_FILE } from '../src/graphql/schema-file';

describe('schema.graphql', () => {
  it('is the schema the code generates (run `pnpm schema` after changing types)', async () => {
    const generated = printSchemaWithDirectives(await getSchema());
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(generated);
  });

  it('describes every type, field and argument', async () => {
    const schema = await getSchema();
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (
        type.name.startsWith('__') ||
        (isScalarType(type) &&
          !type.description &&
          ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name))
      )
        continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) {
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
      if (isEnumType(type) && !type.description) missing.push(type.name);
    }
    expect(missing).toEqual([]);
  });

  it('has the root queries and mutations the API promises', async () => {
    const schema = await getSchema();
    const queries = Object.keys(schema.getQueryType()?.getFields() ?? {});
    for (const q of [
      'municipalities',
      'municipality',
      'projects',
      'project',
      'practices',
      'practice',
      'outcomes',
      'organisations',
      'sources',
      'node',
    ]) {
      expect(queries).toContain(q);
    }
    const mutations = Object.keys(schema.getMutationType()?.getFields() ?? {});
    for (const entity of ['Project', 'Practice', 'Outcome', 'FundingLine']) {
      for (const verb of ['create', 'update', 'delete']) expect(mutations).toContain(`${verb}${entity}`);
    }
  });
});

describe('the playground’s example operations', () => {
  it('are valid against the schema', async () => {
    const { parse, validate } = await import('graphql');
    const { examples } = await import('../../playground/src/examples');
    const schema = await getSchema();
    expect(examples.length).toBeGreaterThan(3);
    for (const example of examples) expect(validate(schema, parse(example.query))).toEqual([]);
  });
});
