// CORS for browsers. Preflights and responses carry Access-Control-Allow-Origin only for origins
// registered to some publishable key; whether the key in the request may be used from that
// origin is checked by the auth middleware.
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './env.js';
import { originMatches } from './origins.js';

const allowHeaders =
  'Authorization, Content-Type, Idempotency-Key, Accept-Language, Last-Event-ID, Request-Id';
const exposeHeaders = 'Request-Id, Retry-After, Idempotent-Replayed, RateLimit-Limit, RateLimit-Remaining';

export function cors(knownOrigins: () => readonly string[]): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const origin = c.req.header('Origin');
    const allowed = origin !== undefined && originMatches(origin, knownOrigins());
    if (c.req.method === 'OPTIONS') {
      if (!allowed) return c.body(null, 403, { Vary: 'Origin' });
      return c.body(null, 204, {
        'Access-Control-Allow-Origin': origin,
        'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
        'Access-Control-Allow-Headers': allowHeaders,
        'Access-Control-Max-Age': '600',
        Vary: 'Origin',
      });
    }
    await next();
    c.res.headers.append('Vary', 'Origin');
    if (allowed) {
      c.res.headers.set('Access-Control-Allow-Origin', origin);
      c.res.headers.set('Access-Control-Expose-Headers', exposeHeaders);
    }
  };
}
