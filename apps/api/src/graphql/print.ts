import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';

export function printSchemaWithDirectives(schema: GraphQLSchema): string {
  return `# Generated from the code by \`pnpm schema\`. Do not edit.\n\n${printSchema(lexicographicSortSchema(schema))}\n`;
}
