import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  competitionListSchema,
  competitionSchema,
  type Leaderboard,
  leaderboardSchema,
} from '@skills-huaian/schemas';
import { readEvents, startTestServer, type TestServer } from './helpers.js';

let server: TestServer;
before(async () => {
  server = await startTestServer({ heartbeatMs: 200 });
});
after(() => server.stop());

const LIVE = 'cmp_demo_live';
const score = (contestantId: string, value: number, key = 'sk_test_commerce', id = LIVE) =>
  server.api(`/v1/competitions/${id}/scores`, { method: 'POST', key, json: { contestantId, score: value } });
const codeOf = async (res: Response) => ((await res.json()) as { code: string }).code;

describe('competitions', () => {
  test('list with filters, and every status present', async () => {
    const all = competitionListSchema.parse(await (await server.api('/v1/competitions?limit=100')).json());
    assert.ok(all.total >= 30);
    const statuses = new Set(all.data.map((c) => c.status));
    for (const s of ['upcoming', 'registration-open', 'live', 'finished', 'cancelled'])
      assert.ok(statuses.has(s as never), s);
    assert.deepEqual([...new Set(all.data.map((c) => c.year))].sort(), [2025, 2026, 2027]);
    const live = competitionListSchema.parse(await (await server.api('/v1/competitions?status=live')).json());
    assert.ok(live.data.some((c) => c.id === LIVE));
    assert.ok(live.data.every((c) => c.status === 'live'));
    const y = competitionListSchema.parse(
      await (await server.api('/v1/competitions?year=2025&limit=100')).json(),
    );
    assert.ok(y.total > 0 && y.data.every((c) => c.year === 2025));
    const occ = competitionListSchema.parse(
      await (await server.api('/v1/competitions?occupation=4-03-02-01')).json(),
    );
    assert.ok(occ.data.every((c) => c.occupation.code === '4-03-02-01'));
    const d = competitionListSchema.parse(
      await (await server.api('/v1/competitions?district=320830&limit=100')).json(),
    );
    assert.ok(d.data.every((c) => c.districtCode === '320830'));
    assert.equal((await server.api('/v1/competitions?status=paused')).status, 400);
  });

  test('one competition, or 404', async () => {
    const c = competitionSchema.parse(await (await server.api(`/v1/competitions/${LIVE}`)).json());
    assert.equal(c.status, 'live');
    assert.equal(c.contestantCount, 16);
    assert.equal((await server.api('/v1/competitions/cmp_nope')).status, 404);
    assert.equal((await server.api('/v1/competitions/cmp_nope/leaderboard')).status, 404);
  });

  test('the leaderboard ranks ties equally and gives medals by rank', async () => {
    const board = leaderboardSchema.parse(
      await (await server.api(`/v1/competitions/${LIVE}/leaderboard`)).json(),
    );
    const top = board.entries.slice(0, 5).map((e) => [e.rank, e.score, e.medal]);
    assert.deepEqual(top, [
      [1, 96.5, 'gold'],
      [1, 96.5, 'gold'],
      [3, 94, 'bronze'],
      [4, 91.5, null],
      [4, 91.5, null],
    ]);
    assert.equal(board.entries.length, 13);
  });
});

describe('recording scores', () => {
  test('only the organiser (or the bureau) with a secret key', async () => {
    assert.equal(await codeOf(await score(`${LIVE}_c10`, 80, 'pk_test_demo')), 'secret_key_required');
    const other = await score(`${LIVE}_c10`, 80, 'sk_test_civil');
    assert.equal(other.status, 403);
    assert.equal(await codeOf(other), 'not_organiser');
    const civil = await score('cmp_demo_live_care_c01', 70, 'sk_test_civil', 'cmp_demo_live_care');
    assert.equal(civil.status, 200);
    assert.equal((await score(`${LIVE}_c10`, 80.5, 'sk_test_demo')).status, 200);
  });

  test('validation, unknown contestants, and competitions that are not live', async () => {
    const bad = await score(`${LIVE}_c10`, -1);
    assert.equal(bad.status, 400);
    assert.equal(
      (
        await server.api(`/v1/competitions/${LIVE}/scores`, {
          method: 'POST',
          key: 'sk_test_commerce',
          json: { contestantId: 'x', score: 1, extra: true },
        })
      ).status,
      400,
    );
    const unknown = await score('cmp_2025_01_c01', 50);
    assert.equal(unknown.status, 422);
    assert.equal(await codeOf(unknown), 'contestant_unknown');
    const finished = await server.api('/v1/competitions/cmp_2025_01/scores', {
      method: 'POST',
      key: 'sk_test_demo',
      json: { contestantId: 'cmp_2025_01_c01', score: 50 },
    });
    assert.equal(finished.status, 409);
    assert.equal(await codeOf(finished), 'competition_not_live');
    assert.equal((await score('x', 1, 'sk_test_demo', 'cmp_nope')).status, 404);
  });

  test('a score moves the leaderboard and bumps its version', async () => {
    const before = leaderboardSchema.parse(
      await (await server.api(`/v1/competitions/${LIVE}/leaderboard`)).json(),
    );
    const res = await score(`${LIVE}_c14`, 99);
    assert.equal(res.status, 200);
    const after = leaderboardSchema.parse(await res.json());
    assert.equal(after.version, before.version + 1);
    assert.equal(after.entries[0]!.contestant.id, `${LIVE}_c14`);
    assert.equal(after.entries[0]!.medal, 'gold');
    assert.deepEqual(
      after.entries.slice(1, 3).map((e) => e.rank),
      [2, 2],
    );
  });
});

