import { Migrator } from 'kysely/migration';
import { StoreUnavailableError } from '../domain/errors.ts';
import { migrationProvider } from './migrations/index.ts';
import type { Store } from './store.ts';

/** Brings the schema up to date. Runs the same migrations on every backend. */
export async function migrateToLatest(store: Store): Promise<void> {
  const migrator = new Migrator({ db: store.db, provider: migrationProvider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new StoreUnavailableError(`migration ${failed} failed on ${store.describe}`, {
      hint: 'check that the database is reachable and that its user may create tables',
      cause: error,
    });
  }
}
