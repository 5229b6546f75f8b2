import { dictionaries, dictionariesSchema } from '@skills-huaian/schemas';
import { Hono } from 'hono';
import type { AppEnv } from '../http/env.js';
import { respond } from '../http/respond.js';
import type { RouteDeps } from './deps.js';

export function dictionaryRoutes({ store, config }: RouteDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/', (c) => {
    // The schemas' occupation list, plus every occupation the catalogue's courses train for.
    const known = new Set<string>(dictionaries.occupations.map((o) => o.code));
    const occupations = [
      ...dictionaries.occupations,
      ...store.occupations().filter((o) => !known.has(o.code)),
    ];
    return respond(c, config.log, dictionariesSchema, { ...dictionaries, occupations });
  });
  return app;
}
