import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { BACKENDS } from '../../test/backends.ts';
import { createUser } from '../auth/tokens.ts';
import { UserName } from '../domain/user.ts';
import type { Services } from '../services.ts';
import { createApp } from './app.ts';

const BOOTSTRAP_AT = new Date('2024-06-01T09:00:00Z');
// The route stamps rows with the wall clock; tests fix it (only Date is faked, timers run).
const NOW = new Date('2024-06-02T10:30:00Z');

const NO_TOKEN = {
  error: {
    code: 'unauthorized',
    message: 'adding a user needs a token with role admin',
    hint: 'pass --token or set CHANCERY_TOKEN, or over HTTP send Authorization: Bearer <token>; an admin creates one with `chancery user add NAME --role admin`',
  },
};

for (const backend of BACKENDS) {
  describe(`users and audit over HTTP on ${backend.name}`, () => {
    let services: Services;
    let app: ReturnType<typeof createApp>;
    let adminToken: string;
    let reviewerToken: string;
    const post = (body: unknown, token?: string) =>
      app.request('/api/users', {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          ...(token === undefined ? {} : { Authorization: `Bearer ${token}` }),
        },
        body: JSON.stringify(body),
      });

    beforeAll(async () => {
      const store = await backend.open();
      ({ token: adminToken } = await createUser(
        store.db,
        { name: UserName.parse('root'), role: 'admin', by: null },
        BOOTSTRAP_AT,
      ));
      services = { store, today: () => '2024-06-01', now: () => new Date(), close: () => store.close() };
      app = createApp(services);
    });
    afterAll(() => services.close());
    afterEach(() => {
      vi.useRealTimers();
    });

    it('POST /api/users without a token answers 401 and adds nobody', async () => {
      const res = await post({ name: 'ana', role: 'reviewer' });
      expect(res.status).toBe(401);
      expect(await res.json()).toEqual(NO_TOKEN);
      expect(await services.store.db.selectFrom('users').select('name').execute()).toEqual([
        { name: 'root' },
      ]);
    });

    it('answers an unknown token or a malformed header with 401, even on a read', async () => {
      const unknown = await app.request('/api/missions', { headers: { Authorization: 'Bearer chy_nope' } });
      expect(unknown.status).toBe(401);
      expect(await unknown.json()).toEqual({
        error: {
          code: 'unauthorized',
          message: 'unknown or revoked token',
          hint: 'check the token: it starts with chy_ and was shown once, when its user was added; an admin can add a user for a new one',
        },
      });
      const basic = await app.request('/api/audit', { headers: { Authorization: 'Basic cm9vdDpyb290' } });
      expect(basic.status).toBe(401);
      expect(await basic.json()).toEqual({
        error: {
          code: 'unauthorized',
          message: 'the Authorization header must be "Bearer <token>"',
          hint: 'send Authorization: Bearer chy_…, the token printed when the user was added',
        },
      });
    });

    it('POST /api/users with an admin token answers 201 with the user and its token', async () => {
      vi.useFakeTimers({ toFake: ['Date'], now: NOW });
      const res = await post({ name: 'ana', role: 'reviewer' }, adminToken);
      expect(res.status).toBe(201);
      const body = (await res.json()) as { user: { id: number }; token: string };
      expect(body).toEqual({
        user: { id: body.user.id, name: 'ana', role: 'reviewer', createdAt: '2024-06-02T10:30:00.000Z' },
        token: expect.stringMatching(/^chy_[A-Za-z0-9_-]{43}$/),
      });
      reviewerToken = body.token;
    });

    it('POST /api/users with a reviewer token answers 403', async () => {
      const res = await post({ name: 'bo', role: 'viewer' }, reviewerToken);
      expect(res.status).toBe(403);
      expect(await res.json()).toEqual({
        error: {
          code: 'forbidden',
          message: 'adding a user needs role admin; ana is a reviewer',
          hint: 'ask an admin for a token with role admin',
        },
      });
    });

    it('answers a bad body with 400 naming the field, and a taken name with 409', async () => {
      const bad = await post({ name: 'bo', role: 'owner' }, adminToken);
      expect(bad.status).toBe(400);
      expect(await bad.json()).toEqual({
        error: {
          code: 'invalid_input',
          message: 'role: Invalid option: expected one of "viewer"|"reviewer"|"admin"',
          hint: 'send { "name": "ana", "role": "viewer" | "reviewer" | "admin" }',
        },
      });
      const notJson = await app.request('/api/users', {
        method: 'POST',
        headers: { Authorization: `Bearer ${adminToken}` },
        body: 'name=bo',
      });
      expect(notJson.status).toBe(400);
      expect(await notJson.json()).toEqual({
        error: {
          code: 'invalid_input',
          message: 'the request body is not JSON',
          hint: 'send Content-Type: application/json with a JSON object',
        },
      });
      const taken = await post({ name: 'ana', role: 'viewer' }, adminToken);
      expect(taken.status).toBe(409);
      expect(await taken.json()).toEqual({
        error: {
          code: 'conflict',
          message: 'a user named "ana" already exists',
          hint: 'pick another name; `chancery user list` shows the users',
        },
      });
    });

    it('GET /api/audit lists the user additions newest first, open to anyone', async () => {
      const res = await app.request('/api/audit?subject_type=user');
      expect(res.status).toBe(200);
      const body = (await res.json()) as { entries: { id: number }[] };
      expect(body).toEqual({
        count: 2,
        entries: [
          {
            id: body.entries[0]?.id,
            at: '2024-06-02T10:30:00.000Z',
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
      const one = await app.request('/api/audit?subject_type=user&subject_id=root&limit=1');
      expect(
        ((await one.json()) as { entries: { subjectId: string }[] }).entries.map((e) => e.subjectId),
      ).toEqual(['root']);
      expect(await (await app.request('/api/audit?mission=kp-es-madrid-embassy')).json()).toEqual({
        count: 0,
        entries: [],
      });
    });

    it('answers a bad audit limit with a 400 envelope', async () => {
      const res = await app.request('/api/audit?limit=0');
      expect(res.status).toBe(400);
      expect(await res.json()).toEqual({
        error: {
          code: 'invalid_input',
          message: 'query parameter limit: Too small: expected number to be >=1',
          hint: 'dates are YYYY-MM-DD; see /api for the parameters',
        },
      });
    });
  });
}
