// The demo seed: deterministic, complete (every division, task, style, format, schedule and
// status), and every record valid by the schemas, with check-digit-valid invented identifiers.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import {
  type Course,
  competitionSchema,
  courseSchema,
  deliveryFormats,
  districts,
  isValidCitizenId,
  isValidCreditCode,
  schedules,
  trainingStyles,
} from '@skills-huaian/schemas';
import { demoCitizenId } from '../src/seed/codes.js';
import { seedDemo } from '../src/seed/demo.js';
import { demoEnterprises } from '../src/seed/organisations.js';
import { SqliteStore } from '../src/storage/sqlite-store.js';

function seeded() {
  const store = new SqliteStore(':memory:');
  seedDemo(store);
  return store;
}

test('the demo catalogue covers the plan and passes the schemas', () => {
  const store = seeded();
  const page = store.searchCourses({ sort: 'start-date', limit: 100 });
  assert.ok(page.total >= 300);
  const all: Course[] = [];
  let cursor: string | null = null;
  do {
    const p = store.searchCourses({ sort: 'start-date', limit: 100, ...(cursor ? { cursor } : {}) });
    all.push(...p.data);
    cursor = p.nextCursor;
  } while (cursor);
  assert.equal(all.length, page.total);
  for (const c of all) courseSchema.parse(c);
  const set = (f: (c: Course) => unknown) => new Set(all.map(f));
  assert.equal(set((c) => c.districtCode).size, districts.length);
  assert.equal(set((c) => c.style).size, trainingStyles.length);
  assert.equal(set((c) => c.format).size, deliveryFormats.length);
  assert.equal(set((c) => c.schedule).size, schedules.length);
  assert.equal(new Set(all.flatMap((c) => c.tasks ?? [])).size, 16);
  const orders = all.filter((c) => c.orderClass);
  assert.ok(orders.length >= 20);
  for (const o of orders) {
    assert.ok(isValidCreditCode(o.orderClass!.enterprise.creditCode));
    assert.ok(o.orderClass!.positions.every((p) => p.headcount > 0));
  }
  const kinds = set((c) => c.provider.kind);
  assert.deepEqual([...kinds].sort(), ['enterprise', 'private-institution', 'public-college']);
  assert.ok(all.filter((c) => c.outcomes.placementRate !== null).length > all.length / 2);
  store.close();
});

test('competitions: at least 30 across 2025–2027, every status, contestants and scores', () => {
  const store = seeded();
  const list = store.listCompetitions({ limit: 100 });
  assert.ok(list.total >= 30);
  for (const c of list.data) competitionSchema.parse(c);
  assert.deepEqual([...new Set(list.data.map((c) => c.year))].sort(), [2025, 2026, 2027]);
  assert.equal(new Set(list.data.map((c) => c.status)).size, 5);
  const finished = list.data.filter((c) => c.status === 'finished');
  for (const c of finished) assert.ok(store.getLeaderboard(c.id)!.entries.length >= 10);
  store.close();
});

test('invented identifiers pass their check digits; the seed is deterministic', () => {
  for (const e of demoEnterprises) assert.ok(isValidCreditCode(e.creditCode!), e.creditCode);
  for (let i = 0; i < 200; i++) assert.ok(isValidCitizenId(demoCitizenId('320826', '1985-07-19', i)));
  const a = seeded();
  const b = seeded();
  const ids = (s: SqliteStore) => s.searchCourses({ sort: 'fee', limit: 50 }).data.map((c) => [c.id, c.fee]);
  assert.deepEqual(ids(a), ids(b));
  assert.deepEqual(a.getLeaderboard('cmp_2025_03'), b.getLeaderboard('cmp_2025_03'));
  a.close();
  b.close();
});

test('a database opened again rebuilds a missing bigram index', () => {
  const dir = mkdtempSync(join(tmpdir(), 'skills-seed-'));
  try {
    const file = join(dir, 'db.sqlite');
    const first = new SqliteStore(file);
    seedDemo(first, { courses: 20, enrolments: 0 });
    const before = first.searchCourses({ q: '护理', sort: 'start-date', limit: 100 }).total;
    assert.ok(before > 0);
    first.db.exec('DELETE FROM course_grams');
    assert.equal(first.searchCourses({ q: '护理', sort: 'start-date', limit: 100 }).total, 0);
    first.close();
    const again = new SqliteStore(file);
    assert.equal(again.searchCourses({ q: '护理', sort: 'start-date', limit: 100 }).total, before);
    again.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the figures the README states are the ones the API counts', async () => {
  const { readFile } = await import('node:fs/promises');
  const readme = (await readFile(new URL('../README.md', import.meta.url), 'utf8')).replace(/\s+/g, ' ');
  const figure = (pattern: RegExp) => Number(readme.match(pattern)?.[1]);
  const store = seeded();
  const all: Course[] = [];
  let cursor: string | null = null;
  do {
    const p = store.searchCourses({ sort: 'start-date', limit: 100, ...(cursor ? { cursor } : {}) });
    all.push(...p.data);
    cursor = p.nextCursor;
  } while (cursor);
  const fixtures = all.filter((c) => c.id.startsWith('crs_demo_'));
  const orders = all.filter((c) => c.orderClass);
  assert.equal(all.length, figure(/(\d+) courses in all/));
  assert.equal(fixtures.length, figure(/the (\d+) fixtures above/));
  assert.equal(all.length - fixtures.length, figure(/plus (\d+) generated/));
  assert.equal(orders.length, figure(/(\d+) order classes \(/));
  assert.equal(orders.length - 1, figure(/\((\d+) generated plus the fixture\)/));
  assert.equal(fixtures.filter((c) => c.orderClass).length, 1);
  const providers = store.listProviders({ limit: 100 });
  assert.equal(providers.total, figure(/(\d+) providers \(/));
  const kinds = (kind: string) => providers.data.filter((p) => p.kind === kind).length;
  assert.equal(kinds('public-college'), figure(/the plan's (\d+) colleges/));
  assert.equal(kinds('private-institution'), figure(/(\d+) private institutions/));
  assert.equal(kinds('enterprise'), figure(/(\d+) enterprises with credit codes/));
  assert.equal(store.listCompetitions({ limit: 100 }).total, figure(/(\d+) class-one competitions/));
  const enrolments = store.listEnrolments({ orgId: 'bureau', orgKind: 'bureau' }, { limit: 1 }).total;
  assert.equal(enrolments, figure(/(\d+) invented enrolments/));
  store.close();
});
