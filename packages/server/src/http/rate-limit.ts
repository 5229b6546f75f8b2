// Per-key rate limiting (per client address without a key): a token bucket refilled evenly over
// the window. Over the limit: 429 with Retry-After in seconds.
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './env.js';
import { problem } from './problem.js';

interface Bucket {
  tokens: number;
  updated: number;
}

export function rateLimit(
  limit: number,
  windowMs: number,
  clientOf: (c: Parameters<MiddlewareHandler<AppEnv>>[0]) => string,
): MiddlewareHandler<AppEnv> {
  const buckets = new Map<string, Bucket>();
  const perMs = limit / windowMs;
  return async (c, next) => {
    const id = clientOf(c);
    const now = Date.now();
    const bucket = buckets.get(id) ?? { tokens: limit, updated: now };
    bucket.tokens = Math.min(limit, bucket.tokens + (now - bucket.updated) * perMs);
    bucket.updated = now;
    buckets.set(id, bucket);
    if (buckets.size > 10_000) buckets.delete(buckets.keys().next().value!);
    if (bucket.tokens < 1) {
      const retryAfter = Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000));
      return problem(c, 'rate_limited', {
        headers: {
          'Retry-After': String(retryAfter),
          'RateLimit-Limit': String(limit),
          'RateLimit-Remaining': '0',
        },
      });
    }
    bucket.tokens -= 1;
    await next();
    c.res.headers.set('RateLimit-Limit', String(limit));
    c.res.headers.set('RateLimit-Remaining', String(Math.floor(bucket.tokens)));
  };
}
