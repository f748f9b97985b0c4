import { AsyncLocalStorage } from 'node:async_hooks';
import type { GraphQLResolveInfo } from 'graphql';

/**
 * Who is acting in the current request or command. The audit subscriber reads it at flush time;
 * without a scope (the seeder loading the curated data set) nothing is audited.
 */
export const auditScope = new AsyncLocalStorage<{ actor: string }>();

export function withActor<T>(actor: string, work: () => T): T {
  return auditScope.run({ actor }, work);
}

/**
 * Runs a mutation's root field in its caller's scope; anything else runs as it is. Only writes flush,
 * so only writes need the scope: on Node 20 an AsyncLocalStorage that has been entered tracks every
 * promise created inside it, and a read makes thousands (promise-hook overhead was ~7 % of a read's CPU
 * when every request ran in the scope).
 */
export function inMutationScope<T>(
  info: Pick<GraphQLResolveInfo, 'operation' | 'path'>,
  actor: string,
  work: () => T,
): T {
  return info.operation.operation === 'mutation' && info.path.prev === undefined
    ? auditScope.run({ actor }, work)
    : work();
}
