import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import type { Store } from '../store.ts';
import { openPglite } from './open.ts';

async function settings(store: Store): Promise<Record<string, string>> {
  const { rows } = await sql<{ name: string; setting: string }>`
    select name, current_setting(name) as setting from pg_settings
    where name in ('shared_buffers', 'search_path', 'max_worker_processes')
  `.execute(store.db);
  return Object.fromEntries(rows.map((r) => [r.name, r.setting]));
}

// The settings this backend passes at start; PGlite's own (search_path, no workers) must survive.
const expected = { shared_buffers: '16MB', search_path: 'public', max_worker_processes: '0' };

describe('the embedded database', () => {
  const dir = mkdtempSync(join(tmpdir(), 'chancery-pglite-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('runs in memory with 16MB of shared buffers and PGlite’s own start settings', async () => {
    const store = await openPglite();
    try {
      expect(await settings(store)).toEqual(expected);
    } finally {
      await store.close();
    }
  });

  it('runs a database created with PostgreSQL’s defaults (128MB) with the same settings', async () => {
    // As an earlier Chancery created it: nothing but PGlite's defaults in its postgresql.conf.
    const created = await PGlite.create(join(dir, 'pgdata'));
    expect((await created.query('show shared_buffers')).rows).toEqual([{ shared_buffers: '128MB' }]);
    await created.close();
    const store = await openPglite(dir);
    try {
      expect(await settings(store)).toEqual(expected);
    } finally {
      await store.close();
    }
  });
});
