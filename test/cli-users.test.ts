import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { APP_BACKENDS } from './backends.ts';
import { type Run, run } from './cli-run.ts';

const TOKEN = /^chy_[A-Za-z0-9_-]{43}$/;
const NOT_SHOWN_AGAIN =
  'This token will not be shown again (only its SHA-256 hash is stored): keep it now, and pass it with --token or CHANCERY_TOKEN.';

/** The three lines `user add` prints, with the token taken out. */
function added(r: Run): { lines: string[]; token: string } {
  const lines = r.stdout.split('\n');
  const token = lines[1] ?? '';
  return { lines: [lines[0] ?? '', TOKEN.test(token) ? '<token>' : token, ...lines.slice(2)], token };
}

for (const backend of APP_BACKENDS) {
  describe(`chancery user and log on ${backend.name}`, () => {
    let env: NodeJS.ProcessEnv;
    let done: () => Promise<void>;
    let adminToken: string;
    let reviewerToken: string;
    // The CLI stamps rows with the wall clock: fix it, one minute later for each step.
    const at = (minute: number) => vi.setSystemTime(new Date(Date.UTC(2024, 5, 1, 9, minute)));
    beforeAll(async () => {
      let base: NodeJS.ProcessEnv;
      ({ env: base, done } = await backend.env());
      env = { ...base, CHANCERY_NO_STARTER: '1' };
      vi.useFakeTimers({ toFake: ['Date'] });
    });
    afterAll(async () => {
      vi.useRealTimers();
      await done();
    });

    it('bootstraps the first admin without a token and prints the token once', async () => {
      at(0);
      const r = await run(env, 'user', 'add', 'root', '--role', 'admin');
      expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
      const out = added(r);
      expect(out.lines).toEqual(['added root with role admin; token:', '<token>', NOT_SHOWN_AGAIN, '']);
      adminToken = out.token;
      const list = await run(env, 'user', 'list', '--format', 'json');
      expect(JSON.parse(list.stdout)).toEqual({
        count: 1,
        users: [{ id: 1, name: 'root', role: 'admin', createdAt: '2024-06-01T09:00:00.000Z' }],
      });
      expect(list.stdout).not.toContain(adminToken);
    });

    it('refuses a second tokenless admin, saying how to pass a token', async () => {
      const r = await run(env, 'user', 'add', 'eve', '--role', 'admin');
      expect(r).toEqual({
        code: 1,
        stdout: '',
        stderr:
          'error: adding a user needs a token with role admin (pass --token or set CHANCERY_TOKEN, or over HTTP send Authorization: Bearer <token>; an admin creates one with `chancery user add NAME --role admin`)\n',
      });
    });

    it('adds a reviewer with an admin token from CHANCERY_TOKEN', async () => {
      at(1);
      const r = await run({ ...env, CHANCERY_TOKEN: adminToken }, 'user', 'add', 'ana', '--role', 'reviewer');
      expect(r.code).toBe(0);
      const out = added(r);
      expect(out.lines).toEqual(['added ana with role reviewer; token:', '<token>', NOT_SHOWN_AGAIN, '']);
      reviewerToken = out.token;
    });

    it('a reviewer cannot add a user', async () => {
      const r = await run(env, 'user', 'add', 'bo', '--role', 'viewer', '--token', reviewerToken);
      expect(r).toEqual({
        code: 1,
        stdout: '',
        stderr:
          'error: adding a user needs role admin; ana is a reviewer (ask an admin for a token with role admin)\n',
      });
    });

    it('refuses an unknown token, and --token wins over CHANCERY_TOKEN', async () => {
      const r = await run(
        { ...env, CHANCERY_TOKEN: adminToken },
        'user',
        'add',
        'bo',
        '--role',
        'viewer',
        '--token',
        `chy_${'x'.repeat(43)}`,
      );
      expect(r).toEqual({
        code: 1,
        stdout: '',
        stderr:
          'error: unknown or revoked token (check the token: it starts with chy_ and was shown once, when its user was added; an admin can add a user for a new one)\n',
      });
    });

    it('lists users without tokens, as a table', async () => {
      const r = await run(env, 'user', 'list');
      expect(r.code).toBe(0);
      expect(r.stdout.split('\n').filter((l) => /root|ana/.test(l))).toEqual([
        expect.stringMatching(/^│ root +│ admin +│ 2024-06-01T09:00:00\.000Z │$/),
        expect.stringMatching(/^│ ana +│ reviewer +│ 2024-06-01T09:01:00\.000Z │$/),
      ]);
      expect(r.stdout).toContain('2 users\n');
      for (const token of [adminToken, reviewerToken]) expect(r.stdout).not.toContain(token);
    });

    it('log shows the entries newest first, and filters by subject', async () => {
      const r = await run(env, 'log', '--format', 'json');
      expect(r.code).toBe(0);
      const body = JSON.parse(r.stdout) as { entries: { id: number }[] };
      expect(body).toEqual({
        count: 2,
        entries: [
          {
            id: body.entries[0]?.id,
            at: '2024-06-01T09:01:00.000Z',
            actor: 'root',
            action: 'user.add',
            subjectType: 'user',
            subjectId: 'ana',
            missionId: null,
            reason: null,
            before: null,
            after: { name: 'ana', role: 'reviewer' },
          },
          {
            id: body.entries[1]?.id,
            at: '2024-06-01T09:00:00.000Z',
            actor: 'bootstrap',
            action: 'user.add',
            subjectType: 'user',
            subjectId: 'root',
            missionId: null,
            reason: null,
            before: null,
            after: { name: 'root', role: 'admin' },
          },
        ],
      });
      const table = await run(env, 'log', '--subject', 'user:root');
      expect(table.stdout.split('\n').filter((l) => l.includes('user.add'))).toEqual([
        expect.stringMatching(
          /^│ \d+ +│ 2024-06-01T09:00:00\.000Z │ bootstrap │ user\.add │ user:root │ +│ +│$/,
        ),
      ]);
      expect(table.stdout).toContain('1 entries\n');
      const none = await run(env, 'log', '--mission', 'kp-es-madrid-embassy', '--format', 'json');
      expect(JSON.parse(none.stdout)).toEqual({ count: 0, entries: [] });
    });
  });
}

