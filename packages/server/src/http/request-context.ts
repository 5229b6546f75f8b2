// Request-Id on every response, the locale from Accept-Language (zh-CN default), and one log
// line per request that holds no body, no query string and no raw path: the route pattern
// (/v1/courses/:id) is logged, so an ID or phone number pasted into a URL never reaches the log.
import { randomBytes } from 'node:crypto';
import { toLocale } from '@skills-huaian/schemas';
import type { Context, MiddlewareHandler } from 'hono';
import { matchedRoutes } from 'hono/route';
import type { AppEnv } from './env.js';

const validId = /^[A-Za-z0-9._-]{8,64}$/;

/**
 * The path as logged: the pattern of the route that answered, or for a path no route knows, the
 * path with every segment that holds a digit replaced, since it may be a pasted number.
 */
export function loggedPath(c: Context<AppEnv>): string {
  const route = matchedRoutes(c)
    .filter((r) => r.method !== 'ALL')
    .at(-1);
  if (route) return route.path;
  return new URL(c.req.url).pathname
    .split('/')
    .map((segment) => (/\d/.test(segment) ? ':redacted' : segment.slice(0, 64)))
    .join('/');
}

export function requestContext(log: ((line: string) => void) | null): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    const incoming = c.req.header('Request-Id');
    const requestId =
      incoming && validId.test(incoming) ? incoming : `req_${randomBytes(9).toString('base64url')}`;
    c.set('requestId', requestId);
    c.set('locale', toLocale(c.req.header('Accept-Language')?.split(',')[0]));
    await next();
    c.res.headers.set('Request-Id', requestId);
    if (log) {
      const key = c.get('apiKey')?.key;
      log(
        JSON.stringify({
          t: new Date().toISOString(),
          requestId,
          method: c.req.method,
          path: loggedPath(c),
          status: c.res.status,
          ms: Math.round((performance.now() - started) * 10) / 10,
          ...(key ? { key: `${key.slice(0, 8)}…` } : {}),
        }),
      );
    }
  };
}
