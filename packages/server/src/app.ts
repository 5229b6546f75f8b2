// The HTTP application: middleware in order (request id and log, CORS, rate limit, keys), then
// the /v1 routes. Routes talk to the Store interface only.
import type { HttpBindings } from '@hono/node-server';
import { openApiDocument } from '@skills-huaian/schemas';
import { type Context, Hono } from 'hono';
import { configFromEnv, type ServerConfig } from './config.js';
import { LeaderboardHub } from './events/leaderboard-hub.js';
import { allowedMethods } from './http/allowed-methods.js';
import { authenticate, presentedKey } from './http/auth.js';
import { cors } from './http/cors.js';
import type { AppEnv } from './http/env.js';
import { Idempotency } from './http/idempotency.js';
import { problem } from './http/problem.js';
import { rateLimit } from './http/rate-limit.js';
import { requestContext } from './http/request-context.js';
import { competitionRoutes } from './routes/competitions.js';
import { courseRoutes } from './routes/courses.js';
import type { RouteDeps } from './routes/deps.js';
import { dictionaryRoutes } from './routes/dictionaries.js';
import { enrolmentRoutes } from './routes/enrolments.js';
import { providerRoutes } from './routes/providers.js';
import type { Store } from './storage/types.js';

export interface AppOptions {
  store: Store;
  config?: ServerConfig;
  hub?: LeaderboardHub;
}

export function createApp({ store, config = configFromEnv(), hub = new LeaderboardHub() }: AppOptions) {
  const deps: RouteDeps = {
    store,
    config,
    hub,
    idempotency: new Idempotency(store, config.idempotencyTtlMs),
  };
  const app = new Hono<AppEnv>();
  app.use('*', requestContext(config.log));
  app.use(
    '*',
    cors(() => store.publishableOrigins()),
  );
  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  let document: object | undefined;
  app.get('/v1/openapi.json', (c) => {
    document ??= openApiDocument() as object;
    return c.json(document);
  });
  // Known keys have their own budget; anything else (no key, a made-up key) counts per address.
  const clientOf = (c: Context<AppEnv>) => {
    const key = presentedKey(c);
    if (key && key.length <= 200 && store.findApiKey(key)) return `key:${key}`;
    return `ip:${(c.env as Partial<HttpBindings> | undefined)?.incoming?.socket.remoteAddress ?? 'unknown'}`;
  };
  app.use('/v1/*', rateLimit(config.rateLimit, config.rateWindowMs, clientOf));
  app.use('/v1/*', authenticate(store));
  app.route('/v1/courses', courseRoutes(deps));
  app.route('/v1/enrolments', enrolmentRoutes(deps));
  app.route('/v1/competitions', competitionRoutes(deps));
  app.route('/v1/providers', providerRoutes(deps));
  app.route('/v1/dictionaries', dictionaryRoutes(deps));
  app.notFound((c) => {
    const allow = allowedMethods(app, c.req.path);
    if (allow.length > 0) return problem(c, 'method_not_allowed', { headers: { Allow: allow.join(', ') } });
    return problem(c, 'not_found');
  });
  app.onError((error, c) => {
    // The name and stack only: a message may quote input.
    config.log?.(
      JSON.stringify({
        requestId: c.get('requestId'),
        error: error.name,
        at: error.stack?.split('\n')[1]?.trim(),
      }),
    );
    return problem(c, 'internal_error');
  });
  return app;
}
