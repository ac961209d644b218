import { authenticate, requireRole } from '../auth/tokens.ts';
import type { Role, User } from '../domain/user.ts';
import type { Services } from '../services.ts';
import type { CliContext } from './context.ts';

/**
 * The user behind a writing command: the token from `--token` or CHANCERY_TOKEN, checked
 * for `role`. Throws the unauthorized/forbidden errors that the CLI main prints as one line.
 */
export async function commandUser(
  ctx: CliContext,
  services: Services,
  token: string | undefined,
  role: Role,
  action: string,
): Promise<User> {
  return requireRole(await authenticate(services.store.db, token ?? ctx.env.CHANCERY_TOKEN), role, action);
}
