import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { Kysely } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import { StoreUnavailableError } from '../../domain/errors.ts';
import type { Database } from '../schema.ts';
import type { Store } from '../store.ts';
import { acquireLock } from './lock.ts';

const DATE_OID = 1082;

/**
 * Opens the embedded database. `dir` undefined means in memory (tests); otherwise the
 * directory is created and locked to this process.
 */
export async function openPglite(dir?: string): Promise<Store> {
  const path = dir === undefined ? undefined : resolve(dir);
  let release = () => {};
  if (path !== undefined) {
    mkdirSync(path, { recursive: true });
    release = acquireLock(path);
  }
  let client: PGlite;
  try {
    client = await PGlite.create(path === undefined ? undefined : `${path}/pgdata`, {
      // Extensions must be passed again on every open.
      extensions: { pg_trgm },
      parsers: { [DATE_OID]: (value: string) => value },
    });
  } catch (err) {
    release();
    throw new StoreUnavailableError(`cannot open the embedded database at ${path}`, {
      hint: 'check the directory is writable and not a database of another PostgreSQL version',
      cause: err,
    });
  }
  const db = new Kysely<Database>({ dialect: new PGliteDialect(client) });
  return {
    db,
    describe:
      path === undefined
        ? 'embedded PostgreSQL (PGlite) in memory'
        : `embedded PostgreSQL (PGlite) at ${path}`,
    async close() {
      await db.destroy();
      if (!client.closed) await client.close();
      release();
    },
  };
}
