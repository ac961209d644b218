import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ChanceryError, type ErrorCode } from '../domain/errors.ts';

const STATUS: Record<ErrorCode, ContentfulStatusCode> = {
  invalid_input: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  store_unavailable: 503,
};

/** The one place API errors become responses: `{ error: { code, message, hint } }`. */
export function errorResponse(err: Error, c: Context): Response {
  if (err instanceof ChanceryError) {
    return c.json(
      { error: { code: err.code, message: err.message, hint: err.hint ?? null } },
      STATUS[err.code],
    );
  }
  console.error(err);
  return c.json({ error: { code: 'internal', message: 'internal error', hint: 'see the server log' } }, 500);
}
