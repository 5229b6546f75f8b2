// Unit tests of the connection states the board shows. The client here is a FAKE, only to
// reproduce faults on cue (a dropped stream, a long outage, an unknown id); the real SDK against
// the real server is exercised in competition-board.live.test.ts.
import { aTimeout, expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SkillsClient } from '../shared/client.js';
import { until } from '../test-support/sandbox.js';
import { type LiveBoard, LiveStandings } from './live-standings.js';

const board = (version: number): LiveBoard => ({
  competitionId: 'cmp_x',
  version,
  updatedAt: '2026-11-26T08:00:00Z',
  entries: [
    {
      rank: 1,
      contestant: { id: 'a', name: 'A', organisation: 'O', districtCode: '320812' },
      score: version,
      medal: null,
    },
  ],
});

/** A host that counts update requests. */
function host(): ReactiveControllerHost & { updates: number } {
  return {
    updates: 0,
    addController(_c: ReactiveController) {},
    removeController() {},
    requestUpdate() {
      this.updates++;
    },
    get updateComplete() {
      return Promise.resolve(true);
    },
  };
}

type FakeState = 'connecting' | 'streaming' | 'reconnecting' | 'polling' | 'closed';

/** A scripted watch: the test pushes boards, drops the connection, falls back to polling, fails polls. */
function fakeClient(options: { snapshot?: () => Promise<LiveBoard> } = {}) {
  let status: FakeState = 'connecting';
  let failures = 0;
  let lastUpdateAt: Date | null = null;
  let onStatus: (() => void) | undefined;
  let push: ((b: LiveBoard) => void) | null = null;
  const queue: LiveBoard[] = [];
  const client = {
    competitions: {
      leaderboard: options.snapshot ?? (async () => board(1)),
      watchLeaderboard: (_id: string, o: { signal: AbortSignal; onStatus?: () => void }) => {
        onStatus = o.onStatus;
        return {
          get status() {
            return status;
          },
          get failures() {
            return failures;
          },
          get lastUpdateAt() {
            return lastUpdateAt;
          },
          async *[Symbol.asyncIterator]() {
            while (!o.signal.aborted) {
              const next = queue.shift() ?? (await new Promise<LiveBoard>((r) => (push = r)));
              yield next;
            }
          },
        };
      },
    },
  } as unknown as SkillsClient;
  const set = (s: FakeState, f = 0) => {
    status = s;
    failures = f;
    if (f === 0) lastUpdateAt = new Date();
    onStatus?.();
  };
  return {
    client,
    connect: () => set('streaming'),
    drop: () => set('reconnecting', 1),
    poll: () => set('polling'),
    failPoll: () => set('polling', failures + 1),
    send: (b: LiveBoard) => {
      if (push) {
        const p = push;
        push = null;
        p(b);
      } else queue.push(b);
    },
  };
}

describe('competition-board live standings', () => {
  it('goes connecting → live → reconnecting → offline → live, keeping the last standings', async () => {
    const seen: number[] = [];
    const live = new LiveStandings(host(), {
      onBoard: (b) => seen.push(b.version),
      offlineAfterMs: 150,
      checkEveryMs: 10,
    });
    const fake = fakeClient();
    live.watch(fake.client, 'cmp_x');
    await until(() => live.board?.version === 1, 1000, 'the snapshot');
    expect(live.status).to.equal('connecting');
    fake.connect();
    await until(() => live.status === 'live', 1000, 'live');
    fake.send(board(2));
    await until(() => live.board?.version === 2, 1000, 'an update');
    fake.drop();
    await until(() => live.status === 'reconnecting', 1000, 'reconnecting');
    await until(() => live.status === 'offline', 1000, 'offline');
    expect(live.board?.version, 'the last known standings stay').to.equal(2);
    fake.connect();
    await until(() => live.status === 'live', 1000, 'live again');
    fake.send(board(1)); // an older board arriving late is ignored
    fake.send(board(3));
    await until(() => live.board?.version === 3, 1000, 'a newer update');
    expect(seen).to.deep.equal([1, 2, 3]);
    live.stop();
    expect(live.status).to.equal('idle');
  });

  it('polling: says offline as soon as polls fail, keeps the standings and their time, then live again', async () => {
    const live = new LiveStandings(host(), {
      onBoard: () => {},
      offlineAfterMs: 60_000,
      checkEveryMs: 10_000,
    });
    const fake = fakeClient();
    live.watch(fake.client, 'cmp_x');
    await until(() => live.board?.version === 1, 1000, 'the snapshot');
    fake.poll();
    expect(live.status, 'status changes are followed at once, not on the timer').to.equal('polling');
    const confirmed = live.receivedAt;
    await aTimeout(5);
    fake.failPoll();
    expect(live.status).to.equal('offline');
    fake.failPoll();
    expect(live.status).to.equal('offline');
    expect(live.board?.version, 'the last known standings stay').to.equal(1);
    expect(live.receivedAt, 'the time of the last success stays').to.equal(confirmed);
    fake.poll();
    expect(live.status).to.equal('polling');
    expect(live.receivedAt!).to.be.greaterThan(confirmed!);
    fake.connect();
    expect(live.status).to.equal('live');
    live.stop();
  });

  it('shows what it has when the first snapshot fails, and fails plainly for an unknown competition', async () => {
    const down = fakeClient({ snapshot: () => Promise.reject(new TypeError('Failed to fetch')) });
    const live = new LiveStandings(host(), { onBoard: () => {}, checkEveryMs: 10 });
    live.watch(down.client, 'cmp_x');
    down.connect();
    down.send(board(5));
    await until(() => live.board?.version === 5 && live.status === 'live', 1000, 'the stream to take over');
    live.stop();

    const missing = fakeClient({
      snapshot: () => Promise.reject(Object.assign(new Error('Not found'), { status: 404 })),
    });
    const other = new LiveStandings(host(), { onBoard: () => {}, checkEveryMs: 10 });
    other.watch(missing.client, 'cmp_missing');
    await until(() => other.status === 'failed', 1000, 'failed');
    expect((other.error as Error).message).to.equal('Not found');
    await aTimeout(30);
    expect(other.status).to.equal('failed');
  });
});
