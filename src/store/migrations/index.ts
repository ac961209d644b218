import type { Migration, MigrationProvider } from 'kysely/migration';
import * as m0001 from './0001_registry.ts';

/** Every migration, in order. Both backends run exactly these. */
export const migrations: Record<string, Migration> = {
  '0001_registry': m0001,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
