// The watch's status surface against the REAL sandbox server, with heartbeats every 100 ms, behind
// the fault-injecting proxy (test/support/fault-proxy.ts, a FAKE network): a stream that goes
// silent without closing is timed out and resumed with Last-Event-ID; poll failures are reported
// without ending the watch; polling recovers and the stream is tried again. Timers are shortened
// through the watch's options.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  type Client,
  createClient,
  type Leaderboard,
  type LeaderboardWatchStatus,
  NetworkError,
  TimeoutError,
  type WatchErrorInfo,
} from '@skills-huaian/sdk';
import { startFaultProxy } from './support/fault-proxy.js';
import { useSandbox } from './support/sandbox.js';

const HEARTBEAT_MS = 100;
const sandbox = useSandbox({ SKILLS_SSE_HEARTBEAT_MS: String(HEARTBEAT_MS) });
const admin = () => createClient({ baseUrl: sandbox.current.apiBase, apiKey: 'sk_test_demo' });

/** The `skip`-th live competition whose leaderboard has contestants. */
async function liveCompetition(client: Client, skip = 0): Promise<{ id: string; board: Leaderboard }> {
  let seen = 0;
  for await (const c of client.competitions.list({ status: 'live' })) {
    const board = await client.competitions.leaderboard(c.id);
    if (board.entries.length > 0 && seen++ >= skip) return { id: c.id, board };
  }
  throw new Error('no live competition with contestants');
}

