import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Dataset, type DatasetEvent } from '../domain/dataset.ts';
import { startOf } from '../domain/dates.ts';
import { OPERATING } from '../domain/status.ts';

const DATASET_URL = new URL('../../data/starter/dprk.json', import.meta.url);
const SEEDS_URL = new URL('../../../shared/seeds/', import.meta.url);
const hasSeeds = existsSync(SEEDS_URL);

const raw: unknown = JSON.parse(readFileSync(DATASET_URL, 'utf8'));
const data = Dataset.parse(raw);

const RANK: Record<string, number> = { open: 0, closing: 1, closed: 2, reopened: 3 };

/** Each mission's latest step on `asOf` with everything known, ordered as the store orders it. */
function statusOn(asOf: string): Map<string, DatasetEvent> {
  const latest = new Map<string, DatasetEvent>();
  const key = (e: DatasetEvent) => (e.date === null ? '' : startOf(e.date));
  for (const e of data.events) {
    if (e.date !== null && startOf(e.date) > asOf) continue;
    const best = latest.get(e.mission);
    const later =
      best === undefined ||
      key(e) > key(best) ||
      (key(e) === key(best) &&
        ((RANK[e.status] ?? 0) > (RANK[best.status] ?? 0) ||
          (RANK[e.status] === RANK[best.status] && e.recorded > best.recorded)));
    if (later) latest.set(e.mission, e);
  }
  return latest;
}

function operatingOn(asOf: string): string[] {
  return [...statusOn(asOf)]
    .filter(([, e]) => OPERATING.includes(e.status))
    .map(([id]) => id)
    .sort();
}

const NINE_CLOSED = [
  'kp-gn-conakry-embassy',
  'kp-np-kathmandu-embassy',
  'kp-bd-dhaka-embassy',
  'kp-sn-dakar-embassy',
  'kp-es-madrid-embassy',
  'kp-ao-luanda-embassy',
  'kp-ug-kampala-embassy',
  'kp-hk-hong-kong-consulate',
  'kp-ly-tripoli-embassy',
];

