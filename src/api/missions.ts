import { Hono } from 'hono';
import { networkToCsv } from '../export/csv.ts';
import { networkToGeoJson } from '../export/geojson.ts';
import { counts, diff, network } from '../registry/network.ts';
import { timeline } from '../registry/timeline.ts';
import type { Services } from '../services.ts';
import { CountsQuery, DiffQuery, NetworkQuery, parseQuery } from './query.ts';

/** Read-only registry resources: the network as of a date, one mission's timeline, diffs and counts. */
export function missionRoutes(services: Services): Hono {
  const db = services.store.db;
  return new Hono()
    .get('/missions', async (c) => {
      const q = parseQuery(NetworkQuery, c.req.query());
      const asOf = q.as_of ?? services.today();
      const knownOn = q.known_on ?? services.today();
      const entries = await network(db, {
        sending: q.sending,
        asOf,
        knownOn,
        statuses: q.status,
        host: q.host,
        type: q.type,
      });
      if (q.format === 'geojson') {
        return c.body(JSON.stringify(networkToGeoJson(entries, { asOf, knownOn })), 200, {
          'content-type': 'application/geo+json',
        });
      }
      if (q.format === 'csv') {
        return c.body(networkToCsv(entries), 200, { 'content-type': 'text/csv; charset=utf-8' });
      }
      return c.json({ asOf, knownOn, count: entries.length, missions: entries });
    })
    .get('/missions/:id', async (c) => {
      const knownOn =
        parseQuery(NetworkQuery.pick({ known_on: true }), c.req.query()).known_on ?? services.today();
      return c.json(await timeline(db, c.req.param('id'), knownOn));
    })
    .get('/diff', async (c) => {
      const q = parseQuery(DiffQuery, c.req.query());
      const today = services.today();
      const time = q.time;
      const asOf = q.as_of ?? today;
      const knownOn = q.known_on ?? today;
      return c.json(
        await diff(db, {
          sending: q.sending,
          time,
          from: time === 'valid' ? { asOf: q.from, knownOn } : { asOf, knownOn: q.from },
          to: time === 'valid' ? { asOf: q.to, knownOn } : { asOf, knownOn: q.to },
        }),
      );
    })
    .get('/counts', async (c) => {
      const q = parseQuery(CountsQuery, c.req.query());
      const asOf = q.as_of ?? services.today();
      const knownOn = q.known_on ?? services.today();
      const rows = await counts(db, {
        sending: q.sending === 'all' ? undefined : q.sending,
        asOf,
        knownOn,
        by: q.by,
      });
      return c.json({ asOf, knownOn, by: q.by, rows });
    });
}
