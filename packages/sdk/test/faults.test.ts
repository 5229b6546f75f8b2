// Resilience through a fault-injecting proxy (test/support/fault-proxy.ts, a FAKE network) in
// front of the REAL sandbox server: exactly-once enrolments, stream reconnection, polling fallback.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type Client, createClient, type EnrolmentCreated, type Leaderboard } from '@skills-huaian/sdk';
import { type Fault, startFaultProxy } from './support/fault-proxy.js';
import { eligibleEnrolment, openCourse } from './support/fixtures.js';
import { useSandbox } from './support/sandbox.js';

const sandbox = useSandbox();
const admin = () => createClient({ baseUrl: sandbox.current.apiBase, apiKey: 'sk_test_demo' });

async function countEnrolments(client: Client, courseId: string): Promise<Set<string>> {
  const ids = new Set<string>();
  for await (const e of client.enrolments.list({ courseId, limit: 100 })) ids.add(e.id);
  return ids;
}

/** Runs `fn` over `items` with at most `width` in flight. */
async function pool<T, R>(items: T[], width: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i]!);
      }
    }),
  );
  return out;
}

test('100 enrolments through dropped connections, 503s and cut bodies each land exactly once', async () => {
  const proxy = await startFaultProxy(sandbox.current.url);
  try {
    const faults: Fault[] = ['drop-before', 'drop-after', '503', 'cut-body'];
    // Roughly every other POST attempt fails, in every way; the retry of a request passes.
    const attempts = new Map<string, number>();
    proxy.decide = (req) => {
      if (req.method !== 'POST') return 'pass';
      const key = String(req.headers['idempotency-key']);
      const n = attempts.get(key) ?? 0;
      attempts.set(key, n + 1);
      if (n >= 2) return 'pass';
      const h = [...key].reduce((a, ch) => a + ch.charCodeAt(0), 0);
      return h % 2 === 0 ? faults[(h >> 1) % faults.length]! : 'pass';
    };
    const client = createClient({
      baseUrl: proxy.apiBase,
      apiKey: 'sk_test_demo',
      maxRetries: 4,
      retryDelay: 10,
    });
    // The sandbox's documented 100,000-seat course for enrolment tests (any open course would do).
    const course =
      (await admin().courses.list({ q: '报名演示班' })).data[0] ?? (await openCourse(admin(), 3));
    const before = await countEnrolments(admin(), course.id);
    const results: EnrolmentCreated[] = await pool(
      Array.from({ length: 100 }, (_, i) => 100 + i),
      10,
      (n) => client.enrolments.create(eligibleEnrolment(course, n)),
    );
    const after = await countEnrolments(admin(), course.id);
    const created = new Set(results.map((r) => r.id));
    assert.equal(created.size, 100, 'a hundred distinct enrolments');
    assert.equal(after.size - before.size, 100, 'exactly a hundred more on the server');
    for (const id of created) assert.ok(after.has(id));

    const posts = proxy.seen.filter((s) => s.method === 'POST');
    const keys = new Set(posts.map((s) => s.idempotencyKey));
    assert.equal(keys.size, 100, 'one Idempotency-Key per logical call');
    assert.ok(posts.length > 130, `faults forced retries (${posts.length} attempts)`);
    for (const f of faults)
      assert.ok(
        posts.some((s) => s.fault === f),
        `fault ${f} was injected`,
      );
  } finally {
    await proxy.close();
  }
});

/** Finds a competition whose leaderboard has contestants. */
async function liveCompetition(client: Client): Promise<{ id: string; board: Leaderboard }> {
  for await (const c of client.competitions.list({ status: 'live' })) {
    const board = await client.competitions.leaderboard(c.id);
    if (board.entries.length > 0) return { id: c.id, board };
  }
  throw new Error('no competition with contestants');
}

async function nextUpdate(it: AsyncIterator<Leaderboard>, ms = 8000): Promise<Leaderboard> {
  const timeout = new Promise<never>((_, reject) =>
    setTimeout(() => reject(new Error('no update in time')), ms),
  );
  const r = await Promise.race([it.next(), timeout]);
  assert.ok(!r.done, 'the watch ended early');
  return r.value;
}

test('watchLeaderboard reconnects with Last-Event-ID after the proxy cuts the stream', async () => {
  const proxy = await startFaultProxy(sandbox.current.url);
  const ac = new AbortController();
  try {
    const { id, board } = await liveCompetition(admin());
    proxy.cutStreamAfterMs = 400;
    let streams = 0;
    proxy.decide = (req) => (req.url?.endsWith('/stream') && streams++ === 0 ? 'cut-stream' : 'pass');
    const viewer = createClient({ baseUrl: proxy.apiBase, apiKey: 'pk_test_demo' });
    const watch = viewer.competitions.watchLeaderboard(id, { signal: ac.signal, reconnectDelay: 50 });
    const it = watch[Symbol.asyncIterator]();
    const first = await nextUpdate(it);
    assert.equal(first.competitionId, id);
    await new Promise((r) => setTimeout(r, 700)); // the cut happens, the SDK reconnects
    const contestant = board.entries.at(-1)!.contestant.id;
    await admin().competitions.recordScore(id, { contestantId: contestant, score: 99.5 });
    const update = await nextUpdate(it);
    assert.ok(update.version > first.version);
    assert.equal(update.entries.find((e) => e.contestant.id === contestant)?.score, 99.5);
    const streamRequests = proxy.seen.filter((s) => s.path.includes('/stream'));
    assert.ok(streamRequests.length >= 2, 'reconnected');
    assert.ok(streamRequests[1]!.lastEventId, 'sent Last-Event-ID on reconnect');
    assert.equal(watch.transport, 'stream');
  } finally {
    ac.abort();
    await proxy.close();
  }
});

test('watchLeaderboard falls back to polling when a proxy buffers the stream', async () => {
  const proxy = await startFaultProxy(sandbox.current.url);
  try {
    const { id, board } = await liveCompetition(admin());
    proxy.decide = (req) => (req.url?.includes('/stream') ? 'buffer-body' : 'pass');
    const viewer = createClient({ baseUrl: proxy.apiBase, apiKey: 'pk_test_demo' });
    const updates: Leaderboard[] = [];
    const errors: unknown[] = [];
    const watch = viewer.competitions.watchLeaderboard(id, {
      firstEventTimeout: 300,
      pollInterval: 150,
      onUpdate: (b) => updates.push(b),
      onError: (e) => errors.push(e),
    });
    const waitFor = async (ok: () => boolean) => {
      for (let i = 0; i < 200 && !ok(); i++) await new Promise((r) => setTimeout(r, 50));
      assert.ok(ok());
    };
    await waitFor(() => updates.length >= 1);
    assert.equal(watch.transport, 'polling');
    const contestant = board.entries[0]!.contestant.id;
    await admin().competitions.recordScore(id, { contestantId: contestant, score: 12.25 });
    await waitFor(() =>
      updates.some((u) => u.entries.some((e) => e.contestant.id === contestant && e.score === 12.25)),
    );
    watch.close();
    assert.deepEqual(errors, []);
    const versions = updates.map((u) => u.version);
    assert.deepEqual(versions, [...new Set(versions)], 'each version once');
  } finally {
    await proxy.close();
  }
});
