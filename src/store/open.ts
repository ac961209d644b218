import { migrateToLatest } from './migrate.ts';
import { openPglite } from './pglite/open.ts';
import { openPostgres } from './postgres/open.ts';
import type { Store } from './store.ts';

export interface OpenStoreOptions {
  /** A PostgreSQL connection string; when set, the embedded database is not used. */
  databaseUrl?: string | undefined;
  /** Embedded database directory; undefined means in memory. */
  dataDir?: string | undefined;
}

/** Opens the configured backend and migrates it to the latest schema. */
export async function openStore(options: OpenStoreOptions): Promise<Store> {
  const store = options.databaseUrl
    ? await openPostgres(options.databaseUrl)
    : await openPglite(options.dataDir);
  try {
    await migrateToLatest(store);
  } catch (err) {
    await store.close();
    throw err;
  }
  return store;
}
