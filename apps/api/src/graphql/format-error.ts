import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLError, GraphQLFormattedError } from 'graphql';
import { DomainError } from '../core/domain-error';
import { toGraphQLError } from './errors';

/**
 * An unexpected error as the log gets it. A database driver's error (MikroORM's `…Exception`, or one
 * with a driver code) keeps its class, code and stack frames but not its message: the message holds
 * the SQL and with it whatever the caller typed.
 */
export function forLog(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  const code = (error as { code?: unknown }).code;
  if (!/Exception$/.test(error.name) && code === undefined) return error;
  const frames = (error.stack ?? '').split('\n').filter((l) => /^\s+at /.test(l));
  return [`${error.name}${code ? ` [${String(code)}]` : ''} (message withheld from the log)`, ...frames].join(
    '\n',
  );
}

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
    const cause = unwrapResolverError(error);
    // A core error thrown where no resolver middleware mapped it (a loader, a plugin): mapped here.
    if (
      cause instanceof DomainError &&
      formatted.extensions?.code !== toGraphQLError(cause).extensions.code
    ) {
      const { http: _http, ...extensions } = toGraphQLError(cause).extensions;
      return { message: cause.message, extensions, path: formatted.path };
    }
    const code = formatted.extensions?.code;
    if (isDatabaseUnavailable(cause) || isDatabaseUnavailable((cause as { cause?: unknown })?.cause)) {
      return {
        message: 'The service is unavailable: the database cannot be reached. Try again shortly.',
        extensions: { code: 'SERVICE_UNAVAILABLE' },
        path: formatted.path,
      };
    }
    // Apollo's own request errors (a persisted query whose hash does not match, …) carry a 4xx status
    // but no code: they are the caller's mistake, not ours.
    const status = (error as GraphQLError | null)?.extensions?.http as { status?: number } | undefined;
    if (
      (code === undefined || code === 'INTERNAL_SERVER_ERROR') &&
      cause === error &&
      status?.status &&
      status.status >= 400 &&
      status.status < 500
    )
      return { message: formatted.message, extensions: { code: 'BAD_REQUEST' } };
    if (code === 'INTERNAL_SERVER_ERROR' || code === undefined) {
      console.error(forLog(cause));
      return {
        message: 'Internal server error',
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
        path: formatted.path,
      };
    }
    // Validation and variable coercion (BAD_USER_INPUT) both suggest names.
    if (env === 'production' && /Did you mean/.test(formatted.message))
      return { ...formatted, message: formatted.message.replace(/\s*Did you mean .*\?$/s, '') };
    return formatted;
  };
}
