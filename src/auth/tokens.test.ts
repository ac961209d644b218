import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS } from '../../test/backends.ts';
import { ConflictError, ForbiddenError, UnauthorizedError } from '../domain/errors.ts';
import { type Role, type User, UserName } from '../domain/user.ts';
import { listAudit } from '../store/queries/audit.ts';
import type { Store } from '../store/store.ts';
import { authenticate, createUser, hashToken, requireRole } from './tokens.ts';

const NOW = new Date('2024-06-01T09:00:00Z');
const name = (s: string) => UserName.parse(s);

/** The error a promise rejects with, as a user would read it. */
async function failure(
  p: Promise<unknown>,
): Promise<{ name: string; code: string; message: string; hint: string | undefined }> {
  try {
    await p;
  } catch (err) {
    if (err instanceof UnauthorizedError || err instanceof ForbiddenError || err instanceof ConflictError)
      return { name: err.name, code: err.code, message: err.message, hint: err.hint };
    throw err;
  }
  throw new Error('expected a rejection');
}

for (const backend of BACKENDS) {
  describe(`users and tokens on ${backend.name}`, () => {
    let store: Store;
    let admin: User;
    let adminToken: string;
    beforeAll(async () => {
      store = await backend.open();
    });
    afterAll(() => store.close());

    it('refuses a tokenless first user who is not an admin', async () => {
      expect(
        await failure(createUser(store.db, { name: name('ana'), role: 'reviewer', by: null }, NOW)),
      ).toEqual({
        name: 'UnauthorizedError',
        code: 'unauthorized',
        message: 'adding a user needs a token with role admin',
        hint: 'no admin exists yet: create the first one with `chancery user add NAME --role admin` (no token needed), then use its token',
      });
    });

    it('creates the first admin without a token, audited as bootstrap', async () => {
      const created = await createUser(store.db, { name: name('root'), role: 'admin', by: null }, NOW);
      admin = created.user;
      adminToken = created.token;
      expect(created.user).toEqual({ id: 1, name: 'root', role: 'admin', createdAt: NOW });
      expect(created.token).toMatch(/^chy_[A-Za-z0-9_-]{43}$/);
      expect(await listAudit(store.db)).toEqual([
        {
          id: 1,
          at: NOW,
          actor: 'bootstrap',
          action: 'user.add',
          subjectType: 'user',
          subjectId: 'root',
          missionId: null,
          reason: null,
          before: null,
          after: { name: 'root', role: 'admin' },
        },
      ]);
    });

    it('stores only the hash of a token', async () => {
      const rows = await store.db.selectFrom('users').selectAll().execute();
      expect(rows).toEqual([
        { id: 1, name: 'root', role: 'admin', token_hash: hashToken(adminToken), created_at: NOW },
      ]);
      expect(hashToken(adminToken)).toMatch(/^[0-9a-f]{64}$/);
      // Neither the users table nor the audit log holds the token anywhere.
      const audit = await store.db.selectFrom('audit_log').selectAll().execute();
      expect(JSON.stringify([rows, audit])).not.toContain(adminToken.slice(4));
    });

    it('authenticates a token to its user, and no token to nobody', async () => {
      expect(await authenticate(store.db, adminToken)).toEqual(admin);
      expect(await authenticate(store.db, `${adminToken}\n`)).toEqual(admin);
      expect(await authenticate(store.db, undefined)).toBeNull();
      expect(await authenticate(store.db, '')).toBeNull();
    });

    it('rejects an unknown token', async () => {
      expect(await failure(authenticate(store.db, `chy_${'A'.repeat(43)}`))).toEqual({
        name: 'UnauthorizedError',
        code: 'unauthorized',
        message: 'unknown or revoked token',
        hint: 'check the token: it starts with chy_ and was shown once, when its user was added; an admin can add a user for a new one',
      });
    });

    it('refuses a second tokenless admin once one exists', async () => {
      expect(
        await failure(createUser(store.db, { name: name('eve'), role: 'admin', by: null }, NOW)),
      ).toEqual({
        name: 'UnauthorizedError',
        code: 'unauthorized',
        message: 'adding a user needs a token with role admin',
        hint: 'pass --token or set CHANCERY_TOKEN, or over HTTP send Authorization: Bearer <token>; an admin creates one with `chancery user add NAME --role admin`',
      });
    });

    it('a reviewer token cannot add users', async () => {
      const later = new Date('2024-06-02T10:00:00Z');
      const created = await createUser(store.db, { name: name('ana'), role: 'reviewer', by: admin }, later);
      expect(created.user).toMatchObject({ name: 'ana', role: 'reviewer', createdAt: later });
      const ana = await authenticate(store.db, created.token);
      expect(ana).toEqual(created.user);
      expect(
        await failure(createUser(store.db, { name: name('bo'), role: 'viewer', by: ana }, later)),
      ).toEqual({
        name: 'ForbiddenError',
        code: 'forbidden',
        message: 'adding a user needs role admin; ana is a reviewer',
        hint: 'ask an admin for a token with role admin',
      });
      expect((await listAudit(store.db)).map((e) => [e.actor, e.action, e.subjectId, e.after])).toEqual([
        ['root', 'user.add', 'ana', { name: 'ana', role: 'reviewer' }],
        ['bootstrap', 'user.add', 'root', { name: 'root', role: 'admin' }],
      ]);
    });

    it('refuses a duplicate name with a hint, and audits nothing', async () => {
      expect(
        await failure(createUser(store.db, { name: name('ana'), role: 'viewer', by: admin }, NOW)),
      ).toEqual({
        name: 'ConflictError',
        code: 'conflict',
        message: 'a user named "ana" already exists',
        hint: 'pick another name; `chancery user list` shows the users',
      });
      expect(await listAudit(store.db, { subjectType: 'user', subjectId: 'ana' })).toHaveLength(1);
      expect(await store.db.selectFrom('users').select('name').orderBy('id').execute()).toEqual([
        { name: 'root' },
        { name: 'ana' },
      ]);
    });
  });
}

describe('roles', () => {
  const as = (role: Role): User => ({ id: 1, name: name(`a-${role}`), role, createdAt: NOW });

  it('ranks admin above reviewer above viewer', () => {
    const granted = (['viewer', 'reviewer', 'admin'] as const).map((needed) =>
      (['viewer', 'reviewer', 'admin'] as const).map((role) => {
        try {
          requireRole(as(role), needed, 'testing');
          return true;
        } catch (err) {
          if (err instanceof ForbiddenError) return false;
          throw err;
        }
      }),
    );
    // Rows: the role needed; columns: the role held (viewer, reviewer, admin).
    expect(granted).toEqual([
      [true, true, true],
      [false, true, true],
      [false, false, true],
    ]);
  });

  it('asks for a token when there is none', () => {
    expect(() => requireRole(null, 'reviewer', 'reviewing a claim')).toThrow(
      new UnauthorizedError('reviewing a claim needs a token with role reviewer', {
        hint: 'pass --token or set CHANCERY_TOKEN, or over HTTP send Authorization: Bearer <token>; an admin creates one with `chancery user add NAME --role reviewer`',
      }),
    );
  });

  it('accepts only well-formed user names', () => {
    expect(['ana', 'a.b_c-9', 'x'.repeat(64)].map((n) => UserName.safeParse(n).success)).toEqual([
      true,
      true,
      true,
    ]);
    expect(
      ['', 'x'.repeat(65), 'ana smith', 'ana/1', 'ünï'].map((n) => UserName.safeParse(n).success),
    ).toEqual([false, false, false, false, false]);
  });
});