describe('starter dataset: North Korea (KP)', () => {
  it('parses the starter dataset with the Dataset schema', () => {
    expect(Dataset.safeParse(raw).success).toBe(true);
    expect(data.missions.every((m) => m.sending === 'KP')).toBe(true);
  });

  it.skipIf(!hasSeeds)('every seed quote is the exact slice of its seed file', () => {
    const seedFiles = new Map(data.sources.filter((s) => s.kind === 'seed').map((s) => [s.id, s.seedFile]));
    const quotes = [
      ...data.missions.map((m) => m.existence),
      ...data.events.map((e) => e.evidence),
      ...data.coverage.map((c) => c.evidence),
    ].filter((q) => seedFiles.has(q.source));
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) {
      const file = seedFiles.get(q.source);
      expect(file, `${q.source} names its seed file`).toBeTruthy();
      const text = readFileSync(new URL(String(file), SEEDS_URL), 'utf8');
      expect(q.start, `${q.source} quote has offsets`).toBeTypeOf('number');
      expect(text.slice(q.start, q.end)).toBe(q.quote);
    }
  });

  it('every event, mission and coverage row points at a declared source and a declared mission', () => {
    const sources = new Set(data.sources.map((s) => s.id));
    const missions = new Set<string>(data.missions.map((m) => m.id));
    for (const m of data.missions) expect(sources.has(m.existence.source), m.id).toBe(true);
    for (const e of data.events) {
      expect(sources.has(e.evidence.source), `${e.mission} ${e.status}`).toBe(true);
      expect(missions.has(e.mission), e.mission).toBe(true);
    }
    for (const c of data.coverage) {
      expect(sources.has(c.evidence.source)).toBe(true);
      expect(missions.has(c.coveringMission), c.coveringMission).toBe(true);
    }
    expect(new Set(data.sources.map((s) => s.id)).size).toBe(data.sources.length);
  });

  it('mission ids are unique and follow kp-<host>-<city>-<type>', () => {
    const ids = data.missions.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const m of data.missions) {
      const prefix = `kp-${m.host.toLowerCase()}-`;
      const suffix = `-${m.type.replaceAll('_', '-')}`;
      expect(m.id.startsWith(prefix), m.id).toBe(true);
      expect(m.id.endsWith(suffix), m.id).toBe(true);
      expect(m.id.slice(prefix.length, -suffix.length), m.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });

  it('counts 47 embassies, 3 consulates and 3 other missions with no dated closure before 2023', () => {
    const byType = (t: string) => data.missions.filter((m) => m.type === t).length;
    expect(data.missions).toHaveLength(53);
    expect(byType('embassy')).toBe(47);
    expect(byType('consulate')).toBe(3);
    expect(byType('representative_office') + byType('permanent_mission') + byType('trade_office')).toBe(3);
    const early = data.events.filter(
      (e) => e.status === 'closed' && e.date !== null && startOf(e.date) < '2023-01-01',
    );
    expect(early).toEqual([]);
    for (const m of data.missions) {
      expect(
        data.events.some((e) => e.mission === m.id && e.status === 'open'),
        `${m.id} has an open step`,
      ).toBe(true);
    }
  });

  it('has 53 operating missions on 2023-09-01 and 44 on 2024-02-01, DR Congo still closing', () => {
    expect(operatingOn('2023-09-01')).toHaveLength(53);
    expect(operatingOn('2024-02-01')).toHaveLength(44);
    expect(statusOn('2024-02-01').get('kp-cd-kinshasa-embassy')?.status).toBe('closing');
  });

  it('closes exactly the nine 2023-24 missions between 2023-09-02 and 2024-02-01', () => {
    const after = statusOn('2024-02-01');
    const closed = [...after].filter(([, e]) => e.status === 'closed').map(([id]) => id);
    expect(closed.sort()).toEqual([...NINE_CLOSED].sort());
    for (const e of data.events.filter((x) => x.status === 'closed')) {
      expect(e.date, `${e.mission} closure is dated`).not.toBeNull();
      const day = startOf(e.date ?? '');
      expect(day >= '2023-09-02' && day <= '2024-02-01', `${e.mission} closed ${e.date}`).toBe(true);
    }
  });

  it('reports Hong Kong and Spain as closing before they close', () => {
    expect(statusOn('2023-10-27').get('kp-es-madrid-embassy')?.status).toBe('closing');
    expect(statusOn('2023-11-15').get('kp-hk-hong-kong-consulate')?.status).toBe('closing');
    expect(statusOn('2024-01-31').get('kp-hk-hong-kong-consulate')?.status).toBe('closed');
  });

  it('has the embassy in Rome cover Spain after the Madrid closure', () => {
    const rows = data.coverage.filter(
      (c) => c.coveringMission === 'kp-it-rome-embassy' && c.coveredHost === 'ES',
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((c) => c.evidence.source === 'src-rusi-agora-2023-11-22')).toBe(true);
    for (const c of rows) expect(c.date).not.toBeNull();
  });

  it('records the baseline at the epoch and every other fact on the day its evidence was published', () => {
    const dayOf = new Map(
      data.sources.map((s) => [s.id, s.published?.length === 10 ? s.published : s.accessed]),
    );
    // Baseline: a mission's existence and its undated open step (see SOURCES.md).
    for (const m of data.missions) expect(m.recorded, m.id).toBe('2023-01-01');
    const baseline = (e: DatasetEvent) => e.status === 'open' && e.date === null;
    for (const e of data.events.filter(baseline)) expect(e.recorded, e.mission).toBe('2023-01-01');
    const facts = [
      ...data.events
        .filter((e) => !baseline(e))
        .map((e) => ({ source: e.evidence.source, recorded: e.recorded })),
      ...data.coverage.map((c) => ({ source: c.evidence.source, recorded: c.recorded })),
    ];
    for (const f of facts) expect(f.recorded, f.source).toBe(dayOf.get(f.source));
  });

  it('gives seed sources a seed file and offsets, and web sources a url and an accessed day', () => {
    const kinds = new Map(data.sources.map((s) => [s.id, s.kind]));
    for (const s of data.sources) {
      if (s.kind === 'seed') {
        expect(s.url, s.id).toBeNull();
        expect(s.seedFile, s.id).toMatch(/^\d{3}_[0-9a-f]{16}\.txt$/);
      } else {
        expect(s.url, s.id).toMatch(/^https?:\/\//);
        expect(s.accessed, s.id).toBe('2026-11-24');
      }
    }
    const evidence = [
      ...data.missions.map((m) => m.existence),
      ...data.events.map((e) => e.evidence),
      ...data.coverage.map((c) => c.evidence),
    ];
    for (const q of evidence) {
      const seeded = kinds.get(q.source) === 'seed';
      expect(q.start !== undefined, `${q.source}: offsets only on seed quotes`).toBe(seeded);
    }
  });
});
