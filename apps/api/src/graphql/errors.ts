import { GraphQLError } from 'graphql';

/** The error codes clients can rely on (`extensions.code`). */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
} as const;

/** Invalid input; `field` is the input path of the offending value, e.g. `input.amount`. */
export function badInput(field: string, message: string): GraphQLError {
  return new GraphQLError(`${field}: ${message}`, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, field, http: { status: 400 } },
  });
}

export function unauthenticated(
  message = 'This needs an API key: send `Authorization: Bearer <key>`.',
): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } },
  });
}

export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.FORBIDDEN } });
}

export function notFound(type: string, id: string): GraphQLError {
  return new GraphQLError(`${type} ${id} was not found.`, {
    extensions: { code: ErrorCode.NOT_FOUND, type, id },
  });
}

export function conflict(type: string, id: string, expected: number, actual: number): GraphQLError {
  return new GraphQLError(
    `${type} ${id} was changed by someone else (you edited version ${expected}, it is now at version ${actual}). Reload it and apply your change again.`,
    { extensions: { code: ErrorCode.CONFLICT, type, id, expectedVersion: expected, actualVersion: actual } },
  );
}
