import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import {
  type DocumentNode,
  type ExecutionResult,
  GraphQLError,
  type GraphQLSchema,
  getVariableValues,
  isAbstractType,
} from 'graphql';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';

type Gateway = ApolloServerOptionsWithGateway<BaseContext>['gateway'];

/**
 * Executes operations with graphql-jit instead of graphql-js: an operation is compiled once into a
 * function that walks its selection, and every later request with the same document runs that function.
 * graphql-js interprets the document for each field of each row (a path object, a field lookup and a
 * completion per value): on a 1 500-row comparison or a 1 300-value profile that walk and the garbage it
 * leaves cost more CPU than the SQL (issue 14). Resolvers, types, errors and null bubbling are the
 * schema's own; parsing, validation and the cost limits stay Apollo's (this runs after them).
 *
 * Apollo Server 4+ takes a custom executor only through its gateway interface, which is all this is: the
 * schema is given once and never changes.
 *
 * Compiled operations are kept per parsed document (a WeakMap: Apollo's document store keeps one parsed
 * document per distinct query text, bounded by its LRU, and releases the compiled operations with it) and
 * per operation name. A document Apollo does not keep is compiled for its one request: the cost of
 * compiling grows with the document, which the token, depth and alias limits bound before this runs.
 */
export function jitGateway(schema: GraphQLSchema): NonNullable<Gateway> {
  refuseAsyncTypeResolvers(schema);
  const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | ExecutionResult>>();
  const compiledFor = (document: DocumentNode, operationName: string | null) => {
    let byName = compiled.get(document);
    if (!byName) {
      byName = new Map();
      compiled.set(document, byName);
    }
    const key = operationName ?? '';
    let query = byName.get(key);
    if (!query) {
      query = compileQuery(schema, document, operationName ?? undefined, {
        // Apollo serialises the answer itself; errors carry no stack the client would see anyway.
        disablingCapturingStackErrors: true,
      });
      byName.set(key, query);
    }
    return query;
  };
  return {
    async load() {
      return {
        executor: async (request) => {
          const query = compiledFor(request.document, request.operationName);
          if (!isCompiledQuery(query)) return query;
          const variables = request.request.variables ?? {};
          const result = (await query.query(undefined, request.context, variables)) as ExecutionResult<
            Record<string, unknown>
          >;
          // No data at all: the variables did not coerce. graphql-js says why in the form Apollo (and
          // our clients) know — the variable's definition attached, so it is a BAD_USER_INPUT.
          if (result.data === undefined && result.errors?.length) {
            const coerced = getVariableValues(
              schema,
              request.operation.variableDefinitions ?? [],
              variables,
              {
                maxErrors: 50,
              },
            );
            if (coerced.errors) return { errors: coerced.errors };
          }
          return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
        },
      };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => {};
    },
    async stop() {},
  };
}

/**
 * graphql-jit calls an abstract type's resolveType and uses its answer as is: a promise would be taken
 * for a type and every value of the union answered with an error. type-graphql wraps a resolveType the
 * schema declares in an async function (its default, by class, is synchronous), so one declared by
 * mistake is refused at start, naming the type, rather than failing the first query that reaches it.
 */
function refuseAsyncTypeResolvers(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap()))
    if (isAbstractType(type) && type.resolveType?.constructor.name === 'AsyncFunction')
      throw new Error(
        `${type.name}: its resolveType is asynchronous; the compiled executor needs it synchronous (leave it to type-graphql's default, by class).`,
      );
}

/**
 * graphql-jit's errors borrow GraphQLError's prototype without its constructor (no `nodes`, extensions
 * only from a thrown GraphQLError): rebuilt as graphql-js builds a resolver's error — message, path,
 * locations, the thrown error as `originalError` — so Apollo and format-error.ts unwrap and map them
 * exactly as before (a DomainError to its code, a lost database to SERVICE_UNAVAILABLE).
 */
function asGraphQLError(error: GraphQLError): GraphQLError {
  const original = error.originalError ?? undefined;
  const rebuilt = new GraphQLError(error.message, {
    path: error.path,
    originalError: original,
    extensions: error.extensions ?? (original as GraphQLError | undefined)?.extensions,
  });
  if (error.locations) (rebuilt as { locations?: unknown }).locations = error.locations;
  return rebuilt;
}
