import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Who is acting in the current request or command. The audit subscriber reads it at flush time;
 * without a scope (the seeder loading the curated data set) nothing is audited.
 */
export const auditScope = new AsyncLocalStorage<{ actor: string }>();

export function withActor<T>(actor: string, work: () => T): T {
  return auditScope.run({ actor }, work);
}
