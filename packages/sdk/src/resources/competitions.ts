import type { Competition, CompetitionQuery, Leaderboard, ScoreRequest } from '../models.js';
import { type ListOptions, type ListResponse, Page, type PagePromise, paginate } from '../pagination.js';
import type { CallOptions, PostOptions, Query } from '../transport.js';
import { validateQuery, validateScoreRequest } from '../validate.js';
import {
  type LeaderboardWatch,
  type WatchLeaderboardOptions,
  watchLeaderboard,
} from '../watch-leaderboard.js';
import { type ResourceContext, segment } from './context.js';

/** Competitions, their leaderboards (one-off or live) and, for organisers, recording scores. */
export class CompetitionsResource {
  readonly #ctx: ResourceContext;
  readonly #watchDefaults: Partial<WatchLeaderboardOptions>;
  /** @internal Use `createClient`. */
  constructor(ctx: ResourceContext, watchDefaults: Partial<WatchLeaderboardOptions> = {}) {
    this.#ctx = ctx;
    this.#watchDefaults = watchDefaults;
  }

  list(query: CompetitionQuery = {}, options: ListOptions = {}): PagePromise<Competition, Page<Competition>> {
    const ctx = this.#ctx;
    return paginate(
      Page<Competition>,
      async (cursor, signal) => {
        validateQuery(ctx, 'competitionQuery', { ...(query as Query), cursor });
        return ctx.transport.get<ListResponse<Competition>>(
          'competitions',
          { ...(query as Query), cursor },
          { signal },
        );
      },
      options,
    );
  }

  get(id: string, options: CallOptions = {}): Promise<Competition> {
    return this.#ctx.transport.get<Competition>(`competitions/${segment(id)}`, undefined, options);
  }

  /** The current standings. */
  leaderboard(id: string, options: CallOptions = {}): Promise<Leaderboard> {
    return this.#ctx.transport.get<Leaderboard>(
      `competitions/${segment(id)}/leaderboard`,
      undefined,
      options,
    );
  }

  /**
   * Live standings: `for await (const board of client.competitions.watchLeaderboard(id, { signal }))`,
   * or pass `onUpdate` to be called back. Streams Server-Sent Events, reconnects with Last-Event-ID
   * and backoff, and falls back to polling when the stream is blocked or buffered.
   */
  watchLeaderboard(id: string, options: WatchLeaderboardOptions = {}): LeaderboardWatch {
    return watchLeaderboard(this.#ctx.transport, this, id, { ...this.#watchDefaults, ...options });
  }

  /**
   * Records a contestant's score (the organiser's or the bureau's secret key) and returns the
   * new standings. Idempotent like `enrolments.create`.
   */
  async recordScore(id: string, body: ScoreRequest, options: PostOptions = {}): Promise<Leaderboard> {
    validateScoreRequest(this.#ctx, body);
    return this.#ctx.transport.post<Leaderboard>(`competitions/${segment(id)}/scores`, body, options);
  }
}
