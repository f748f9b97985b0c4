import {
  type ASTVisitor,
  type FieldNode,
  GraphQLError,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLOutputType,
  getNamedType,
  getNullableType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './page-size';

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

export const MAX_DIRECTIVES = 20;
/** Parser limit: far above the largest real query (the playground's introspection is ~400 tokens). */
export const MAX_TOKENS = 5000;
/** Estimated rows a query may ask for, lists weighted by their page size (see costLimit). */
export const MAX_COST = 50_000;
/** Rows a list without a page size is assumed to return: a record's own relations (citations, funding lines) are a handful. */
export const UNPAGED_LIST_WEIGHT = 3;

/** Rejects documents with more than MAX_DIRECTIVES directives (`@include` floods cost parse and execution time). */
export function directiveLimit(context: ValidationContext): ASTVisitor {
  let directives = 0;
  return {
    Directive() {
      directives++;
    },
    Document: {
      leave() {
        if (directives > MAX_DIRECTIVES)
          context.reportError(
            limitError(`The query uses ${directives} directives; at most ${MAX_DIRECTIVES} are allowed.`),
          );
      },
    },
  };
}

/**
 * Rejects operations whose estimated cost exceeds MAX_COST. Every field costs 1; what is selected
 * under a list counts once per row it may return: `first` when given (the maximum page size when it
 * is a variable, since validation runs before variables are known; the default page size when
 * omitted), one for a connection's `edges`
 * (already counted by `first`), UNPAGED_LIST_WEIGHT for other lists. Introspection is free.
 */
export function costLimit(context: ValidationContext): ASTVisitor {
  const schema = context.getSchema();
  const fragments = new Map(
    context
      .getDocument()
      .definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d]] : [])),
  );
  const weightOf = (
    field: FieldNode,
    def: GraphQLField<unknown, unknown>,
    type: GraphQLOutputType,
    parent: GraphQLNamedType,
  ): number => {
    const first = field.arguments?.find((a) => a.name.value === 'first');
    if (first) return first.value.kind === Kind.INT ? Math.max(0, Number(first.value.value)) : MAX_PAGE_SIZE;
    if (def.args.some((a) => a.name === 'first')) return DEFAULT_PAGE_SIZE;
    if (!isListType(getNullableType(type))) return 1;
    return parent.name.endsWith('Connection') ? 1 : UNPAGED_LIST_WEIGHT;
  };
  const costOf = (set: SelectionSetNode | undefined, parent: GraphQLNamedType, seen: Set<string>): number => {
    if (!set) return 0;
    let cost = 0;
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) {
        if (s.name.value.startsWith('__')) continue;
        const def =
          isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[s.name.value] : undefined;
        if (!def) continue; // unknown fields are reported by the standard rules
        const named = getNamedType(def.type);
        cost += 1 + weightOf(s, def, def.type, parent) * costOf(s.selectionSet, named, seen);
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        const on = s.typeCondition ? schema.getType(s.typeCondition.name.value) : parent;
        cost += costOf(s.selectionSet, on ?? parent, seen);
      } else if (!seen.has(s.name.value)) {
        const fragment = fragments.get(s.name.value);
        const on = fragment ? schema.getType(fragment.typeCondition.name.value) : undefined;
        cost += costOf(fragment?.selectionSet, on ?? parent, new Set([...seen, s.name.value]));
      }
    }
    return cost;
  };
  return {
    OperationDefinition(node) {
      const root =
        node.operation === 'mutation'
          ? schema.getMutationType()
          : node.operation === 'subscription'
            ? schema.getSubscriptionType()
            : schema.getQueryType();
      if (!root) return;
      const cost = costOf(node.selectionSet, root, new Set());
      if (cost > MAX_COST)
        context.reportError(
          limitError(
            `The query may cost ${cost} (rows it can return, lists weighted by their page size); at most ${MAX_COST} is allowed. Ask for smaller pages or fewer nested lists.`,
          ),
        );
    },
  };
}
