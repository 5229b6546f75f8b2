// Live leaderboard: SSE over fetch, reconnecting with Last-Event-ID and backoff, timing out a
// stream that goes silent (no heartbeat), falling back to polling the leaderboard when the stream
// is blocked or buffered by a proxy, and trying the stream again now and then while polling.
import { ApiError, NetworkError, TimeoutError } from './errors.js';
import type { Leaderboard } from './models.js';
import { backoff, jitter } from './retry-policy.js';
import { sleep } from './sleep.js';
import { readEvents } from './sse.js';
import type { CallOptions, Transport } from './transport.js';

/**
 * How a watch is receiving updates: `connecting` (first connection), `streaming` (events flow),
 * `reconnecting` (the stream broke; retrying with backoff), `polling` (fallback; the stream is
 * retried every `streamRetryInterval`), `closed`.
 */
export type LeaderboardWatchState = 'connecting' | 'streaming' | 'reconnecting' | 'polling' | 'closed';

/** What `onStatus` receives; also readable at any time from the watch itself. */
export interface LeaderboardWatchStatus {
  state: LeaderboardWatchState;
  /**
   * When the server was last heard from (an event, a heartbeat or a successful poll): the
   * standings delivered were current at that time. `null` until then.
   */
  lastUpdateAt: Date | null;
  /** Failed attempts in a row (connections, silent streams, polls); 0 once one succeeds. */
  failures: number;
  /** The latest of those failures; `null` once an attempt succeeds. */
  error: unknown;
}

/** The second argument of `onError`. */
export interface WatchErrorInfo {
  /** `true`: the watch ended with this error. `false`: it goes on retrying by itself. */
  fatal: boolean;
}

export interface WatchLeaderboardOptions {
  /** Stops watching; iteration then ends quietly (no error). */
  signal?: AbortSignal;
  /** Callback form: called with each new leaderboard; the watch starts at once. */
  onUpdate?: (leaderboard: Leaderboard) => void;
  /**
   * Every failure, as it happens. Transient ones (network, timeouts, 5xx, 429, a silent stream,
   * a failed poll) come with `{ fatal: false }` and the watch keeps retrying. In the callback
   * form a fatal one (bad key, unknown competition) comes with `{ fatal: true }` and ends the
   * watch; the iterator form throws it instead.
   */
  onError?: (error: unknown, info: WatchErrorInfo) => void;
  /** Called whenever `state` or `failures` changes. */
  onStatus?: (status: LeaderboardWatchStatus) => void;
  /** `auto` (default): stream, falling back to polling; `stream` never polls; `poll` never streams. */
  mode?: 'auto' | 'stream' | 'poll';
  /** No event within this many ms of connecting means the stream is buffered: poll instead. Default 10 000. */
  firstEventTimeout?: number;
  /**
   * A stream that has worked and then sends no byte for this many ms is dead: reconnect with
   * Last-Event-ID. The server sends a heartbeat every 15 s (`SKILLS_SSE_HEARTBEAT_MS`); keep this
   * about twice that. Default 30 000.
   */
  heartbeatTimeout?: number;
  /** Polling period in ms. Default 5 000. */
  pollInterval?: number;
  /** While polling (`auto`), try the stream again this often, in ms; `Infinity` never does. Default 60 000. */
  streamRetryInterval?: number;
  /** First reconnect delay in ms (doubles, with jitter, up to `maxReconnectDelay`). Default 1 000. */
  reconnectDelay?: number;
  /** Default 30 000. */
  maxReconnectDelay?: number;
  /** Consecutive failed connections (no event received) before `auto` gives up streaming. Default 5. */
  maxStreamFailures?: number;
}

