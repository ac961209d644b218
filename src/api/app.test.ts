import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS } from '../../test/backends.ts';
import { fixtureDataset } from '../../test/fixtures/registry.ts';
import { MissionId, SourceId } from '../domain/ids.ts';
import type { Services } from '../services.ts';
import { insertDataset } from '../store/writes/dataset.ts';
import { appendStatusEvent } from '../store/writes/events.ts';
import { createApp } from './app.ts';

for (const backend of BACKENDS) {
  describe(`HTTP API on ${backend.name}`, () => {
    let services: Services;
    let app: ReturnType<typeof createApp>;
    beforeAll(async () => {
      const store = await backend.open();
      await insertDataset(store.db, fixtureDataset());
      // A quote carrying markup, as an ingested page might: it must never run in the app.
      await appendStatusEvent(
        store.db,
        {
          mission: MissionId.parse('kp-zm-lusaka-embassy'),
          status: 'closing',
          date: '2024-01-20',
          evidence: {
            source: SourceId.parse('src-list-2024-01-15'),
            quote: '<script>alert(1)</script> closing',
          },
          attributedTo: null,
          supersedes: null,
        },
        new Date('2024-01-21T00:00:00Z'),
      );
      services = {
        store,
        today: () => '2024-06-01',
        now: () => new Date('2024-06-01T12:00:00Z'),
        close: () => store.close(),
      };
      app = createApp(services);
    });
    afterAll(() => services.close());

    it('GET /api/missions?as_of= returns the network as JSON', async () => {
      const res = await app.request('/api/missions?as_of=2023-12-31&host=IT');
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({
        asOf: '2023-12-31',
        knownOn: '2024-06-01',
        count: 1,
        missions: [
          {
            id: 'kp-it-rome-embassy',
            sending: 'KP',
            host: 'IT',
            city: 'Rome',
            type: 'embassy',
            lat: 41.9,
            lon: 12.5,
            status: 'open',
            since: null,
            precision: null,
            attributedTo: null,
            evidence: { source: 'src-list-2023-01-01', quote: 'Italy | Rome | Embassy' },
            covers: ['PT'],
            confidence: 'reported',
            independentSources: 1,
          },
        ],
      });
    });

    it('GET /api/missions honours known_on, status and format=geojson', async () => {
      const res = await app.request(
        '/api/missions?as_of=2023-12-31&known_on=2023-11-15&status=closing&format=geojson',
      );
      expect(res.headers.get('content-type')).toBe('application/geo+json');
      const body = (await res.json()) as { features: { id: string; geometry: { coordinates: number[] } }[] };
      expect(body.features.map((f) => [f.id, f.geometry.coordinates])).toEqual([
        ['kp-pt-lisbon-embassy', [-9.14, 38.72]],
      ]);
    });

    it('answers a bad date with a 400 envelope naming the parameter', async () => {
      const res = await app.request('/api/missions?as_of=2023-02-30');
      expect(res.status).toBe(400);
      expect(await res.json()).toEqual({
        error: {
          code: 'invalid_input',
          message: 'query parameter as_of: expected a date as YYYY-MM-DD',
          hint: 'dates are YYYY-MM-DD; see /api for the parameters',
        },
      });
    });

    it('answers an unknown mission with a 404 envelope and a suggestion', async () => {
      const res = await app.request('/api/missions/kp-it-rome');
      expect(res.status).toBe(404);
      expect(await res.json()).toEqual({
        error: {
          code: 'not_found',
          message: 'no mission with id "kp-it-rome"',
          hint: 'did you mean kp-it-rome-embassy?',
        },
      });
    });

    it('GET /api/diff and /api/counts answer in both times', async () => {
      const diff = (await (await app.request('/api/diff?from=2023-09-01&to=2024-02-01')).json()) as {
        closed: { id: string }[];
      };
      expect(diff.closed.map((e) => e.id)).toEqual([
        'kp-ch-geneva-permanent-mission',
        'kp-pt-lisbon-embassy',
      ]);
      const counts = await (
        await app.request('/api/counts?by=status&as_of=2024-02-01&known_on=2023-11-15')
      ).json();
      expect(counts).toEqual({
        asOf: '2024-02-01',
        knownOn: '2023-11-15',
        by: ['status'],
        rows: [
          { status: 'closed', count: 1 },
          { status: 'closing', count: 1 },
          { status: 'open', count: 1 },
        ],
      });
    });

    it('serves the start page as of a picked date, escaping source text, with a no-script policy', async () => {
      const res = await app.request('/?as_of=2024-02-01');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
      const page = await res.text();
      expect(page).toContain('2 missions operating on 2024-02-01 (1 closing)');
      expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt; closing');
      expect(page).not.toContain('<script>');
    });
  });
}
