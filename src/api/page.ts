import { Hono } from 'hono';
import { html } from 'hono/html';
import { parseDay } from '../domain/dates.ts';
import { network } from '../registry/network.ts';
import type { Services } from '../services.ts';

/**
 * The start page: the network as of a date the user picks, server-rendered. `html` escapes
 * every interpolated value, so text from sources cannot inject markup.
 */
export function pageRoutes(services: Services): Hono {
  return new Hono().get('/', async (c) => {
    const today = services.today();
    const asOf = parseDay(c.req.query('as_of') || today, 'as_of');
    const knownOn = parseDay(c.req.query('known_on') || today, 'known_on');
    const entries = await network(services.store.db, { sending: 'KP', asOf, knownOn });
    const closing = entries.filter((e) => e.status === 'closing').length;
    return c.html(html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Chancery — DPRK missions as of ${asOf}</title>
<style>
  body { font: 15px/1.4 system-ui, sans-serif; margin: 2rem; color: #1b1b1b; }
  table { border-collapse: collapse; width: 100%; }
  th, td { text-align: left; padding: .3rem .6rem; border-bottom: 1px solid #ddd; vertical-align: top; }
  td.quote { color: #555; font-size: 13px; max-width: 40rem; }
  .closing { background: #fff4d6; }
  form { margin: 1rem 0; display: flex; gap: 1rem; align-items: end; }
</style>
</head>
<body>
<h1>North Korea's overseas missions</h1>
<form method="get" action="/">
  <label>As of <input type="date" name="as_of" value="${asOf}" required></label>
  <label>As known on <input type="date" name="known_on" value="${knownOn}"></label>
  <button type="submit">Show</button>
</form>
<p id="summary">${entries.length} missions operating on ${asOf}${closing ? ` (${closing} closing)` : ''}, as the registry knew it on ${knownOn}.
  JSON: <a href="/api/missions?as_of=${asOf}&amp;known_on=${knownOn}">/api/missions?as_of=${asOf}</a></p>
<table>
<thead><tr><th>Mission</th><th>Host</th><th>City</th><th>Type</th><th>Status</th><th>Since</th><th>Confidence</th><th>Covers</th><th>Evidence</th></tr></thead>
<tbody>
${entries.map(
  (
    e,
  ) => html`<tr class="${e.status}"><td><a href="/api/missions/${e.id}">${e.id}</a></td><td>${e.host}</td><td>${e.city}</td><td>${e.type}</td><td>${e.status}</td><td>${e.since ?? 'undated'}</td><td>${e.confidence} (${e.independentSources})</td><td>${e.covers.join(', ')}</td><td class="quote">“${e.evidence.quote}” (${e.evidence.source})</td></tr>
`,
)}</tbody>
</table>
</body>
</html>`);
  });
}
