import type { ApolloServerPlugin } from '@apollo/server';
import {
  type ASTVisitor,
  type DocumentNode,
  type FieldNode,
  GraphQLError,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
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
/**
 * What a query may cost, estimated before anything runs (costLimitPlugin, with the variables'
 * values): every field once per row it may be returned in.
 */
export const MAX_COST = 50_000;
/** Rows a list without a page size is assumed to return: a record's own relations (citations, funding lines) are a handful. */
export const UNPAGED_LIST_WEIGHT = 3;
/**
 * Unpaged lists known to hold more than a handful, with the rows assumed per parent: what
 * synthetic Finland (308 municipalities, 20 000 projects) shows, rounded up.
 */
export const LIST_WEIGHTS: Record<string, number> = {
  // Every record behind a value over the years: at national scale a large town's cost has hundreds.
  'Explanation.inputs': 100,
  // A cell's results: 16 on average at national scale (60 000 results, 308 × 12 cells).
  'OutcomeCell.outcomes': 16,
  'MunicipalityProfile.projects': 100,
  'MunicipalityProfile.practices': 100,
  'MunicipalityProfile.outcomes': 100,
  'MunicipalityProfile.context': 100,
  'MunicipalityProfile.costs': 20,
  'MunicipalityProfile.outcomeCells': 20,
  'Query.indicators': 100,
  'Query.terms': 100,
  'Query.wellbeingServicesCounties': 30,
  'Query.documentRevisions': 20,
  'ImportedDocument.changes': 50,
  'Draft.fields': 50,
};
/**
 * A list met again on its own path (`practices { parentProject { practices …`) multiplies what
 * it returns at every turn: each repeat is weighted as a full page.
 */
export const CYCLE_WEIGHT = 100;
/** Outcome domains a matrix row has when none are named: the vocabulary's (editors cannot add any). */
const OUTCOME_DOMAIN_WEIGHT = 12;
/** Years a series may cover when no range is given. */
const SERIES_YEAR_WEIGHT = 40;

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

type Variables = Record<string, unknown> | undefined;

/** The value of an argument: a literal, or the variable's value. */
function argumentValue(field: FieldNode, name: string, variables: Variables): unknown {
  const arg = field.arguments?.find((a) => a.name.value === name);
  if (!arg) return undefined;
  const v = arg.value;
  if (v.kind === Kind.VARIABLE) return variables?.[v.name.value];
  if (v.kind === Kind.INT) return Number(v.value);
  if (v.kind === Kind.LIST) return v.values;
  if (v.kind === Kind.OBJECT)
    return Object.fromEntries(
      v.fields.map((f) => [f.name.value, f.value.kind === Kind.INT ? Number(f.value.value) : f.value]),
    );
  return v;
}

const lengthOf = (value: unknown, fallback: number) => (Array.isArray(value) ? value.length : fallback);

/** A matrix page's rows (its `limit`, default 25, at most the codes given) and columns (the domains given). */
function matrixPageCarry(
  field: FieldNode,
  variables: Variables,
): { municipalities: number; domains: number } {
  const limit = argumentValue(field, 'limit', variables);
  const rows = typeof limit === 'number' && Number.isFinite(limit) ? Math.max(0, Math.min(limit, 100)) : 25;
  return {
    municipalities: Math.min(rows, lengthOf(argumentValue(field, 'municipalities', variables), 400)),
    domains: lengthOf(argumentValue(field, 'domains', variables), OUTCOME_DOMAIN_WEIGHT),
  };
}

/**
 * Estimated rows an operation returns. Every field costs 1; what is selected under a list counts once
 * per row it may return: `first` (its value, also from a variable; the default page size when
 * omitted), the number of codes a comparison or matrix is given, LIST_WEIGHTS or UNPAGED_LIST_WEIGHT
 * for other lists, CYCLE_WEIGHT for a list met again on its own path. Introspection is free.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Variables,
): number {
  const fragments = new Map(
    document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d]] : [])),
  );
  /** Sizes that ancestors' arguments fix for their descendants' lists (a comparison's rows). */
  type Carry = { municipalities?: number; domains?: number };
  const weightOf = (
    field: FieldNode,
    def: GraphQLField<unknown, unknown>,
    parent: GraphQLNamedType,
    path: readonly string[],
    carry: Carry,
  ): number => {
    const key = `${parent.name}.${def.name}`;
    if (def.args.some((a) => a.name === 'first')) {
      const first = argumentValue(field, 'first', variables);
      return typeof first === 'number' && Number.isFinite(first)
        ? Math.min(MAX_PAGE_SIZE, Math.max(0, first))
        : DEFAULT_PAGE_SIZE;
    }
    if (!isListType(getNullableType(def.type))) return 1;
    if (parent.name.endsWith('Connection')) return 1;
    const municipalities = lengthOf(argumentValue(field, 'municipalities', variables), 400);
    let weight: number;
    if (key === 'Query.compareMunicipalities')
      weight = lengthOf(argumentValue(field, 'indicators', variables), 50);
    else if (key === 'IndicatorComparison.rows') weight = carry.municipalities ?? 400;
    // A matrix page's rows: its limit (default 25), at most the codes given.
    else if (key === 'OutcomeMatrixPage.rows') weight = carry.municipalities ?? 100;
    else if (key === 'OutcomeMatrixPage.domains' || key === 'OutcomeMatrixRow.cells')
      weight = carry.domains ?? OUTCOME_DOMAIN_WEIGHT;
    else if (key === 'Query.outcomeMatrix')
      weight = municipalities * lengthOf(argumentValue(field, 'domains', variables), OUTCOME_DOMAIN_WEIGHT);
    else if (key === 'Query.indicatorSeries') {
      const years = argumentValue(field, 'years', variables) as { from?: unknown; to?: unknown } | undefined;
      const span =
        typeof years?.from === 'number' && typeof years?.to === 'number'
          ? Math.max(1, years.to - years.from + 1)
          : SERIES_YEAR_WEIGHT;
      weight = municipalities * Math.min(span, SERIES_YEAR_WEIGHT);
    } else weight = LIST_WEIGHTS[key] ?? UNPAGED_LIST_WEIGHT;
    return path.includes(key) ? Math.max(weight, CYCLE_WEIGHT) : weight;
  };
  const costOf = (
    set: SelectionSetNode | undefined,
    parent: GraphQLNamedType,
    seen: Set<string>,
    path: readonly string[],
    carry: Carry,
  ): number => {
    if (!set) return 0;
    let cost = 0;
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) {
        if (s.name.value.startsWith('__')) continue;
        const def =
          isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[s.name.value] : undefined;
        if (!def) continue; // unknown fields are reported by the standard rules
        const named = getNamedType(def.type);
        const key = `${parent.name}.${def.name}`;
        const isList = isListType(getNullableType(def.type)) || def.args.some((a) => a.name === 'first');
        const inner =
          key === 'Query.compareMunicipalities'
            ? { municipalities: lengthOf(argumentValue(s, 'municipalities', variables), 400) }
            : key === 'Query.outcomeMatrixPage'
              ? matrixPageCarry(s, variables)
              : key === 'MunicipalityProfile.costs'
                ? { municipalities: 1 } // a profile compares its one municipality
                : carry;
        cost +=
          1 +
          weightOf(s, def, parent, path, carry) *
            costOf(s.selectionSet, named, seen, isList ? [...path, key] : path, inner);
        if (cost > MAX_COST * 1000) return cost; // far over: no need to finish counting
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        const on = s.typeCondition ? schema.getType(s.typeCondition.name.value) : parent;
        cost += costOf(s.selectionSet, on ?? parent, seen, path, carry);
      } else if (!seen.has(s.name.value)) {
        const fragment = fragments.get(s.name.value);
        const on = fragment ? schema.getType(fragment.typeCondition.name.value) : undefined;
        cost += costOf(fragment?.selectionSet, on ?? parent, new Set([...seen, s.name.value]), path, carry);
      }
    }
    return cost;
  };
  const root =
    operation.operation === 'mutation'
      ? schema.getMutationType()
      : operation.operation === 'subscription'
        ? schema.getSubscriptionType()
        : schema.getQueryType();
  return root ? costOf(operation.selectionSet, root, new Set(), [], {}) : 0;
}

/**
 * Refuses operations whose estimated cost exceeds MAX_COST. Runs once the operation and its variables
 * are known (validation rules see no variables), before any resolver: a page size or a list of codes
 * given as a variable counts with its real value.
 */
export const costLimitPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ schema, document, operation, request }) {
        if (!operation) return;
        const cost = operationCost(schema, document, operation, request.variables);
        if (cost > MAX_COST)
          throw new GraphQLError(
            `The query may cost ${cost > MAX_COST * 1000 ? `more than ${MAX_COST * 1000}` : cost} (fields it can return, lists weighted by their page size or the codes given); at most ${MAX_COST} is allowed. Ask for smaller pages or fewer nested lists.`,
            { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } } },
          );
      },
    };
  },
};