/** A running watch: async-iterable once, closable, and it tells you how it is receiving updates. */
export interface LeaderboardWatch extends AsyncIterable<Leaderboard> {
  /** See {@link LeaderboardWatchState}. */
  readonly status: LeaderboardWatchState;
  /** See {@link LeaderboardWatchStatus.lastUpdateAt}. */
  readonly lastUpdateAt: Date | null;
  /** Failed attempts in a row; 0 while all is well. */
  readonly failures: number;
  /** The latest failure while `failures > 0`, else `null`. */
  readonly lastError: unknown;
  /** The older, coarser view: `connecting` (also while reconnecting), `stream`, `polling`, `closed`. */
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
  heartbeatTimeout: 30_000,
  pollInterval: 5_000,
  streamRetryInterval: 60_000,
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

/** Runs a user callback without letting it break the watch; its error still surfaces, uncaught. */
function safely(fn: () => void): void {
  try {
    fn();
  } catch (e) {
    queueMicrotask(() => {
      throw e;
    });
  }
}

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
  let state: LeaderboardWatchState = 'connecting';
  let failures = 0;
  let lastError: unknown = null;
  let lastUpdateAt: Date | null = null;
  let connections = 0;
  let started = false;
  let everStreamed = false;
  let lastVersion: number | string | undefined;
  let lastEventId: string | undefined;
  let reported = '';

  const emit = () => {
    const key = `${state}/${failures}`;
    if (key === reported) return;
    reported = key;
    const onStatus = options.onStatus;
    if (onStatus) safely(() => onStatus({ state, lastUpdateAt, failures, error: lastError }));
  };
  const setState = (next: LeaderboardWatchState) => {
    state = next;
    emit();
  };
  /** The server answered: the standings we hold are current as of now. */
  const heard = () => {
    lastUpdateAt = new Date();
    if (failures === 0) return;
    failures = 0;
    lastError = null;
    emit();
  };
  /** A transient failure: counted, reported, and the watch carries on. */
  const failed = (e: unknown) => {
    failures++;
    lastError = e;
    emit();
    const onError = options.onError;
    if (onError) safely(() => onError(e, { fatal: false }));
  };

  const isNew = (board: Leaderboard): boolean => {
    if (lastVersion !== undefined) {
      if (typeof board.version === 'number' && typeof lastVersion === 'number') {
        if (board.version <= lastVersion) return false;
      } else if (board.version === lastVersion) return false;
    }
    lastVersion = board.version;
    return true;
  };

  /** Polls until aborted; returns `'stream'` when it is time to try the stream again. */
  async function* poll(retryStream: boolean): AsyncGenerator<Leaderboard, 'stream' | undefined> {
    setState('polling');
    const retryAt = Date.now() + o.streamRetryInterval;
    let pollFailures = 0;
    while (!signal.aborted) {
      let wait = o.pollInterval;
      try {
        const board = await source.leaderboard(id, { signal });
        pollFailures = 0;
        heard();
        if (isNew(board)) yield board;
      } catch (e) {
        if (signal.aborted) return;
        if (!isTransient(e)) throw e;
        pollFailures++;
        failed(e);
        const retry = backoff(pollFailures, { baseDelay: o.reconnectDelay, maxDelay: o.maxReconnectDelay });
        wait = Math.max(o.pollInterval, jitter(retry));
      }
      try {
        await sleep(wait, signal);
      } catch {
        return;
      }
      if (retryStream && Date.now() >= retryAt) return 'stream';
    }
    return;
  }

