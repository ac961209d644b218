import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_BACKENDS } from './backends.ts';
import { run } from './cli-run.ts';

for (const backend of APP_BACKENDS) {
  describe(`chancery CLI on ${backend.name} with the starter data`, () => {
    let env: NodeJS.ProcessEnv;
    let done: () => Promise<void>;
    beforeAll(async () => {
      ({ env, done } = await backend.env());
    });
    afterAll(() => done());

    it('lists the 53 DPRK missions operating on 2023-09-01: 47 embassies, 3 consulates, 3 others', async () => {
      const r = await run(env, 'missions', '--as-of', '2023-09-01', '--format', 'json');
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const body = JSON.parse(r.stdout) as { count: number; missions: { type: string; status: string }[] };
      expect(body.count).toBe(53);
      const kind = (t: string) => (t === 'embassy' || t === 'consulate' ? t : 'other');
      const byType = body.missions.map((m) => kind(m.type));
      expect(['embassy', 'consulate', 'other'].map((k) => byType.filter((t) => t === k).length)).toEqual([
        47, 3, 3,
      ]);
      expect(body.missions.every((m) => m.status === 'open')).toBe(true);
    });

    it('lists 44 operating on 2024-02-01, DR Congo among them as closing', async () => {
      const r = await run(env, 'missions', '--as-of', '2024-02-01', '--format', 'json');
      const body = JSON.parse(r.stdout) as {
        count: number;
        missions: { id: string; host: string; status: string }[];
      };
      expect(body.count).toBe(44);
      const hosts = new Set(body.missions.map((m) => m.host));
      for (const gone of ['GN', 'NP', 'BD', 'SN', 'ES', 'AO', 'UG', 'HK', 'LY'])
        expect(hosts.has(gone)).toBe(false);
      expect(body.missions.filter((m) => m.status === 'closing').map((m) => m.host)).toEqual(['CD']);
    });

    it('shows the nine closed missions with --status closed, and filters by host and type', async () => {
      const closed = await run(
        env,
        'missions',
        '--as-of',
        '2024-02-01',
        '--status',
        'closed',
        '--format',
        'csv',
      );
      const lines = closed.stdout.trim().split('\r\n');
      expect(lines[0]).toBe(
        'id,sending,host,city,type,lat,lon,status,since,confidence,independentSources,covers,attributedTo,source,quote',
      );
      expect(
        lines
          .slice(1)
          .map((l) => l.split(',')[2])
          .sort(),
      ).toEqual(['AO', 'BD', 'ES', 'GN', 'HK', 'LY', 'NP', 'SN', 'UG']);
      const spain = await run(
        env,
        'missions',
        '--as-of',
        '2023-09-01',
        '--host',
        'Spain',
        '--type',
        'embassy',
        '--format',
        'json',
      );
      expect((JSON.parse(spain.stdout) as { missions: { id: string }[] }).missions.map((m) => m.id)).toEqual([
        'kp-es-madrid-embassy',
      ]);
    });

    it('exports GeoJSON points as [lon, lat]', async () => {
      const r = await run(env, 'missions', '--as-of', '2023-09-01', '--host', 'ES', '--format', 'geojson');
      const fc = JSON.parse(r.stdout) as {
        type: string;
        features: { geometry: { coordinates: number[] } }[];
      };
      expect(fc.type).toBe('FeatureCollection');
      const [lon, lat] = fc.features[0]?.geometry.coordinates ?? [];
      expect(lon).toBeCloseTo(-3.7, 0);
      expect(lat).toBeCloseTo(40.4, 0);
    });

    it("replays what was known on a day: before any closure was reported, Spain's embassy was open", async () => {
      const r = await run(
        env,
        'missions',
        '--as-of',
        '2024-02-01',
        '--known-on',
        '2023-09-15',
        '--format',
        'json',
      );
      const body = JSON.parse(r.stdout) as { count: number };
      expect(body.count).toBe(53);
    });

    it("prints a mission's timeline with dates, sources and quotes", async () => {
      const r = await run(env, 'mission', 'kp-es-madrid-embassy', '--format', 'json');
      expect(r.code).toBe(0);
      const t = JSON.parse(r.stdout) as {
        steps: { status: string; date: string | null; evidence: { quote: string; source: string } }[];
        coverage: { coveringMission: string; coveredHost: string }[];
      };
      expect(t.steps.map((s) => s.status)).toEqual(expect.arrayContaining(['open', 'closing', 'closed']));
      expect(t.steps.every((s) => s.evidence.quote.length > 0 && s.evidence.source.startsWith('src-'))).toBe(
        true,
      );
      expect(t.coverage).toContainEqual(
        expect.objectContaining({ coveringMission: 'kp-it-rome-embassy', coveredHost: 'ES' }),
      );
      const table = await run(env, 'mission', 'kp-es-madrid-embassy');
      expect(table.stdout).toContain('covered by kp-it-rome-embassy');
    });

    it('diffs 2023-09-01 and 2024-02-01: nine closed, DR Congo closing, Rome covering Spain', async () => {
      const r = await run(env, 'diff', '2023-09-01', '2024-02-01', '--format', 'json');
      const d = JSON.parse(r.stdout) as {
        opened: unknown[];
        closed: { host: string }[];
        changed: { id: string; from: string; to: string }[];
        coverage: { added: { coveringMission: string; coveredHost: string }[] };
      };
      expect(d.opened).toEqual([]);
      expect(d.closed.map((e) => e.host).sort()).toEqual([
        'AO',
        'BD',
        'ES',
        'GN',
        'HK',
        'LY',
        'NP',
        'SN',
        'UG',
      ]);
      expect(d.changed).toContainEqual(
        expect.objectContaining({ id: 'kp-cd-kinshasa-embassy', from: 'open', to: 'closing' }),
      );
      expect(d.coverage.added).toContainEqual({ coveringMission: 'kp-it-rome-embassy', coveredHost: 'ES' });
      const text = await run(env, 'diff', '2023-09-01', '2024-02-01');
      expect(text.stdout).toContain('closed (9)');
    });

    it('counts by status and type as of a date', async () => {
      const r = await run(env, 'counts', '--by', 'status', '--as-of', '2024-02-01', '--format', 'json');
      const body = JSON.parse(r.stdout) as { rows: { status: string; count: number }[] };
      expect(body.rows).toEqual([
        { status: 'closed', count: 9 },
        { status: 'closing', count: 1 },
        { status: 'open', count: 43 },
      ]);
    });

    it('explains an unknown mission id in one line and exits non-zero', async () => {
      const r = await run(env, 'mission', 'kp-es-madrid');
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(
        /^error: no mission with id "kp-es-madrid" \(did you mean kp-es-madrid-embassy.*\)\n$/,
      );
    });
  });
}

