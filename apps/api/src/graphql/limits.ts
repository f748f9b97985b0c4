import { type ASTVisitor, GraphQLError, Kind, type SelectionSetNode, type ValidationContext } from 'graphql';

/** Abuse limits: generous for real use (GraphiQL's introspection is 13 levels deep), fatal for attacks. */
export const MAX_DEPTH = 15;
export const MAX_ALIASES = 30;

// Apollo answers validation failures with GRAPHQL_VALIDATION_FAILED and HTTP 400; the message names the limit.
function limitError(message: string): GraphQLError {
  return new GraphQLError(message);
}

/** Rejects selections nested deeper than MAX_DEPTH (fragments are followed, cycles are not). */
export function depthLimit(context: ValidationContext): ASTVisitor {
  const fragments = new Map(
    context
      .getDocument()
      .definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d]] : [])),
  );
  const depthOf = (set: SelectionSetNode | undefined, seen: Set<string>): number => {
    if (!set) return 0;
    let max = 0;
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) max = Math.max(max, s.selectionSet ? 1 + depthOf(s.selectionSet, seen) : 1);
      else if (s.kind === Kind.INLINE_FRAGMENT) max = Math.max(max, depthOf(s.selectionSet, seen));
      else if (!seen.has(s.name.value))
        max = Math.max(
          max,
          depthOf(fragments.get(s.name.value)?.selectionSet, new Set([...seen, s.name.value])),
        );
    }
    return max;
  };
  return {
    OperationDefinition(node) {
      const depth = depthOf(node.selectionSet, new Set());
      if (depth > MAX_DEPTH)
        context.reportError(
          limitError(`The query is ${depth} levels deep; at most ${MAX_DEPTH} are allowed.`),
        );
    },
  };
}

/** Rejects documents with more than MAX_ALIASES aliases (alias floods multiply work cheaply). */
export function aliasLimit(context: ValidationContext): ASTVisitor {
  let aliases = 0;
  return {
    Field(node) {
      if (node.alias) aliases++;
    },
    Document: {
      leave() {
        if (aliases > MAX_ALIASES)
          context.reportError(
            limitError(`The query uses ${aliases} aliases; at most ${MAX_ALIASES} are allowed.`),
          );
      },
    },
  };
}