  /**
   * Streams until aborted; returns `'poll'` when `auto` should fall back. A `probe` (a retry from
   * polling) falls back after a single connection that brings no event.
   */
  async function* stream(probe: boolean): AsyncGenerator<Leaderboard, 'poll' | undefined> {
    let emptyConnections = 0;
    let retryBase = o.reconnectDelay;
    // Once an event has come through, streaming works on this path: a quiet reconnect (the
    // server sends nothing new after our Last-Event-ID) is not a buffering proxy.
    let proven = false;
    while (!signal.aborted) {
      const attempt = new AbortController();
      const attemptSignal = AbortSignal.any([signal, attempt.signal]);
      let gotEvent = false;
      let outcome = 'ended' as 'ended' | 'blocked' | 'silent' | 'error';
      let error: unknown;
      let silence: ReturnType<typeof setTimeout> | undefined;
      // Unproven: no event within firstEventTimeout means a buffering proxy. Proven: no byte
      // within heartbeatTimeout means a dead connection that never closed.
      const armSilenceTimer = () => {
        clearTimeout(silence);
        const [ms, verdict] = proven
          ? [o.heartbeatTimeout, 'silent' as const]
          : [o.firstEventTimeout, 'blocked' as const];
        silence = setTimeout(() => {
          outcome = verdict;
          attempt.abort();
        }, ms);
      };
      armSilenceTimer();
      try {
        connections++;
        const res = await transport.stream(path, { signal: attemptSignal, lastEventId });
        const type = res.headers.get('content-type') ?? '';
        if (!type.includes('text/event-stream') || !res.body) {
          outcome = 'blocked';
          throw new NetworkError(`Not an event stream: ${type || 'no body'}`, { code: 'stream_blocked' });
        }
        if (proven) setState('streaming');
        // Counts bytes for the silence timer; and ends the read when the attempt is aborted,
        // even if the body does not follow the fetch's signal (a wrapped or polyfilled fetch).
        const body = res.body.pipeThrough(
          new TransformStream<Uint8Array, Uint8Array>({
            start(out) {
              const stop = () => out.error(attemptSignal.reason);
              if (attemptSignal.aborted) stop();
              else attemptSignal.addEventListener('abort', stop, { once: true });
            },
            transform(chunk, out) {
              heard();
              if (proven) armSilenceTimer();
              out.enqueue(chunk);
            },
          }),
        );
        for await (const event of readEvents(body)) {
          if (!gotEvent) {
            gotEvent = true;
            proven = true;
            probe = false;
            everStreamed = true;
            emptyConnections = 0;
            setState('streaming');
          }
          if (event.id !== undefined) lastEventId = event.id;
          if (event.retry !== undefined) retryBase = event.retry;
          const board = leaderboardOf(event.data);
          if (board && isNew(board)) {
            // Time only the network, not a consumer that takes its time between boards.
            clearTimeout(silence);
            yield board;
          }
          armSilenceTimer();
        }
        // The server or a proxy ended the stream: reconnect below.
      } catch (e) {
        if (outcome === 'ended') outcome = 'error';
        error = e;
      } finally {
        clearTimeout(silence);
        attempt.abort();
      }
      if (signal.aborted) return;
      if (outcome === 'blocked' && o.mode === 'auto') return 'poll';
      if (outcome === 'error' && !isTransient(error)) throw error;
      if (!gotEvent) emptyConnections++;
      const giveUp = o.mode === 'auto' && emptyConnections >= (probe ? 1 : o.maxStreamFailures);
      // The state to report along with the failure: what the watch does next.
      state = giveUp ? 'polling' : everStreamed ? 'reconnecting' : 'connecting';
      if (outcome === 'blocked') {
        failed(
          new NetworkError(`No event within ${o.firstEventTimeout} ms: the stream is blocked or buffered`, {
            code: 'stream_blocked',
            cause: error,
          }),
        );
      } else if (outcome === 'silent') {
        failed(
          new TimeoutError(`Nothing on the event stream for ${o.heartbeatTimeout} ms`, {
            code: 'stream_silent',
          }),
        );
      } else if (outcome === 'error') failed(error);
      if (giveUp) return 'poll';
      emit();
      const delay = jitter(
        backoff(Math.max(1, emptyConnections), { baseDelay: retryBase, maxDelay: o.maxReconnectDelay }),
      );
      try {
        await sleep(delay, signal);
      } catch {
        return;
      }
    }
    return;
  }

  async function* run(): AsyncGenerator<Leaderboard> {
    try {
      if (o.mode === 'poll') {
        yield* poll(false);
        return;
      }
      for (let probe = false; ; probe = true) {
        if ((yield* stream(probe)) !== 'poll') return;
        // Polling keeps us current; a later stream starts from a fresh snapshot.
        lastEventId = undefined;
        if ((yield* poll(o.mode === 'auto')) !== 'stream') return;
      }
    } catch (e) {
      if (signal.aborted) return;
      throw e;
    } finally {
      setState('closed');
      controller.abort();
    }
  }

  const watch: LeaderboardWatch = {
    get status() {
      return state;
    },
    get lastUpdateAt() {
      return lastUpdateAt;
    },
    get failures() {
      return failures;
    },
    get lastError() {
      return lastError;
    },
    get transport() {
      if (state === 'streaming') return 'stream';
      if (state === 'reconnecting') return 'connecting';
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
        const onError = options.onError;
        if (onError) safely(() => onError(e, { fatal: true }));
      }
    })();
  }
  return watch;
}
