// Live leaderboard: SSE over fetch, reconnecting with Last-Event-ID and backoff, and falling back
// to polling the leaderboard when the stream is blocked or buffered by a proxy.
import { ApiError, NetworkError, TimeoutError } from './errors.js';
import type { Leaderboard } from './models.js';
import { backoff, jitter } from './retry-policy.js';
import { sleep } from './sleep.js';
import { readEvents } from './sse.js';
import type { CallOptions, Transport } from './transport.js';

export interface WatchLeaderboardOptions {
  /** Stops watching; iteration then ends quietly (no error). */
  signal?: AbortSignal;
  /** Callback form: called with each new leaderboard; the watch starts at once. */
  onUpdate?: (leaderboard: Leaderboard) => void;
  /** Callback form: a fatal error (bad key, unknown competition) that ended the watch. */
  onError?: (error: unknown) => void;
  /** `auto` (default): stream, falling back to polling; `stream` never polls; `poll` never streams. */
  mode?: 'auto' | 'stream' | 'poll';
  /** No event within this many ms of connecting means the stream is buffered: poll instead. Default 10 000. */
  firstEventTimeout?: number;
  /** Polling period in ms. Default 5 000. */
  pollInterval?: number;
  /** First reconnect delay in ms (doubles, with jitter, up to `maxReconnectDelay`). Default 1 000. */
  reconnectDelay?: number;
  /** Default 30 000. */
  maxReconnectDelay?: number;
  /** Consecutive failed connections (no event received) before `auto` gives up streaming. Default 5. */
  maxStreamFailures?: number;
}

/** A running watch: async-iterable once, closable, and it tells you how it is receiving updates. */
export interface LeaderboardWatch extends AsyncIterable<Leaderboard> {
  /** `stream` while reading events, `polling` after falling back, `closed` when done. */
  readonly transport: 'connecting' | 'stream' | 'polling' | 'closed';
  /** How many times the stream was (re)opened. */
  readonly connections: number;
  close(): void;
}

interface LeaderboardSource {
  leaderboard(id: string, options?: CallOptions): Promise<Leaderboard>;
}

const defaults = {
  mode: 'auto' as const,
  firstEventTimeout: 10_000,
  pollInterval: 5_000,
  reconnectDelay: 1_000,
  maxReconnectDelay: 30_000,
  maxStreamFailures: 5,
};

/** A leaderboard from an event's data: the board itself or `{ leaderboard: … }`. */
function leaderboardOf(data: string): Leaderboard | undefined {
  try {
    const value = JSON.parse(data) as unknown;
    const board = value && typeof value === 'object' && 'leaderboard' in value ? value.leaderboard : value;
    if (board && typeof board === 'object' && Array.isArray((board as Leaderboard).entries)) {
      return board as Leaderboard;
    }
  } catch {}
  return undefined;
}

/** Errors worth retrying: the network, timeouts, 5xx and 429. Anything else ends the watch. */
function isTransient(e: unknown): boolean {
  if (e instanceof NetworkError || e instanceof TimeoutError) return true;
  if (e instanceof ApiError) return e.status === undefined || e.status >= 500 || e.status === 429;
  return true; // a stream read failure (TypeError: terminated, …)
}

class BlockedStream extends Error {}

