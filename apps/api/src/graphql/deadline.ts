import { GraphQLError } from 'graphql';
import type { MiddlewareFn } from 'type-graphql';
import * as budget from '../core/budget';
import { mapDomainError, toGraphQLError } from './errors';

/** The core's row budget error as GraphQL's (the middleware throws it where no resolver ran yet). */
export function tooLarge(): GraphQLError {
  return toGraphQLError(budget.tooLarge());
}

/** Throws EXECUTION_TIMEOUT once `deadline` (epoch ms) has passed, in GraphQL's shape (the middleware, loaders). */
export function checkDeadline(deadline: number | undefined): void {
  try {
    budget.checkDeadline(deadline);
  } catch (err) {
    throw mapDomainError(err);
  }
}

/**
 * Rows a resolver returned: a list's items, a connection's edges, and the lists one level inside
 * them (a comparison's rows, an explanation's inputs).
 */
export function countRows(value: unknown): number {
  if (!value || typeof value !== 'object') return 0;
  const inner = (o: object) => {
    let n = 0;
    for (const v of Object.values(o)) if (Array.isArray(v)) n += v.length;
    return n;
  };
  if (!Array.isArray(value)) return inner(value);
  let n = value.length;
  for (const item of value)
    if (item && typeof item === 'object' && item.constructor === Object) n += inner(item);
  return n;
}

/** Counts a list a resolver returns against the answer's row budget (RESPONSE_TOO_LARGE past it). */
export function countAnswerRows<T>(context: DeadlineContext, rows: T[]): T[] {
  if (context.rows !== undefined) {
    context.rows.count += rows.length;
    if (context.rows.count > budget.MAX_ROWS) throw tooLarge();
  }
  return rows;
}

/**
 * Every resolver method runs through this: it stops a request past its deadline
 * (EXECUTION_TIMEOUT_MS) before the resolver runs, and counts the rows resolvers return, so no answer
 * holds more than MAX_ROWS rows however the cost estimate was fooled (RESPONSE_TOO_LARGE; the rest of
 * the request stops at the next resolver).
 */
/** What the middleware reads off the request's context (a part of `Context`, so this file needs no import of it). */
export interface DeadlineContext {
  deadline: number;
  rows?: { count: number };
}

export const deadlineMiddleware: MiddlewareFn<DeadlineContext> = async ({ context }, next) => {
  checkDeadline(context.deadline);
  if (context.rows !== undefined && context.rows.count > budget.MAX_ROWS) throw tooLarge();
  let result: unknown;
  try {
    result = await next();
  } catch (err) {
    // The shell's one mapping of the core's errors (graphql/errors.ts).
    throw mapDomainError(err);
  }
  if (context.rows !== undefined) {
    context.rows.count += countRows(result);
    if (context.rows.count > budget.MAX_ROWS) throw tooLarge();
  }
  return result;
};
