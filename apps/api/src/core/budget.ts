import { DomainError } from './domain-error';

/**
 * What one request may cost, as the core checks it: a deadline (epoch ms, from the request's context)
 * that long loops and loaders stop at, and the rows an answer may hold. The GraphQL shell maps the
 * errors (graphql/errors.ts: EXECUTION_TIMEOUT with 503, RESPONSE_TOO_LARGE).
 */

/** Rows (list items) an answer may hold, counted while it runs: whatever the cost estimate missed, no answer holds more. */
export const MAX_ROWS = 50_000;

export function executionTimeout(): DomainError {
  return new DomainError(
    'TIMEOUT',
    null,
    'The query ran out of time. Ask for less (smaller pages, fewer nested lists).',
  );
}

/** Throws TIMEOUT once `deadline` (epoch ms) has passed: resolvers, loaders and long loops call it. */
export function checkDeadline(deadline: number | undefined): void {
  if (deadline !== undefined && Date.now() > deadline) throw executionTimeout();
}

export function tooLarge(): DomainError {
  return new DomainError(
    'TOO_LARGE',
    null,
    `The answer would hold more than ${MAX_ROWS} rows. Ask for smaller pages or fewer nested lists.`,
  );
}
