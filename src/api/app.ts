import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { NotFoundError } from '../domain/errors.ts';
import type { Services } from '../services.ts';
import { auth } from './auth.ts';
import { errorResponse } from './errors.ts';
import { missionRoutes } from './missions.ts';
import { pageRoutes } from './page.ts';
import { reviewRoutes } from './review.ts';
import { sourceRoutes } from './sources.ts';
import { userRoutes } from './users.ts';

/** The HTTP app: JSON API under /api, pages at /. Call in-process with `app.request(...)` in tests. */
export function createApp(services: Services): Hono {
  const app = new Hono();
  app.use(
    secureHeaders({
      // Nothing from a source may run: no inline or remote script at all.
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
      },
    }),
  );
  // Sets the caller (or null) for every API route; reads stay open, writes check the role.
  app.use('/api/*', auth(services));
  app.route('/api', missionRoutes(services));
  app.route('/api', sourceRoutes(services));
  app.route('/api', userRoutes(services));
  app.route('/api', reviewRoutes(services));
  app.route('/', pageRoutes(services));
  app.notFound((c) => {
    throw new NotFoundError(`no route ${c.req.method} ${c.req.path}`, { hint: 'see GET /api/missions' });
  });
  app.onError(errorResponse);
  return app;
}
