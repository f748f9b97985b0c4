import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';

/** Driver errors that mean "the database is not there right now", not a bug. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const e = error as { code?: string; message?: string; name?: string } | null;
  if (!e) return false;
  if (
    [
      'ECONNREFUSED',
      'ECONNRESET',
      'ETIMEDOUT',
      'EPIPE',
      '57P01',
      '57P02',
      '57P03',
      '08006',
      '08001',
      '08003',
    ].includes(e.code ?? '')
  )
    return true;
  return /Connection terminated|connect ECONNREFUSED|Timeout acquiring a connection|database system is (?:shutting down|starting up)|Client has encountered a connection error|server closed the connection/i.test(
    e.message ?? '',
  );
}

/**
 * Errors we raised on purpose pass through; the database being away becomes SERVICE_UNAVAILABLE;
 * anything else is logged and answered without internals (no stack, SQL or paths). In production the
 * validator's "Did you mean …?" suggestions are removed: they would map the schema for a prober even
 * with introspection off.
 */
export function formatErrorFor(env: 'development' | 'production' | 'test') {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    const cause = unwrapResolverError(error);
    if (isDatabaseUnavailable(cause) || isDatabaseUnavailable((cause as { cause?: unknown })?.cause)) {
      return {
        message: 'The service is unavailable: the database cannot be reached. Try again shortly.',
        extensions: { code: 'SERVICE_UNAVAILABLE' },
        path: formatted.path,
      };
    }
    if (code === 'INTERNAL_SERVER_ERROR' || code === undefined) {
      console.error(cause);
      return {
        message: 'Internal server error',
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
        path: formatted.path,
      };
    }
    if (env === 'production' && code === 'GRAPHQL_VALIDATION_FAILED')
      return { ...formatted, message: formatted.message.replace(/\s*Did you mean .*\?$/s, '') };
    return formatted;
  };
}
