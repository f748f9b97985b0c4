import type { ApolloServerPlugin } from '@apollo/server';
import { type DocumentNode, Kind, type ValueNode, visit } from 'graphql';
import { badInput } from './errors';

const MESSAGE = 'contains a NUL character (U+0000), which text cannot hold.';

/** Where the first string containing U+0000 sits in a value, as a path like `input.name` or `municipalities[1]`. */
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
 * Where each variable is used, as an input path (`filter.search`, `input`), so errors name fields the
 * way resolvers do.
 */
function argumentOfVariables(document: DocumentNode): Map<string, string> {
  const names = new Map<string, string>();
  const walk = (value: ValueNode, path: string) => {
    if (value.kind === Kind.VARIABLE) names.set(value.name.value, path);
    else if (value.kind === Kind.OBJECT)
      for (const f of value.fields) walk(f.value, `${path}.${f.name.value}`);
    else if (value.kind === Kind.LIST)
      value.values.forEach((v, i) => {
        walk(v, `${path}[${i}]`);
      });
  };
  visit(document, {
    [Kind.ARGUMENT]: (node) => walk(node.value, node.name.value),
  });
  return names;
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
        const variables = Object.entries(request.variables ?? {});
        if (variables.some(([, v]) => nulPath(v, '') !== null)) {
          const argumentOf = argumentOfVariables(document);
          for (const [name, value] of variables) {
            const path = nulPath(value, argumentOf.get(name) ?? `$${name}`);
            if (path !== null) throw badInput(path, MESSAGE);
          }
        }
        let argument = 'query';
        visit(document, {
          [Kind.ARGUMENT]: (node) => {
            argument = node.name.value;
          },
          [Kind.STRING]: (node) => {
            if (node.value.includes('\u0000')) throw badInput(argument, MESSAGE);
          },
        });
      },
    };
  },
};