export function watchLeaderboard(
  transport: Transport,
  source: LeaderboardSource,
  id: string,
  options: WatchLeaderboardOptions,
): LeaderboardWatch {
  const o = { ...defaults, ...options };
  const controller = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, controller.signal]) : controller.signal;
  const path = `competitions/${encodeURIComponent(id)}/leaderboard/stream`;
  let state: LeaderboardWatch['transport'] = 'connecting';
  let connections = 0;
  let started = false;
  let lastVersion: number | string | undefined;

  const isNew = (board: Leaderboard): boolean => {
    if (lastVersion !== undefined) {
      if (typeof board.version === 'number' && typeof lastVersion === 'number') {
        if (board.version <= lastVersion) return false;
      } else if (board.version === lastVersion) return false;
    }
    lastVersion = board.version;
    return true;
  };

  async function* poll(): AsyncGenerator<Leaderboard> {
    state = 'polling';
    let failures = 0;
    while (!signal.aborted) {
      try {
        const board = await source.leaderboard(id, { signal });
        failures = 0;
        if (isNew(board)) yield board;
        await sleep(o.pollInterval, signal);
      } catch (e) {
        if (signal.aborted) return;
        if (!isTransient(e)) throw e;
        failures++;
        await sleep(
          Math.max(
            o.pollInterval,
            jitter(backoff(failures, { baseDelay: o.reconnectDelay, maxDelay: o.maxReconnectDelay })),
          ),
          signal,
        );
      }
    }
  }

  async function* stream(): AsyncGenerator<Leaderboard> {
    let lastEventId: string | undefined;
    let failures = 0;
    let retryBase = o.reconnectDelay;
    // Once an event has come through, streaming works on this path: a quiet reconnect (the
    // server sends nothing new after our Last-Event-ID) is not a buffering proxy.
    let proven = false;
    while (!signal.aborted) {
      const attempt = new AbortController();
      const attemptSignal = AbortSignal.any([signal, attempt.signal]);
      let gotEvent = false;
      let blocked = false;
      const firstEventTimer = proven
        ? undefined
        : setTimeout(() => {
            blocked = true;
            attempt.abort(new BlockedStream('no event within firstEventTimeout'));
          }, o.firstEventTimeout);
      try {
        connections++;
        const res = await transport.stream(path, { signal: attemptSignal, lastEventId });
        const type = res.headers.get('content-type') ?? '';
        if (!type.includes('text/event-stream') || !res.body) {
          blocked = true;
          throw new BlockedStream(`not an event stream: ${type}`);
        }
        state = 'stream';
        for await (const event of readEvents(res.body)) {
          if (!gotEvent) {
            gotEvent = true;
            proven = true;
            clearTimeout(firstEventTimer);
            failures = 0;
          }
          if (event.id !== undefined) lastEventId = event.id;
          if (event.retry !== undefined) retryBase = event.retry;
          const board = leaderboardOf(event.data);
          if (board && isNew(board)) yield board;
        }
        // The server or a proxy ended the stream: reconnect below.
      } catch (e) {
        if (signal.aborted) return;
        if (blocked && o.mode === 'auto') return yield* poll();
        if (!blocked && !isTransient(e)) throw e;
      } finally {
        clearTimeout(firstEventTimer);
        attempt.abort();
      }
      if (!gotEvent) failures++;
      if (o.mode === 'auto' && failures >= o.maxStreamFailures) return yield* poll();
      state = 'connecting';
      const delay = jitter(
        backoff(Math.max(1, failures), { baseDelay: retryBase, maxDelay: o.maxReconnectDelay }),
      );
      try {
        await sleep(delay, signal);
      } catch {
        return;
      }
    }
  }

  async function* run(): AsyncGenerator<Leaderboard> {
    try {
      yield* o.mode === 'poll' ? poll() : stream();
    } catch (e) {
      if (signal.aborted) return;
      throw e;
    } finally {
      state = 'closed';
      controller.abort();
    }
  }

  const watch: LeaderboardWatch = {
    get transport() {
      return state;
    },
    get connections() {
      return connections;
    },
    close() {
      controller.abort();
    },
    [Symbol.asyncIterator]() {
      if (started) throw new Error('A leaderboard watch can be iterated only once');
      started = true;
      return run();
    },
  };

  if (options.onUpdate) {
    const onUpdate = options.onUpdate;
    const iterator = watch[Symbol.asyncIterator]();
    void (async () => {
      try {
        for (let r = await iterator.next(); !r.done; r = await iterator.next()) onUpdate(r.value);
      } catch (e) {
        options.onError?.(e);
      }
    })();
  }
  return watch;
}
