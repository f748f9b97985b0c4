import type { AuthChecker } from 'type-graphql';
import type { Role } from '../../config';
import type { Context } from '../../context';
import { forbidden, unauthenticated } from '../../graphql/errors';

const RANK: Record<Role, number> = { VIEWER: 1, EDITOR: 2, ADMIN: 3 };

/**
 * `@Authorized()` needs any valid key (personal data); `@Authorized('EDITOR')` an editor or admin key;
 * `@Authorized('ADMIN')` an admin key (the audit log).
 * Throws the API's own typed errors so clients see UNAUTHENTICATED vs FORBIDDEN.
 */
export const authChecker: AuthChecker<Context, Role> = ({ context }, roles) => {
  if (!context.role) throw unauthenticated();
  const needed = roles.reduce((max, r) => Math.max(max, RANK[r]), 0);
  if (RANK[context.role] < needed)
    throw forbidden(`This needs a ${roles.join(' or ')} key; yours is a ${context.role} key.`);
  return true;
};
