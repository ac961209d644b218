import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { StoreUnavailableError } from '../../domain/errors.ts';
import type { Database } from '../schema.ts';
import type { Store } from '../store.ts';

const DATE_OID = 1082;

function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch (err) {
    throw new StoreUnavailableError('DATABASE_URL is not a valid URL', {
      hint: 'use the form postgres://user:password@host:5432/dbname',
      cause: err,
    });
  }
}

/** Opens a real PostgreSQL server from a connection string and checks it answers. */
export async function openPostgres(url: string): Promise<Store> {
  const where = redact(url);
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    connectionTimeoutMillis: 5000,
    // DATE stays a YYYY-MM-DD string: a JS Date would shift it by the local time zone.
    types: {
      getTypeParser: (oid: number, format?: 'text' | 'binary') =>
        oid === DATE_OID ? (value: string) => value : pg.types.getTypeParser(oid, format),
    },
  });
  // An idle pooled connection that the server closes (a restart, `drop database … with (force)`)
  // emits 'error' on the pool; unhandled, that kills the process. The pool drops that client and
  // the next query opens a new connection or fails with its own error, so there is nothing to do here.
  pool.on('error', () => {});
  try {
    const client = await pool.connect();
    client.release();
  } catch (err) {
    await pool.end();
    const reason = err instanceof Error ? err.message : String(err);
    throw new StoreUnavailableError(`cannot reach PostgreSQL at ${where} (${reason})`, {
      hint: 'check that the server is running and DATABASE_URL is right, or unset DATABASE_URL to use the embedded database',
      cause: err,
    });
  }
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    describe: `PostgreSQL at ${where}`,
    close: () => db.destroy(),
  };
}
