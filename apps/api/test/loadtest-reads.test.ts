import { readFileSync } from 'node:fs';
import { buildSchema, getVariableValues, type OperationDefinitionNode, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { dashboardOperations, loadtestReads } from '../scripts/loadtest-reads';
import { SCHEMA_FILE } from '../src/graphql/schema-file';

/**
 * `pnpm loadtest` replays the dashboard's operations. When a merge renamed two of them, a 30-minute soak
 * measured nothing but error answers; this keeps the load test's reads in step with the dashboard and the
 * schema without a database.
 */
describe('the load test reads', () => {
  const schema = buildSchema(readFileSync(SCHEMA_FILE, 'utf8'));
  const document = parse(dashboardOperations());
  const operations = new Map(
    document.definitions
      .filter((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')
      .map((d) => [d.name?.value, d]),
  );

  it('are valid dashboard operations against schema.graphql', () => {
    expect(validate(schema, document).map((e) => e.message)).toEqual([]);
  });

  it.each(loadtestReads('UHJvamVjdDox'))(
    '%s names a dashboard operation and its variables coerce',
    (name, variables) => {
      const operation = operations.get(name);
      expect(operation, `no operation ${name} in the dashboard`).toBeDefined();
      const coerced = getVariableValues(schema, operation?.variableDefinitions ?? [], variables);
      expect('errors' in coerced ? coerced.errors?.map((e) => e.message) : []).toEqual([]);
      // Every variable the read sends is one the operation declares (a dropped variable would be ignored silently).
      const declared = new Set(operation?.variableDefinitions?.map((v) => v.variable.name.value));
      expect(Object.keys(variables).filter((v) => !declared.has(v))).toEqual([]);
    },
  );

  it('fails for a read the dashboard does not have', () => {
    expect(operations.has('Municipalities')).toBe(false);
    const operation = operations.get('Compare');
    const coerced = getVariableValues(schema, operation?.variableDefinitions ?? [], { municipalities: 5 });
    expect('errors' in coerced && coerced.errors?.length).toBeGreaterThan(0);
  });
});