describe('chancery CLI errors a user can cause', () => {
  // A data directory that cannot exist: these commands must fail before opening any database.
  const env = { CHANCERY_DATA_DIR: '/dev/null/db' };

  it('rejects a bad date before opening any database', async () => {
    const r = await run(env, 'missions', '--as-of', '2023-13-01');
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'error: --as-of must be a date as YYYY-MM-DD, got "2023-13-01" (write the date in full, e.g. 2023-09-01)\n',
    });
  });

  it('rejects an unknown flag value', async () => {
    const r = await run(env, 'missions', '--status', 'shut');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'error: --status has an unknown value "shut" (use open, closing, closed, reopened, operating, all)\n',
    );
    const f = await run(env, 'missions', '--format', 'xml');
    expect(f.stderr).toBe(
      'error: --format has an unknown value "xml" (use one of table, json, csv, geojson)\n',
    );
  });

  it('says the database is unreachable and what to do, without a stack trace', async () => {
    const r = await run({ DATABASE_URL: 'postgres://nobody:x@127.0.0.1:1/none' }, 'missions');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /^error: cannot reach PostgreSQL at postgres:\/\/nobody:\*\*\*@127\.0\.0\.1:1\/none \(.+\) \(check that the server is running.*unset DATABASE_URL.*\)\n$/,
    );
  });

  it('runs as an installed binary: --help lists the commands', () => {
    const r = spawnSync(process.execPath, ['bin/chancery.js', '--help'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    for (const command of ['missions', 'mission', 'diff', 'counts', 'serve'])
      expect(r.stdout).toContain(command);
  });

  it('an unknown option prints commander usage and exits 2', () => {
    const r = spawnSync(process.execPath, ['bin/chancery.js', 'missions', '--bogus'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("error: unknown option '--bogus'");
    expect(r.stderr).not.toContain('    at ');
  });
});
