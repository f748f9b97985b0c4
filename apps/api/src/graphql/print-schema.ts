import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { printSchemaWithDirectives } from './print';
import { getSchema } from './schema';
import { SCHEMA_FILE } from './schema-file';

/** Writes apps/api/schema.graphql; a test fails when the committed file differs from the code. */
const schema = await getSchema();
writeFileSync(SCHEMA_FILE, printSchemaWithDirectives(schema));
console.log(`Wrote ${SCHEMA_FILE}`);
