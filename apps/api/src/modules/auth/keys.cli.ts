import 'reflect-metadata';
import type { EntityManager } from '@mikro-orm/knex';
import { type Role } from '../../config';
import { DomainError } from '../../core/domain-error';
import { withDatabase } from '../../db/cli';
import { withActor } from '../audit/audit-scope';
import { createApiKey, listApiKeys, revokeApiKey } from './api-key.service';

const usage = `Usage: pnpm keys <command>
  create <name> --role viewer|editor|admin   prints the new key once; only its hash is stored
  revoke <name>                              the key stops working within 5 seconds
  list                                       names, roles, created, revoked (never the keys)`;

async function main(): Promise<void> {
  const [command, name, flag, role] = process.argv.slice(2);
  if (!command || !['create', 'revoke', 'list'].includes(command) || (command !== 'list' && !name)) {
    console.error(usage);
    process.exitCode = 2;
    return;
  }
  await withDatabase(
    async (orm) => {
      const em = orm.em.fork() as EntityManager;
      if (command === 'create') {
        if (flag !== '--role' || !role)
          throw new DomainError('BAD_INPUT', 'role', 'Give the role: --role viewer|editor|admin.');
        const key = await createApiKey(em, name as string, role.toUpperCase() as Role);
        console.log(
          `Created ${role.toLowerCase()} key "${name}". Store it now; it is not shown again:\n${key}`,
        );
      } else if (command === 'revoke') {
        await revokeApiKey(em, name as string);
        console.log(`Revoked "${name}".`);
      } else {
        for (const k of await listApiKeys(em))
          console.log(
            `${k.name}\t${k.role}\tcreated ${k.createdAt}${k.revokedAt ? `\trevoked ${k.revokedAt}` : ''}`,
          );
      }
    },
    [DomainError],
  );
}

void withActor('cli:keys', main);
