import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';

/**
 * An open store: a Kysely handle over one backend. Code outside `src/store/<backend>/`
 * sees only this; `describe` is for humans (logs, `chancery serve`), never for branching.
 */
export interface Store {
  db: Kysely<Database>;
  /** e.g. `embedded PostgreSQL (PGlite) at .chancery/db` */
  describe: string;
  close(): Promise<void>;
}
