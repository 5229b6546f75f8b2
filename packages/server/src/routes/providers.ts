import { providerListSchema, providerQuerySchema, providerSchema } from '@skills-huaian/schemas';
import { Hono } from 'hono';
import type { AppEnv } from '../http/env.js';
import { problem } from '../http/problem.js';
import { respond } from '../http/respond.js';
import type { RouteDeps } from './deps.js';
import { parseQuery, withCursor } from './query.js';

export function providerRoutes({ store, config }: RouteDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/', (c) => {
    const q = parseQuery(c, providerQuerySchema);
    if (!q.ok) return q.response;
    return withCursor(c, () => respond(c, config.log, providerListSchema, store.listProviders(q.data)));
  });
  app.get('/:id', (c) => {
    const provider = store.getProvider(c.req.param('id'));
    if (!provider) return problem(c, 'not_found');
    return respond(c, config.log, providerSchema, provider);
  });
  return app;
}
