// Runtime settings. Limits come from environment variables so tests can lower them; the defaults
// are generous enough that the component and end-to-end suites never hit them.
export interface ServerConfig {
  /** Requests allowed per key (or per client address without a key) in one window. */
  rateLimit: number;
  rateWindowMs: number;
  /** Largest accepted request body, in bytes. */
  bodyLimitBytes: number;
  /** Interval of SSE heartbeat comments. */
  heartbeatMs: number;
  /** How long an Idempotency-Key is remembered. */
  idempotencyTtlMs: number;
  /** Where log lines go; `null` silences them. */
  log: ((line: string) => void) | null;
}

function intFrom(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  return Number.isFinite(n) && n > 0 ? Math.floor(n) : fallback;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  return {
    rateLimit: intFrom(env, 'SKILLS_RATE_LIMIT', 20_000),
    rateWindowMs: intFrom(env, 'SKILLS_RATE_WINDOW_MS', 60_000),
    bodyLimitBytes: intFrom(env, 'SKILLS_BODY_LIMIT', 64 * 1024),
    heartbeatMs: intFrom(env, 'SKILLS_SSE_HEARTBEAT_MS', 15_000),
    idempotencyTtlMs: intFrom(env, 'SKILLS_IDEMPOTENCY_TTL_MS', 24 * 60 * 60 * 1000),
    log: env.SKILLS_LOG === 'silent' ? null : (line) => process.stderr.write(`${line}\n`),
  };
}