async function waitFor(ok: () => boolean, what: string, ms = 8000): Promise<void> {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) assert.fail(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Records what a callback-form watch reports. */
function recorder() {
  const updates: Leaderboard[] = [];
  const errors: { error: unknown; info: WatchErrorInfo }[] = [];
  const statuses: LeaderboardWatchStatus[] = [];
  return {
    updates,
    errors,
    statuses,
    onUpdate: (b: Leaderboard) => updates.push(b),
    onError: (error: unknown, info: WatchErrorInfo) => errors.push({ error, info }),
    onStatus: (s: LeaderboardWatchStatus) => statuses.push(s),
    has: (contestantId: string, score: number) =>
      updates.some((u) => u.entries.some((e) => e.contestant.id === contestantId && e.score === score)),
  };
}

test('a stream that goes silent without closing is timed out and resumed with Last-Event-ID', async () => {
  const proxy = await startFaultProxy(sandbox.current.url);
  const { id, board } = await liveCompetition(admin());
  proxy.cutStreamAfterMs = 300;
  let streams = 0;
  proxy.decide = (req) => (req.url?.includes('/stream') && streams++ === 0 ? 'stall-stream' : 'pass');
  const viewer = createClient({ baseUrl: proxy.apiBase, apiKey: 'pk_test_demo' });
  const r = recorder();
  const watch = viewer.competitions.watchLeaderboard(id, {
    ...r,
    heartbeatTimeout: 4 * HEARTBEAT_MS,
    reconnectDelay: 50,
  });
  try {
    await waitFor(() => r.updates.length >= 1 && watch.status === 'streaming', 'the snapshot');
    const first = r.updates[0]!;
    assert.ok(watch.lastUpdateAt instanceof Date);

    // The proxy goes quiet after 300 ms; 400 ms of silence later the watch reconnects.
    await waitFor(() => watch.connections >= 2 && watch.status === 'streaming', 'the resumed stream');
    const silent = r.errors.find((e) => e.error instanceof TimeoutError);
    assert.ok(silent, 'the silence is reported');
    assert.equal((silent.error as TimeoutError).code, 'stream_silent');
    assert.deepEqual(silent.info, { fatal: false });
    assert.ok(r.statuses.some((s) => s.state === 'reconnecting' && s.failures === 1));
    const resumed = proxy.seen.filter((s) => s.path.includes('/stream'))[1]!;
    assert.equal(resumed.lastEventId, String(first.version), 'resumed from the last event');
    assert.equal(watch.failures, 0, 'the heartbeat on the new stream clears the failure');

    // The server's heartbeats keep a healthy stream open well past heartbeatTimeout.
    const connections = watch.connections;
    await new Promise((res) => setTimeout(res, 10 * HEARTBEAT_MS));
    assert.equal(watch.connections, connections, 'no reconnect while heartbeats arrive');

    const contestant = board.entries.at(-1)!.contestant.id;
    await admin().competitions.recordScore(id, { contestantId: contestant, score: 97.25 });
    await waitFor(() => r.has(contestant, 97.25), 'the score on the resumed stream');
    assert.equal(r.errors.length, 1);
    const versions = r.updates.map((u) => u.version);
    assert.deepEqual(versions, [...new Set(versions)], 'each version once');
  } finally {
    watch.close();
    await proxy.close();
  }
  assert.equal(watch.status, 'closed');
  assert.equal(r.statuses.at(-1)?.state, 'closed');
});

test('poll failures are reported without ending the watch; it recovers and goes back to the stream', async () => {
  const proxy = await startFaultProxy(sandbox.current.url);
  const { id, board } = await liveCompetition(admin(), 1);
  let streamsBlocked = true;
  let networkDown = false;
  proxy.decide = (req) => {
    if (networkDown) return 'drop-before';
    return req.url?.includes('/stream') && streamsBlocked ? 'buffer-body' : 'pass';
  };
  const viewer = createClient({ baseUrl: proxy.apiBase, apiKey: 'pk_test_demo', maxRetries: 0 });
  const r = recorder();
  const watch = viewer.competitions.watchLeaderboard(id, {
    ...r,
    firstEventTimeout: 300,
    pollInterval: 100,
    reconnectDelay: 50,
    maxReconnectDelay: 200,
    streamRetryInterval: 600,
  });
  try {
    await waitFor(() => r.updates.length >= 1 && watch.status === 'polling', 'polling');
    assert.equal(watch.transport, 'polling');
    assert.equal(r.errors.length, 0, 'a buffering proxy is not a failure');

    networkDown = true;
    await waitFor(() => watch.failures >= 3, 'three failed polls');
    const since = watch.lastUpdateAt!;
    await waitFor(() => watch.failures >= 4, 'a fourth failed poll');
    assert.equal(watch.status, 'polling', 'still polling, not ended');
    assert.equal(watch.lastUpdateAt, since, 'the time of the last success stays');
    assert.ok(watch.lastError instanceof NetworkError);
    assert.ok(r.errors.length >= 4);
    assert.ok(r.errors.every((e) => e.error instanceof NetworkError && e.info.fatal === false));
    assert.ok(
      r.statuses.some((s) => s.state === 'polling' && s.failures >= 1 && s.error instanceof NetworkError),
    );

    networkDown = false;
    await waitFor(() => watch.failures === 0, 'a successful poll');
    assert.equal(watch.lastError, null);
    assert.ok(watch.lastUpdateAt! > since);
    const contestant = board.entries[0]!.contestant.id;
    await admin().competitions.recordScore(id, { contestantId: contestant, score: 41.5 });
    await waitFor(() => r.has(contestant, 41.5), 'the score by polling');
    assert.equal(watch.status, 'polling', 'the stream is still buffered');

    streamsBlocked = false;
    await waitFor(() => watch.status === 'streaming', 'the stream again');
    const probes = proxy.seen.filter((s) => s.path.includes('/stream'));
    assert.ok(probes.length >= 2, 'the stream was tried again while polling');
    await admin().competitions.recordScore(id, { contestantId: contestant, score: 42.75 });
    await waitFor(() => r.has(contestant, 42.75), 'the score on the stream');
    assert.equal(watch.status, 'streaming');
    const versions = r.updates.map((u) => u.version);
    assert.deepEqual(versions, [...new Set(versions)], 'each version once');
  } finally {
    watch.close();
    await proxy.close();
  }
});

test('iterator form: a silent stream is resumed, and the iterator still yields each new board', async () => {
  const proxy = await startFaultProxy(sandbox.current.url);
  const { id, board } = await liveCompetition(admin(), 2);
  proxy.cutStreamAfterMs = 200;
  let streams = 0;
  proxy.decide = (req) => (req.url?.includes('/stream') && streams++ === 0 ? 'stall-stream' : 'pass');
  const viewer = createClient({ baseUrl: proxy.apiBase, apiKey: 'pk_test_demo' });
  const ac = new AbortController();
  const watch = viewer.competitions.watchLeaderboard(id, {
    signal: ac.signal,
    heartbeatTimeout: 4 * HEARTBEAT_MS,
    reconnectDelay: 50,
  });
  const it = watch[Symbol.asyncIterator]();
  try {
    const first = await it.next();
    assert.ok(!first.done);
    // A slow consumer: the watch is paused at a yield, which is not silence on the network.
    await new Promise((res) => setTimeout(res, 6 * HEARTBEAT_MS));
    assert.equal(watch.connections, 1);
    const pending = it.next(); // the watch runs again: the proxy has gone quiet by now
    await waitFor(() => watch.connections >= 2 && watch.status === 'streaming', 'the resumed stream');
    const contestant = board.entries[0]!.contestant.id;
    await admin().competitions.recordScore(id, { contestantId: contestant, score: 55.5 });
    const next = await pending;
    assert.ok(!next.done);
    assert.ok(next.value.version > first.value.version);
    assert.equal(next.value.entries.find((e) => e.contestant.id === contestant)?.score, 55.5);
  } finally {
    ac.abort();
    await proxy.close();
  }
});