describe('chancery user and log: errors a user can cause', () => {
  // A data directory that cannot exist: these must fail before opening any database.
  const env = { CHANCERY_DATA_DIR: '/dev/null/db' };

  it.each([
    [
      ['user', 'add', 'ana smith', '--role', 'viewer'],
      'error: NAME "ana smith" is not a valid user name (a user name uses only letters, digits, ".", "_" and "-")\n',
    ],
    [
      ['user', 'add', 'ana', '--role', 'owner'],
      'error: --role has an unknown value "owner" (use one of viewer, reviewer, admin)\n',
    ],
    [['log', '--limit', '0'], 'error: --limit must be a whole number from 1 to 5000, got "0"\n'],
    [
      ['log', '--subject', 'ana'],
      'error: --subject must be TYPE:ID, got "ana" (e.g. --subject user:ana or --subject claim:42)\n',
    ],
    [
      ['log', '--mission', 'Madrid'],
      'error: --mission "Madrid" is not a mission id (mission ids look like kp-es-madrid-embassy; `chancery missions` lists them)\n',
    ],
    [['log', '--format', 'csv'], 'error: --format has an unknown value "csv" (use one of table, json)\n'],
  ])('rejects %j before opening any database', async (args, stderr) => {
    expect(await run(env, ...args)).toEqual({ code: 2, stdout: '', stderr });
  });

  it('requires --role', async () => {
    const r = await run(env, 'user', 'add', 'ana');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("error: required option '--role <role>' not specified");
  });
});
