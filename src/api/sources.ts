import { Hono } from 'hono';
import { z } from 'zod';
import { ClaimKind } from '../domain/claim.ts';
import { NotFoundError } from '../domain/errors.ts';
import type { Services } from '../services.ts';
import { listClaims } from '../store/queries/claims.ts';
import { documentText, listSources } from '../store/queries/documents.ts';
import { parseQuery } from './query.ts';

const ClaimsQuery = z.object({
  mission: z.string().optional(),
  kind: ClaimKind.optional(),
  source: z.string().optional(),
  limit: z.coerce.number().int().min(1).max(5000).default(500),
});

/** Sources (with syndication clusters), a document's stored text, and claims with their quotes. */
export function sourceRoutes(services: Services): Hono {
  const db = services.store.db;
  return new Hono()
    .get('/sources', async (c) => c.json({ sources: await listSources(db) }))
    .get('/sources/:id/text', async (c) => {
      const text = await documentText(db, c.req.param('id'));
      if (text === undefined) {
        throw new NotFoundError(`no ingested document with id "${c.req.param('id')}"`, {
          hint: 'list sources with GET /api/sources; only ingested documents have stored text',
        });
      }
      // Plain text, never HTML: a source's words are shown, not run.
      return c.text(text);
    })
    .get('/claims', async (c) => {
      const q = parseQuery(ClaimsQuery, c.req.query());
      const rows = await listClaims(db, {
        missionId: q.mission,
        kind: q.kind,
        sourceId: q.source,
        limit: q.limit,
      });
      return c.json({ count: rows.length, claims: rows });
    });
}
