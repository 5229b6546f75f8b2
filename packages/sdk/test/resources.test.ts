// Every resource against the REAL sandbox server (started by this file).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createClient, type Leaderboard, NotFoundError, PermissionError } from '@skills-huaian/sdk';
import { eligibleEnrolment, openCourse } from './support/fixtures.js';
import { useSandbox } from './support/sandbox.js';

const sandbox = useSandbox();
const pk = () => createClient({ baseUrl: sandbox.current.apiBase, apiKey: 'pk_test_demo' });
const sk = () => createClient({ baseUrl: sandbox.current.apiBase, apiKey: 'sk_test_demo', locale: 'en' });

test('courses.list: first page, facets, and iteration across pages with a cap', async () => {
  const client = pk();
  const page = await client.courses.list({ limit: 5 });
  assert.equal(page.data.length, 5);
  assert.ok(page.total > 5, `demo data should have more than 5 courses, has ${page.total}`);
  assert.equal(typeof page.nextCursor, 'string');
  assert.ok(page.facets && typeof page.facets === 'object', 'courses add facets');
  const ids = new Set<string>();
  for await (const c of client.courses.list({ limit: 5 }, { max: 12 })) ids.add(c.id);
  assert.equal(ids.size, 12, 'twelve distinct courses over three pages');
  let all = 0;
  for await (const _ of client.courses.list({ limit: 100 })) all++;
  assert.equal(all, page.total, 'iterating without a cap yields every course');
});

test('courses.list filters, and courses.get returns the same course', async () => {
  const client = pk();
  const subsidised = await client.courses.list({ subsidised: true, limit: 20 });
  assert.ok(subsidised.data.every((c) => c.subsidised === true));
  const first = subsidised.data[0]!;
  const one = await client.courses.get(first.id);
  assert.equal(one.id, first.id);
  assert.deepEqual(one.title, first.title);
});

test('providers.list / get', async () => {
  const client = pk();
  const page = await client.providers.list();
  assert.ok(page.data.length > 0);
  const p = await client.providers.get(page.data[0]!.id);
  assert.equal(p.id, page.data[0]!.id);
});

test('dictionaries.get: code lists with both locales', async () => {
  const dict = (await pk().dictionaries.get()) as Record<string, unknown>;
  const lists = Object.values(dict).filter(Array.isArray) as {
    code: unknown;
    name: Record<string, string>;
  }[][];
  assert.ok(lists.length >= 3, 'several code lists');
  const entry = lists[0]![0]!;
  assert.equal(typeof entry.name['zh-CN'], 'string');
  assert.equal(typeof entry.name.en, 'string');
});

test('competitions.list / get / leaderboard / recordScore', async () => {
  const client = sk();
  const page = await client.competitions.list();
  assert.ok(page.data.length > 0);
  const competition = await client.competitions.get(page.data[0]!.id);
  assert.equal(competition.id, page.data[0]!.id);
  // a live competition with contestants takes a score
  for await (const c of client.competitions.list({ status: 'live' })) {
    const board = await client.competitions.leaderboard(c.id);
    assert.equal(board.competitionId, c.id);
    if (board.entries.length === 0) continue;
    const last = board.entries.at(-1)!;
    const returned = await client.competitions.recordScore(c.id, {
      contestantId: last.contestant.id,
      score: 100,
    });
    const after = await client.competitions.leaderboard(c.id);
    assert.equal(returned.version, after.version, 'recordScore returns the new standings');
    assert.ok(after.version > board.version, 'the version moves on');
    assert.equal(after.entries.find((e) => e.contestant.id === last.contestant.id)?.score, 100);
    return;
  }
  assert.fail('no competition with contestants in the demo data');
});

test('enrolments.create (pk), then get and list (sk)', async () => {
  const course = await openCourse(pk());
  const created = await pk().enrolments.create(eligibleEnrolment(course, 1));
  assert.ok(['submitted', 'waitlisted'].includes(created.status));
  assert.equal(created.courseId, course.id);
  assert.ok(!JSON.stringify(created).includes(eligibleEnrolment(course, 1).applicant.citizenId), 'masked');
  const admin = sk();
  const again = await admin.enrolments.get(created.id);
  assert.equal(again.reference, created.reference);
  const ids: string[] = [];
  for await (const e of admin.enrolments.list({ courseId: course.id })) ids.push(e.id);
  assert.ok(ids.includes(created.id));
});

test('partners: an enterprise key reads only its order classes; an organiser scores only its competitions', async () => {
  const base = sandbox.current.apiBase;
  const enterprise = createClient({ baseUrl: base, apiKey: 'sk_test_yunfan_data' });
  const bureau = sk();
  const { data } = await pk().courses.list({ q: '云帆数据标注员订单班' });
  const orderClass = data[0]!;
  assert.ok(orderClass.orderClass, 'the documented order class');
  const position = orderClass.orderClass.positions[0]!;
  const created = await pk().enrolments.create({
    ...eligibleEnrolment(orderClass, 7),
    positionId: position.id,
    answers: Object.fromEntries(
      [...orderClass.questions, ...(orderClass.orderClass.questions ?? [])]
        .filter((q) => q.required && q.kind === 'yesno')
        .map((q) => [q.id, true]),
    ),
  });
  const seen: string[] = [];
  for await (const e of enterprise.enrolments.list({ courseId: orderClass.id })) {
    seen.push(e.id);
    assert.equal(e.courseId, orderClass.id);
    assert.match(e.applicant.citizenId, /\*/, 'masked');
  }
  assert.ok(seen.includes(created.id), 'the enterprise sees its applicant');
  const all = await bureau.enrolments.list({ limit: 1 });
  const mine = await enterprise.enrolments.list({ limit: 1 });
  assert.ok(mine.total < all.total, 'scoped to the organisation');

  const organiser = createClient({ baseUrl: base, apiKey: 'sk_test_commerce' });
  const board = await organiser.competitions.leaderboard('cmp_demo_live');
  const contestant = board.entries[0]!.contestant.id;
  const after = await organiser.competitions.recordScore('cmp_demo_live', {
    contestantId: contestant,
    score: 88,
  });
  assert.ok(after.version > board.version);
  const other = createClient({ baseUrl: base, apiKey: 'sk_test_civil' });
  await assert.rejects(
    other.competitions.recordScore('cmp_demo_live', { contestantId: contestant, score: 1 }),
    (e: unknown) => e instanceof PermissionError && e.code === 'not_organiser',
  );
});

test('watchLeaderboard: snapshot first, then each score; unknown competition ends with NotFoundError', async () => {
  const viewer = pk();
  const ac = new AbortController();
  const watch = viewer.competitions.watchLeaderboard('cmp_demo_live', { signal: ac.signal });
  const it = watch[Symbol.asyncIterator]();
  const first = (await it.next()).value as Leaderboard;
  assert.equal(first.competitionId, 'cmp_demo_live');
  assert.equal(watch.transport, 'stream');
  const contestant = first.entries.at(-1)!.contestant.id;
  await sk().competitions.recordScore('cmp_demo_live', { contestantId: contestant, score: 42 });
  const next = (await it.next()).value as Leaderboard;
  assert.equal(next.version, first.version + 1);
  assert.equal(next.entries.find((e) => e.contestant.id === contestant)?.score, 42);
  ac.abort();
  assert.equal((await it.next()).done, true, 'aborting ends the iteration quietly');

  const missing = viewer.competitions.watchLeaderboard('cmp_nope');
  await assert.rejects(async () => {
    for await (const _ of missing) assert.fail('no board expected');
  }, NotFoundError);
});
