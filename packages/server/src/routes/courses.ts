import { courseListSchema, courseQuerySchema, courseSchema } from '@skills-huaian/schemas';
import { Hono } from 'hono';
import type { AppEnv } from '../http/env.js';
import { problem } from '../http/problem.js';
import { respond } from '../http/respond.js';
import type { RouteDeps } from './deps.js';
import { parseQuery, withCursor } from './query.js';

export function courseRoutes({ store, config }: RouteDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/', (c) => {
    const q = parseQuery(c, courseQuerySchema);
    if (!q.ok) return q.response;
    return withCursor(c, () => respond(c, config.log, courseListSchema, store.searchCourses(q.data)));
  });
  app.get('/:id', (c) => {
    const course = store.getCourse(c.req.param('id'));
    if (!course) return problem(c, 'not_found');
    return respond(c, config.log, courseSchema, course);
  });
  return app;
}
