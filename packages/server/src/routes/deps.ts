import type { ServerConfig } from '../config.js';
import type { LeaderboardHub } from '../events/leaderboard-hub.js';
import type { Idempotency } from '../http/idempotency.js';
import type { Store } from '../storage/types.js';

/** What the route modules share. */
export interface RouteDeps {
  store: Store;
  config: ServerConfig;
  hub: LeaderboardHub;
  idempotency: Idempotency;
}
