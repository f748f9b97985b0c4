import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, visit } from 'graphql';
import { badInput } from './errors';

/** Where the first string containing U+0000 sits in a variable value, as a path like `$m[0]`. */
function nulPath(value: unknown, path: string): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = nulPath(value[i], `${path}[${i}]`);
      if (found) return found;
    }
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const found = nulPath(v, `${path}.${k}`);
      if (found) return found;
    }
  }
  return null;
}

/**
 * No text anywhere in the data may hold U+0000: PostgreSQL refuses it outright (a server error that
 * SQLite would not show), and no Finnish document has one. Checked once per request, before any
 * resolver, for variables and for strings written into the query itself.
 */
export const refuseNulCharacters: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ request, document }) {
        for (const [name, value] of Object.entries(request.variables ?? {})) {
          const path = nulPath(value, `$${name}`);
          if (path) throw badInput(path, 'contains a NUL character (U+0000).');
        }
        let argument = 'query';
        visit(document, {
          [Kind.ARGUMENT]: (node) => {
            argument = node.name.value;
          },
          [Kind.STRING]: (node) => {
            if (node.value.includes('\u0000')) throw badInput(argument, 'contains a NUL character (U+0000).');
          },
        });
      },
    };
  },
};
