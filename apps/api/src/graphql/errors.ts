import { GraphQLError } from 'graphql';
import * as domain from '../core/domain-error';
import { DomainError, type DomainErrorCode } from '../core/domain-error';

/** The error codes clients can rely on (`extensions.code`). */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
} as const;

/** The one table from the core's errors to GraphQL's: code and HTTP status. */
const GRAPHQL_OF: Record<DomainErrorCode, { code: string; status?: number }> = {
  BAD_INPUT: { code: ErrorCode.BAD_USER_INPUT, status: 400 },
  NOT_FOUND: { code: ErrorCode.NOT_FOUND },
  CONFLICT: { code: ErrorCode.CONFLICT },
  FORBIDDEN: { code: ErrorCode.FORBIDDEN },
  TIMEOUT: { code: 'EXECUTION_TIMEOUT', status: 503 },
  TOO_LARGE: { code: 'RESPONSE_TOO_LARGE' },
};

/** A core error as clients get it: `extensions.code`, `extensions.field` and the error's details. */
export function toGraphQLError(error: DomainError): GraphQLError {
  const { code, status } = GRAPHQL_OF[error.code];
  return new GraphQLError(error.message, {
    originalError: error,
    extensions: {
      code,
      ...(error.field ? { field: error.field } : {}),
      ...error.details,
      ...(status ? { http: { status } } : {}),
    },
  });
}

/** Passes anything but a core error through; maps a core error (see GRAPHQL_OF). */
export function mapDomainError(error: unknown): unknown {
  return error instanceof DomainError ? toGraphQLError(error) : error;
}

// The transport's own errors (limits, context, plugins: where no resolver runs), in the same shapes.

/** Invalid input; `field` is the input path of the offending value, e.g. `input.amount`. */
export function badInput(field: string, message: string): GraphQLError {
  return toGraphQLError(domain.badInput(field, message));
}

export function unauthenticated(
  message = 'This needs an API key: send `Authorization: Bearer <key>`.',
): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } },
  });
}

export function forbidden(message: string): GraphQLError {
  return toGraphQLError(domain.forbidden(message));
}
