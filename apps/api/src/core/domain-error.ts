/**
 * The one error the core throws: what went wrong (`code`), on which input (`field`, e.g. `input.amount`),
 * in words, and facts a client may act on (`details`: the stale version, the draft's status …).
 * It knows no transport: the GraphQL shell maps it through one table (`toGraphQLError` in
 * graphql/errors.ts), a CLI prints it.
 */
export type DomainErrorCode =
  | 'BAD_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'FORBIDDEN'
  /** The request's deadline passed (core/budget.ts). */
  | 'TIMEOUT'
  /** The answer would hold more rows than one may (core/budget.ts). */
  | 'TOO_LARGE';

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    readonly field: string | null,
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** Invalid input; `field` is the input path of the offending value, e.g. `input.amount`. */
export function badInput(field: string, message: string, details: Record<string, unknown> = {}): DomainError {
  return new DomainError('BAD_INPUT', field, `${field}: ${message}`, details);
}

export function notFound(type: string, id: string): DomainError {
  return new DomainError('NOT_FOUND', null, `${type} ${id} was not found.`, { type, id });
}

/** The record changed since the caller read it (or cannot change so); `details` say how. */
export function conflict(message: string, details: Record<string, unknown> = {}): DomainError {
  return new DomainError('CONFLICT', null, message, details);
}

export function staleVersion(type: string, id: string, expected: number, actual: number): DomainError {
  return conflict(
    `${type} ${id} was changed by someone else (you edited version ${expected}, it is now at version ${actual}). Reload it and apply your change again.`,
    { type, id, expectedVersion: expected, actualVersion: actual },
  );
}

export function forbidden(message: string): DomainError {
  return new DomainError('FORBIDDEN', null, message);
}
