import { Hono } from 'hono';
import { z } from 'zod';
import { ClaimKind } from '../domain/claim.ts';
import { IsoDay } from '../domain/dates.ts';
import { NotFoundError } from '../domain/errors.ts';
import { Grade } from '../domain/source.ts';
import { conflicts, findConflict } from '../resolve/conflicts.ts';
import { gradeOf } from '../resolve/grades.ts';
import type { Services } from '../services.ts';
import { listClaims } from '../store/queries/claims.ts';
import { gradeSource } from '../store/writes/grades.ts';
import { resolveConflict } from '../store/writes/resolutions.ts';
import { reviewClaim } from '../store/writes/reviews.ts';
import { type AuthEnv, requireRoleFor } from './auth.ts';
import { parseBody, parseQuery } from './query.ts';

const ReviewQuery = z.object({
  mission: z.string().optional(),
  kind: ClaimKind.optional(),
  limit: z.coerce.number().int().min(1).max(5000).default(100),
});
const ReviewBody = z
  .object({
    decision: z.enum(['accepted', 'rejected']),
    reason: z.string().trim().min(1, 'say why'),
    /** The review version the reviewer saw (0: never reviewed); stale versions are refused with 409. */
    version: z.number().int().min(0).optional(),
  })
  .strict();
const ConflictsQuery = z.object({
  sending: z
    .string()
    .regex(/^[A-Za-z]{2}$/)
    .transform((s) => s.toUpperCase())
    .default('KP'),
  mission: z.string().optional(),
  open: z.enum(['true', 'false']).optional(),
  as_of: IsoDay.optional(),
  known_on: IsoDay.optional(),
});
const ResolveBody = z
  .object({
    key: z.string().min(1),
    value: z.string().min(1).optional(),
    claim: z.number().int().positive().optional(),
    reason: z.string().trim().min(1, 'say why'),
  })
  .strict()
  .refine((b) => (b.value === undefined) !== (b.claim === undefined), {
    message: 'give either value or claim',
    path: ['value'],
  });
const GradeBody = z.object({ grade: Grade, reason: z.string().trim().min(1, 'say why') }).strict();

/**
 * The review queue, claim decisions, conflicts and their resolutions, and source grades.
 * Reads are open; every write needs a reviewer token and is audited with the change.
 */
export function reviewRoutes(services: Services): Hono<AuthEnv> {
  const db = services.store.db;
  return new Hono<AuthEnv>()
    .get('/review', async (c) => {
      const q = parseQuery(ReviewQuery, c.req.query());
      const rows = await listClaims(db, {
        missionId: q.mission,
        kind: q.kind,
        pending: true,
        limit: q.limit,
      });
      return c.json({
        count: rows.length,
        claims: rows.map((r) => ({ ...r, grade: gradeOf(r.grade, r.publisher_type) })),
      });
    })
    .post('/claims/:id/review', async (c) => {
      const user = requireRoleFor(c, 'reviewer', 'reviewing a claim');
      const id = Number(c.req.param('id'));
      if (!Number.isInteger(id) || id < 1) throw new NotFoundError(`no claim #${c.req.param('id')}`);
      const body = await parseBody(
        ReviewBody,
        c.req,
        'send { "decision": "accepted" | "rejected", "reason": "…", "version": 0 }',
      );
      const r = await reviewClaim(
        db,
        {
          claimId: id,
          decision: body.decision,
          reason: body.reason,
          reviewer: user.name,
          expectedVersion: body.version,
        },
        services.now(),
      );
      return c.json(r, 201);
    })
    .get('/conflicts', async (c) => {
      const q = parseQuery(ConflictsQuery, c.req.query());
      const found = await conflicts(db, {
        sending: q.sending,
        missionId: q.mission,
        asOf: q.as_of ?? services.today(),
        knownOn: q.known_on ?? services.today(),
      });
      const list = q.open === 'true' ? found.filter((f) => !f.resolution) : found;
      return c.json({ count: list.length, conflicts: list });
    })
    .post('/conflicts/resolve', async (c) => {
      const user = requireRoleFor(c, 'reviewer', 'resolving a conflict');
      const body = await parseBody(
        ResolveBody,
        c.req,
        'send { "key": "count:KP:missions:total:2023-11", "value": "53", "reason": "…" }',
      );
      const conflict = await findConflict(db, body.key, services.today());
      await resolveConflict(
        db,
        {
          key: body.key,
          value: body.value ?? null,
          claimId: body.claim ?? null,
          reason: body.reason,
          reviewer: user.name,
          missionId: conflict.missionId,
        },
        services.now(),
      );
      return c.json({ key: body.key, resolvedBy: user.name }, 201);
    })
    .post('/sources/:id/grade', async (c) => {
      const user = requireRoleFor(c, 'reviewer', 'grading a source');
      const body = await parseBody(GradeBody, c.req, 'send { "grade": "A" … "F", "reason": "…" }');
      const r = await gradeSource(
        db,
        { sourceId: c.req.param('id'), grade: body.grade, reason: body.reason, actor: user.name },
        services.now(),
      );
      return c.json({ source: c.req.param('id'), grade: body.grade, before: r.before }, 201);
    });
}
