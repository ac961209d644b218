import { Hono } from 'hono';
import { z } from 'zod';
import { createUser } from '../auth/tokens.ts';
import { Role, UserName } from '../domain/user.ts';
import type { Services } from '../services.ts';
import { listAudit } from '../store/queries/audit.ts';
import { type AuthEnv, requireRoleFor } from './auth.ts';
import { parseBody, parseQuery } from './query.ts';

const NewUserBody = z.object({ name: UserName, role: Role }).strict();

const AuditQuery = z.object({
  mission: z.string().min(1).optional(),
  subject_type: z.string().min(1).optional(),
  subject_id: z.string().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(5000).default(100),
});

/**
 * POST /api/users (admin token; answers the new token once) and GET /api/audit (open, newest
 * first). Mounted behind `auth`, which sets the caller.
 */
export function userRoutes(services: Services): Hono<AuthEnv> {
  const db = services.store.db;
  return new Hono<AuthEnv>()
    .post('/users', async (c) => {
      const by = requireRoleFor(c, 'admin', 'adding a user');
      const body = await parseBody(
        NewUserBody,
        c.req,
        'send { "name": "ana", "role": "viewer" | "reviewer" | "admin" }',
      );
      const created = await createUser(db, { name: body.name, role: body.role, by }, services.now());
      return c.json(created, 201);
    })
    .get('/audit', async (c) => {
      const q = parseQuery(AuditQuery, c.req.query());
      const entries = await listAudit(db, {
        missionId: q.mission,
        subjectType: q.subject_type,
        subjectId: q.subject_id,
        limit: q.limit,
      });
      return c.json({ count: entries.length, entries });
    });
}
