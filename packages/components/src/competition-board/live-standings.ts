// Keeps one competition's standings current: a snapshot first (something to show at once), then
// the SDK's live watch, which reconnects and falls back to polling by itself. This controller
// only watches how the watch is doing, so the board can say so plainly, and never throws the
// last known standings away.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SkillsClient } from '../shared/client.js';

export interface LiveBoard {
  competitionId: string;
  version: number;
  updatedAt: string;
  entries: {
    rank: number;
    contestant: { id: string; name: string; organisation: string; districtCode: string };
    score: number;
    medal: 'gold' | 'silver' | 'bronze' | null;
  }[];
}

/**
 * `connecting`: first connection; `live`: streaming; `polling`: the stream is blocked, updates
 * come every few seconds; `reconnecting`: the connection dropped, the SDK is retrying;
 * `offline`: the server cannot be reached — reconnecting for a while without success, or polls
 * failing; `failed`: a permanent error (unknown id).
 */
export type LiveStatus = 'idle' | 'connecting' | 'live' | 'polling' | 'reconnecting' | 'offline' | 'failed';

/** What this controller reads of the SDK's `LeaderboardWatch`. */
interface WatchLike extends AsyncIterable<LiveBoard> {
  /** `connecting` · `streaming` · `reconnecting` · `polling` · `closed`. */
  readonly status: 'connecting' | 'streaming' | 'reconnecting' | 'polling' | 'closed';
  /** Failed attempts in a row (connections or polls); 0 while all is well. */
  readonly failures: number;
  /** When the server last confirmed the standings (event, heartbeat or poll). */
  readonly lastUpdateAt: Date | null;
}

export interface LiveStandingsOptions {
  /** Called with every newer board and the one it replaces. */
  onBoard: (board: LiveBoard, previous: LiveBoard | null) => void;
  /** After this long reconnecting, the status becomes `offline` (a failed poll makes it so at once). */
  offlineAfterMs?: number;
  /** How often the watch's state is looked at. */
  checkEveryMs?: number;
  /** Wait before starting a new watch after one ended unexpectedly. */
  restartAfterMs?: number;
}

const permanent = (e: unknown) => {
  const status = (e as { status?: number } | null)?.status;
  return typeof status === 'number' && status >= 400 && status < 500 && status !== 408 && status !== 429;
};

export class LiveStandings implements ReactiveController {
  board: LiveBoard | null = null;
  status: LiveStatus = 'idle';
  error: unknown = null;
  /** When data last arrived (ms since epoch), for "showing the standings from …". */
  receivedAt: number | null = null;

  #abort: AbortController | null = null;
  #timer: ReturnType<typeof setInterval> | undefined;
  #reconnectingSince: number | null = null;
  #hadStream = false;
  #key = '';
  #client: SkillsClient | null = null;
  readonly #options: Required<LiveStandingsOptions>;

  constructor(
    private readonly host: ReactiveControllerHost,
    options: LiveStandingsOptions,
  ) {
    this.#options = { offlineAfterMs: 8000, checkEveryMs: 250, restartAfterMs: 5000, ...options };
    host.addController(this);
  }

  hostDisconnected(): void {
    this.stop();
  }

  /** Watches `id` with `client`; a no-op when already watching exactly that. */
  watch(client: SkillsClient, id: string): void {
    if (this.#abort && this.#key === id && this.#client === client) return;
    // Moving to another competition during an outage is still an outage: keep saying so.
    const troubled = this.status === 'reconnecting' || this.status === 'offline';
    this.#halt();
    if (this.#key !== id) {
      this.board = null;
      this.receivedAt = null;
    }
    this.#key = id;
    this.#client = client;
    this.error = null;
    this.#hadStream = troubled;
    if (!troubled) this.#reconnectingSince = null;
    const abort = new AbortController();
    this.#abort = abort;
    void this.#run(client, id, abort.signal);
  }

  /** Stops watching; the last board stays readable. */
  stop(): void {
    if (!this.#abort) return;
    this.#halt();
    this.#set('idle');
  }

  #halt(): void {
    this.#abort?.abort();
    this.#abort = null;
    clearInterval(this.#timer);
    this.#timer = undefined;
    this.#client = null;
  }

  #set(status: LiveStatus): void {
    if (this.status === status) return;
    this.status = status;
    this.host.requestUpdate();
  }

  #accept(board: LiveBoard): void {
    if (
      this.board &&
      this.board.competitionId === board.competitionId &&
      board.version < this.board.version
    ) {
      return;
    }
    const previous = this.board;
    this.board = board;
    this.receivedAt = Date.now();
    this.#options.onBoard(board, previous);
    this.host.requestUpdate();
  }

  async #run(client: SkillsClient, id: string, signal: AbortSignal): Promise<void> {
    this.#set(this.board || this.#hadStream ? 'reconnecting' : 'connecting');
    try {
      this.#accept(await client.competitions.leaderboard(id, { signal }));
    } catch (e) {
      if (signal.aborted) return;
      if (permanent(e)) return this.#fail(e);
      // A transient failure: the watch below retries; keep whatever is shown.
    }
    while (!signal.aborted) {
      let check = () => {};
      const watch = client.competitions.watchLeaderboard(id, {
        signal,
        onStatus: () => {
          if (!signal.aborted) check();
        },
      }) as WatchLike;
      check = this.#follow(watch);
      try {
        for await (const board of watch) this.#accept(board);
      } catch (e) {
        if (signal.aborted) return;
        if (permanent(e)) return this.#fail(e);
        this.error = e;
      }
      if (signal.aborted) return;
      // The watch gave up on its own: say so and start another after a pause.
      clearInterval(this.#timer);
      this.#set('offline');
      await new Promise((r) => setTimeout(r, this.#options.restartAfterMs));
    }
  }

  #fail(e: unknown): void {
    clearInterval(this.#timer);
    this.error = e;
    this.#set('failed');
  }

  /**
   * Maps the watch's status to what the board tells its viewers; returns the check, which runs
   * on every status change the watch reports and on a timer (for `offlineAfterMs`).
   */
  #follow(watch: WatchLike): () => void {
    clearInterval(this.#timer);
    const check = () => {
      const confirmed = watch.lastUpdateAt?.getTime() ?? 0;
      if (confirmed > (this.receivedAt ?? 0)) this.receivedAt = confirmed;
      const state = watch.status;
      if (state === 'streaming') {
        this.#hadStream = true;
        this.#reconnectingSince = null;
        this.#set('live');
      } else if (state === 'polling') {
        this.#reconnectingSince = null;
        // Polling that fails means the server cannot be reached at all: say so plainly.
        this.#set(watch.failures > 0 ? 'offline' : 'polling');
      } else if (state === 'connecting' || state === 'reconnecting') {
        const now = Date.now();
        this.#reconnectingSince ??= now;
        const waiting =
          this.#hadStream || state === 'reconnecting' || this.status === 'reconnecting'
            ? 'reconnecting'
            : 'connecting';
        this.#set(now - this.#reconnectingSince >= this.#options.offlineAfterMs ? 'offline' : waiting);
      }
    };
    check();
    this.#timer = setInterval(check, this.#options.checkEveryMs);
    return check;
  }
}
