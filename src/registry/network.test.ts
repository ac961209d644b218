import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS } from '../../test/backends.ts';
import { fixtureDataset } from '../../test/fixtures/registry.ts';
import { MissionId, SourceId } from '../domain/ids.ts';
import type { Store } from '../store/store.ts';
import { insertDataset } from '../store/writes/dataset.ts';
import { appendStatusEvent } from '../store/writes/events.ts';
import { counts, diff, network } from './network.ts';
import { timeline } from './timeline.ts';

const ids = (entries: { id: string }[]) => entries.map((e) => e.id);

for (const backend of BACKENDS) {
  describe(`registry queries on ${backend.name}`, () => {
    let store: Store;
    let geneva: number;
    beforeAll(async () => {
      store = await backend.open();
      await insertDataset(store.db, fixtureDataset());
      const closed = await store.db
        .selectFrom('status_events')
        .select('id')
        .where('mission_id', '=', 'kp-ch-geneva-permanent-mission')
        .where('status', '=', 'closed')
        .executeTakeFirstOrThrow();
      geneva = closed.id;
      // On 2023-11-20 the registry learns the Geneva closure report was wrong.
      await appendStatusEvent(
        store.db,
        {
          mission: MissionId.parse('kp-ch-geneva-permanent-mission'),
          status: 'open',
          date: '2023-11',
          evidence: {
            source: SourceId.parse('src-wire-2023-11-10'),
            quote: 'correction: the Geneva mission remains open',
          },
          attributedTo: null,
          supersedes: geneva,
        },
        new Date('2023-11-20T09:00:00Z'),
      );
    });
    afterAll(() => store.close());

    it('lists operating missions as of a date, closing ones included', async () => {
      const net = await network(store.db, { sending: 'KP', asOf: '2023-11-01', knownOn: '2024-06-01' });
      expect(net.map((e) => [e.id, e.status, e.since])).toEqual([
        // The corrected closure drops out; the correction continues the undated open run.
        ['kp-ch-geneva-permanent-mission', 'open', null],
        ['kp-it-rome-embassy', 'open', null],
        ['kp-pt-lisbon-embassy', 'closing', '2023-10'],
        ['kp-zm-lusaka-embassy', 'open', null],
      ]);
    });

    it('drops a mission from the network once it is closed, and shows who covers its host', async () => {
      const net = await network(store.db, { sending: 'KP', asOf: '2023-12-31', knownOn: '2024-06-01' });
      expect(ids(net)).toEqual([
        'kp-ch-geneva-permanent-mission',
        'kp-it-rome-embassy',
        'kp-zm-lusaka-embassy',
      ]);
      expect(net.find((e) => e.id === 'kp-it-rome-embassy')?.covers).toEqual(['PT']);
      const closed = await network(store.db, {
        sending: 'KP',
        asOf: '2023-12-31',
        knownOn: '2024-06-01',
        statuses: ['closed'],
      });
      expect(closed.map((e) => [e.id, e.since, e.attributedTo, e.evidence.quote])).toEqual([
        [
          'kp-pt-lisbon-embassy',
          '2023-12-05',
          'the foreign ministry',
          'the Lisbon embassy closed on Tuesday',
        ],
      ]);
    });

    it('replays what the registry knew on an earlier day (recorded time)', async () => {
      // On 2023-11-15 the Geneva closure was believed and Lusaka was not yet known.
      const then = await network(store.db, { sending: 'KP', asOf: '2023-12-31', knownOn: '2023-11-15' });
      expect(then.map((e) => [e.id, e.status])).toEqual([
        ['kp-it-rome-embassy', 'open'],
        ['kp-pt-lisbon-embassy', 'closing'],
      ]);
      // After the correction it is open again; the wrong row is still in the table.
      const after = await network(store.db, { sending: 'KP', asOf: '2023-12-31', knownOn: '2023-11-20' });
      expect(ids(after)).toContain('kp-ch-geneva-permanent-mission');
      const rows = await store.db.selectFrom('status_events').select('id').where('id', '=', geneva).execute();
      expect(rows).toHaveLength(1);
    });

    it('diffs two dates: closures, status changes and coverage', async () => {
      const d = await diff(store.db, {
        sending: 'KP',
        time: 'valid',
        from: { asOf: '2023-09-01', knownOn: '2024-06-01' },
        to: { asOf: '2024-02-01', knownOn: '2024-06-01' },
      });
      expect(ids(d.opened)).toEqual([]);
      expect(d.closed.map((e) => [e.id, e.status])).toEqual([['kp-pt-lisbon-embassy', 'closed']]);
      expect(d.changed.map((c) => [c.id, c.from, c.to])).toEqual([]);
      expect(d.coverage).toEqual({
        added: [{ coveringMission: 'kp-it-rome-embassy', coveredHost: 'PT' }],
        removed: [],
      });
      const d2 = await diff(store.db, {
        sending: 'KP',
        time: 'valid',
        from: { asOf: '2023-09-01', knownOn: '2024-06-01' },
        to: { asOf: '2023-10-15', knownOn: '2024-06-01' },
      });
      expect(d2.changed.map((c) => [c.id, c.from, c.to])).toEqual([
        ['kp-pt-lisbon-embassy', 'open', 'closing'],
      ]);
    });

    it('diffs in recorded time: what the registry learned between two days about one date', async () => {
      const d = await diff(store.db, {
        sending: 'KP',
        time: 'known',
        from: { asOf: '2023-12-31', knownOn: '2023-11-15' },
        to: { asOf: '2023-12-31', knownOn: '2023-12-06' },
      });
      // Learned on 2023-11-20: the Geneva closure was wrong; on 2023-12-06: Lisbon closed.
      expect(d.opened.map((e) => e.id)).toEqual(['kp-ch-geneva-permanent-mission']);
      expect(d.closed.map((e) => [e.id, e.status])).toEqual([['kp-pt-lisbon-embassy', 'closed']]);
      expect(d.learned.map((l) => [l.missionId, l.status, l.recordedAt.slice(0, 10)])).toEqual([
        ['kp-ch-geneva-permanent-mission', 'open', '2023-11-20'],
        ['kp-pt-lisbon-embassy', 'closed', '2023-12-06'],
      ]);
      expect(d.coverage.added).toEqual([{ coveringMission: 'kp-it-rome-embassy', coveredHost: 'PT' }]);
    });

    it('counts missions by status and type in the database', async () => {
      const rows = await counts(store.db, {
        sending: 'KP',
        asOf: '2024-02-01',
        knownOn: '2024-06-01',
        by: ['status', 'type'],
      });
      expect(rows).toEqual([
        { status: 'closed', type: 'embassy', count: 1 },
        { status: 'open', type: 'embassy', count: 2 },
        { status: 'open', type: 'permanent_mission', count: 1 },
      ]);
    });

    it('gives a mission timeline with evidence and the superseded step marked', async () => {
      const t = await timeline(store.db, 'kp-ch-geneva-permanent-mission', '2024-06-01');
      expect(t.steps.map((s) => [s.status, s.date, s.supersededBy === null, s.evidence.quote])).toEqual([
        ['open', null, true, 'Switzerland | Geneva | Permanent Mission'],
        ['open', '2023-11', true, 'correction: the Geneva mission remains open'],
        ['closed', '2023-11', false, 'the Geneva mission has shut'],
      ]);
    });

    it('rejects an unknown mission id with a suggestion', async () => {
      await expect(timeline(store.db, 'kp-pt-lisbon', '2024-06-01')).rejects.toMatchObject({
        code: 'not_found',
        message: 'no mission with id "kp-pt-lisbon"',
        hint: expect.stringContaining('kp-pt-lisbon-embassy'),
      });
    });

    it('refuses to update or delete a recorded fact', async () => {
      await expect(
        sql`update status_events set status = 'open' where id = ${geneva}`.execute(store.db),
      ).rejects.toThrow(/append-only/);
      await expect(sql`delete from evidence`.execute(store.db)).rejects.toThrow(/append-only/);
    });
  });
}
