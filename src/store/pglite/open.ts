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
 * Server settings for the embedded database, passed after PGlite's own start parameters (so an
 * upgrade keeps its defaults). PostgreSQL sizes shared_buffers (128MB) for a server that has the
 * machine to itself; PGlite runs it inside this process, where every buffer page it touches stays
 * in our RSS (WASM memory never shrinks). With 16MB an ingest of 10,000 documents peaks under
 * 400 MB (docs/BENCHMARKS.md, Ingest); a page that falls out is read again from the operating
 * system's file cache (or from memory, for an in-memory database), not from the disk.
 */
const SERVER_SETTINGS = ['-c', 'shared_buffers=16MB'];

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
      startParams: [...PGlite.defaultStartParams, ...SERVER_SETTINGS],
      // initdb runs the server too (in memory: on every open) and writes them to postgresql.conf.
      initDbStartParams: SERVER_SETTINGS,
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
