import type { CodegenConfig } from '@graphql-codegen/cli';

// Query and result types come from the API's committed schema, never by hand.
const config: CodegenConfig = {
  schema: '../api/schema.graphql',
  documents: 'src/graphql/*.graphql',
  generates: {
    'src/graphql/generated.ts': {
      plugins: ['typescript-operations', 'typed-document-node'],
      config: { avoidOptionals: true, enumsAsTypes: true, useTypeImports: true, documentMode: 'string' },
    },
  },
  silent: true,
};
export default config;
