import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { authenticate, requireRole } from '../auth/tokens.ts';
import { UnauthorizedError } from '../domain/errors.ts';
import type { Role, User } from '../domain/user.ts';
import type { Services } from '../services.ts';

/** Hono environment of routes behind `auth`: `c.get('user')` is the caller, or null without a token. */
export interface AuthEnv {
  Variables: { user: User | null };
}

const BEARER = /^Bearer +(\S+) *$/i;

/**
 * Reads `Authorization: Bearer <token>` and sets `user` on the context. No header: `user` is
 * null and reads go on; a write then calls `requireRoleFor`. A malformed header or an unknown
 * token is a 401 at once, even on a read: a caller who sent a token expects it to count.
 */
export function auth(services: Services) {
  return createMiddleware<AuthEnv>(async (c, next) => {
    const header = c.req.header('Authorization');
    let token: string | undefined;
    if (header !== undefined) {
      const match = BEARER.exec(header);
      if (!match) {
        throw new UnauthorizedError('the Authorization header must be "Bearer <token>"', {
          hint: 'send Authorization: Bearer chy_…, the token printed when the user was added',
        });
      }
      token = match[1];
    }
    c.set('user', await authenticate(services.store.db, token));
    await next();
  });
}

/**
 * The caller, if their token grants `role`; otherwise throws (401 without a token, 403 when the
 * role is too low). `action` names what was attempted, e.g. `adding a user`.
 */
export function requireRoleFor(c: Context<AuthEnv>, role: Role, action: string): User {
  return requireRole(c.get('user') ?? null, role, action);
}
