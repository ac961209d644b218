import type { Migration, MigrationProvider } from 'kysely/migration';
import * as m0001 from './0001_registry.ts';
import * as m0002 from './0002_documents_claims.ts';
import * as m0003 from './0003_users_audit.ts';
import * as m0004 from './0004_reconciliation.ts';
import * as m0005 from './0005_status_order_index.ts';

/** Every migration, in order. Both backends run exactly these. */
export const migrations: Record<string, Migration> = {
  '0001_registry': m0001,
  '0002_documents_claims': m0002,
  '0003_users_audit': m0003,
  '0004_reconciliation': m0004,
  '0005_status_order_index': m0005,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
