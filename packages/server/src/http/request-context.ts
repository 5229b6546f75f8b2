// Request-Id on every response, the locale from Accept-Language (zh-CN default), and one log
// line per request that holds no body, no query string and so no ID or phone numbers.
import { randomBytes } from 'node:crypto';
import { toLocale } from '@skills-huaian/schemas';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './env.js';

const validId = /^[A-Za-z0-9._-]{8,64}$/;

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
          path: new URL(c.req.url).pathname,
          status: c.res.status,
          ms: Math.round((performance.now() - started) * 10) / 10,
          ...(key ? { key: `${key.slice(0, 8)}…` } : {}),
        }),
      );
    }
  };
}
