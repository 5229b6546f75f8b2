// API keys, like Stripe's: publishable keys (pk_…) read public data and create enrolments, from
// their registered origins only; secret keys (sk_…) are for servers and are refused when a
// browser Origin comes with them.
import type { Context, MiddlewareHandler } from 'hono';
import type { Store } from '../storage/types.js';
import type { AppEnv } from './env.js';
import { originMatches } from './origins.js';
import { problem } from './problem.js';

/** The key of a request: the bearer token, or `?key=` for publishable keys on streams. */
export function presentedKey(c: Context<AppEnv>): string | undefined {
  const auth = c.req.header('Authorization');
  const bearer = auth?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (bearer) return bearer;
  if (c.req.path.endsWith('/stream')) {
    const key = c.req.query('key');
    if (key?.startsWith('pk_')) return key;
  }
  return undefined;
}

export function authenticate(store: Store): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const presented = presentedKey(c);
    if (!presented)
      return problem(c, 'authentication_required', { headers: { 'WWW-Authenticate': 'Bearer' } });
    const key = presented.length <= 200 ? store.findApiKey(presented) : undefined;
    if (!key) return problem(c, 'invalid_api_key', { headers: { 'WWW-Authenticate': 'Bearer' } });
    c.set('apiKey', key);
    const origin = c.req.header('Origin');
    if (key.kind === 'secret' && origin !== undefined) return problem(c, 'secret_key_in_browser');
    if (key.kind === 'publishable' && origin !== undefined && !originMatches(origin, key.origins))
      return problem(c, 'origin_not_allowed');
    await next();
  };
}

/** Routes only secret keys may call. */
export const requireSecret: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (c.get('apiKey').kind !== 'secret') return problem(c, 'secret_key_required');
  await next();
};