describe('leaderboard stream', () => {
  const open = (headers: Record<string, string> = {}, query = '') =>
    server.api(`/v1/competitions/${LIVE}/leaderboard/stream${query}`, { headers });

  test('starts with a snapshot, then each recorded score at once, with increasing ids', async () => {
    const res = await open();
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type')!, /text\/event-stream/);
    const events = readEvents(res);
    const snapshot = await events.next();
    assert.equal(snapshot.event, 'snapshot');
    const board = leaderboardSchema.parse(JSON.parse(snapshot.data));
    assert.equal(snapshot.id, String(board.version));
    const started = Date.now();
    await score(`${LIVE}_c15`, 60);
    const first = await events.next();
    assert.ok(Date.now() - started < 2000);
    assert.equal(first.event, 'score');
    assert.equal(Number(first.id), board.version + 1);
    // The data of every event is a Leaderboard; score events add the change that made it.
    const data = JSON.parse(first.data) as Leaderboard & { change: { contestantId: string; score: number } };
    assert.deepEqual([data.change.contestantId, data.change.score], [`${LIVE}_c15`, 60]);
    assert.equal(leaderboardSchema.parse(data).version, Number(first.id));
    await score(`${LIVE}_c15`, 61);
    const second = await events.next();
    assert.equal(Number(second.id), Number(first.id) + 1);
    events.cancel();
  });

  test('sends heartbeats', async () => {
    const events = readEvents(await open());
    await events.next();
    await new Promise((r) => setTimeout(r, 600));
    await score(`${LIVE}_c16`, 55);
    await events.next();
    assert.ok(
      events.comments.some((c) => c.startsWith(': heartbeat')),
      String(events.comments),
    );
    events.cancel();
  });

  test('resumes from Last-Event-ID with only the missed events', async () => {
    const board = leaderboardSchema.parse(
      await (await server.api(`/v1/competitions/${LIVE}/leaderboard`)).json(),
    );
    await score(`${LIVE}_c13`, 70);
    await score(`${LIVE}_c13`, 71);
    const events = readEvents(await open({ 'Last-Event-ID': String(board.version) }));
    const a = await events.next();
    const b = await events.next();
    assert.deepEqual([a.event, b.event], ['score', 'score']);
    assert.deepEqual([Number(a.id), Number(b.id)], [board.version + 1, board.version + 2]);
    assert.equal((JSON.parse(b.data) as { change: { score: number } }).change.score, 71);
    await score(`${LIVE}_c13`, 72);
    assert.equal(Number((await events.next()).id), board.version + 3);
    events.cancel();
  });

  test('a full snapshot when resuming is impossible', async () => {
    for (const last of ['0', '999999', 'not-a-number']) {
      const events = readEvents(await open({ 'Last-Event-ID': last }));
      const first = await events.next();
      assert.equal(first.event, 'snapshot', last);
      leaderboardSchema.parse(JSON.parse(first.data));
      events.cancel();
    }
  });

  test('up to date: nothing until the next score', async () => {
    const board = leaderboardSchema.parse(
      await (await server.api(`/v1/competitions/${LIVE}/leaderboard`)).json(),
    );
    const events = readEvents(await open({ 'Last-Event-ID': String(board.version) }));
    await score(`${LIVE}_c12`, 40);
    const next = await events.next();
    assert.equal(next.event, 'score');
    assert.equal(Number(next.id), board.version + 1);
    events.cancel();
  });

  test('?key= takes publishable keys only; unknown competition → 404', async () => {
    const url = `${server.url}/v1/competitions/${LIVE}/leaderboard/stream`;
    const ok = await fetch(`${url}?key=pk_test_demo`);
    assert.equal(ok.status, 200);
    const events = readEvents(ok);
    assert.equal((await events.next()).event, 'snapshot');
    events.cancel();
    assert.equal((await fetch(`${url}?key=sk_test_demo`)).status, 401);
    assert.equal((await server.api('/v1/competitions/cmp_nope/leaderboard/stream')).status, 404);
  });
});
