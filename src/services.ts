import { join } from 'node:path';
import type { IsoDay } from './domain/dates.ts';
import { loadStarterIfEmpty } from './registry/starter.ts';
import { openStore } from './store/open.ts';
import type { Store } from './store/store.ts';

/** Everything the CLI and the API call: the open store and a clock. */
export interface Services {
  store: Store;
  /** Today in UTC; fixed in tests. */
  today(): IsoDay;
  /** Recorded time for writes; fixed in tests. */
  now(): Date;
  close(): Promise<void>;
}

export interface ServiceOptions {
  env: NodeJS.ProcessEnv;
  /** Embedded database directory; default CHANCERY_DATA_DIR or `.chancery/db` under the working directory. */
  dataDir?: string;
  /** Load the starter dataset into an empty registry (default true; CHANCERY_NO_STARTER=1 turns it off). */
  starter?: boolean;
  today?: () => IsoDay;
  now?: () => Date;
}

export function defaultDataDir(env: NodeJS.ProcessEnv): string {
  return env.CHANCERY_DATA_DIR || join(process.cwd(), '.chancery', 'db');
}

/** Opens the store chosen by the environment and, on a fresh database, loads the starter data. */
export async function openServices(options: ServiceOptions): Promise<Services> {
  const store = await openStore({
    databaseUrl: options.env.DATABASE_URL || undefined,
    dataDir: options.dataDir ?? defaultDataDir(options.env),
  });
  try {
    if (options.starter ?? options.env.CHANCERY_NO_STARTER !== '1') await loadStarterIfEmpty(store.db);
  } catch (err) {
    await store.close();
    throw err;
  }
  return {
    store,
    today: options.today ?? (() => new Date().toISOString().slice(0, 10)),
    now: options.now ?? (() => new Date()),
    close: () => store.close(),
  };
}
