import { GraphQLError } from 'graphql';
import type { MiddlewareFn } from 'type-graphql';
import type { Context } from '../context';

/**
 * Stops a request whose resolvers run past its deadline (EXECUTION_TIMEOUT_MS): every resolver checks
 * it before running, so a slow query ends at the next field instead of holding the server.
 */
export const deadlineMiddleware: MiddlewareFn<Context> = ({ context }, next) => {
  if (context.deadline !== undefined && Date.now() > context.deadline)
    throw new GraphQLError('The query ran out of time. Ask for less (smaller pages, fewer nested lists).', {
      extensions: { code: 'EXECUTION_TIMEOUT', http: { status: 503 } },
    });
  return next();
};
