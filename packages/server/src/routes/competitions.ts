import {
  competitionListSchema,
  competitionQuerySchema,
  competitionSchema,
  leaderboardSchema,
  scoreRequestSchema,
} from '@skills-huaian/schemas';
import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { ScoreEvent } from '../events/leaderboard-hub.js';
import { requireSecret } from '../http/auth.js';
import { readJsonBody } from '../http/body.js';
import type { AppEnv } from '../http/env.js';
import { problem } from '../http/problem.js';
import { respond } from '../http/respond.js';
import { validate } from '../http/validate.js';
import type { RouteDeps } from './deps.js';
import { parseQuery, withCursor } from './query.js';

export function competitionRoutes({ store, config, hub, idempotency }: RouteDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/', (c) => {
    const q = parseQuery(c, competitionQuerySchema);
    if (!q.ok) return q.response;
    return withCursor(c, () => respond(c, config.log, competitionListSchema, store.listCompetitions(q.data)));
  });

  app.get('/:id', (c) => {
    const competition = store.getCompetition(c.req.param('id'));
    if (!competition) return problem(c, 'not_found');
    return respond(c, config.log, competitionSchema, competition);
  });

  app.get('/:id/leaderboard', (c) => {
    const board = store.getLeaderboard(c.req.param('id'));
    if (!board) return problem(c, 'not_found');
    return respond(c, config.log, leaderboardSchema, board);
  });

  app.get('/:id/leaderboard/stream', (c) => {
    const id = c.req.param('id');
    const board = store.getLeaderboard(id);
    if (!board) return problem(c, 'not_found');
    const lastRaw = c.req.header('Last-Event-ID') ?? c.req.query('lastEventId');
    const last = lastRaw !== undefined && /^\d{1,15}$/.test(lastRaw.trim()) ? Number(lastRaw.trim()) : null;
    c.header('X-Accel-Buffering', 'no');
    return streamSSE(c, async (stream) => {
      let chain: Promise<void> = Promise.resolve();
      const send = (write: () => Promise<void>) => {
        chain = chain.then(write).catch(() => {});
      };
      const sendEvent = (e: ScoreEvent) =>
        send(() => stream.writeSSE({ event: e.event, id: String(e.id), data: JSON.stringify(e.data) }));
      // Subscribe before anything is awaited, so no score can fall between snapshot and stream.
      const unsubscribe = hub.subscribe(id, sendEvent);
      const missed = last === null ? null : hub.since(id, last, board.version);
      if (missed === null)
        send(() =>
          stream.writeSSE({
            event: 'snapshot',
            id: String(board.version),
            data: JSON.stringify(board),
            retry: 2000,
          }),
        );
      else for (const e of missed) sendEvent(e);
      const heartbeat = setInterval(
        () => send(() => stream.write(': heartbeat\n\n').then(() => {})),
        config.heartbeatMs,
      );
      await new Promise<void>((resolve) => {
        const unregister = hub.onClose(resolve);
        stream.onAbort(() => {
          unregister();
          resolve();
        });
      });
      clearInterval(heartbeat);
      unsubscribe();
      await chain;
    });
  });

  app.post('/:id/scores', requireSecret, (c) =>
    idempotency.run(
      c,
      async () => {
        const body = await readJsonBody(c, config.bodyLimitBytes);
        return body.ok ? body : { ok: false, response: problem(c, body.code) };
      },
      (body) => {
        const v = validate(scoreRequestSchema, body, c.get('locale'), true);
        if (!v.ok) return problem(c, 'validation_failed', { errors: v.errors });
        const key = c.get('apiKey');
        const outcome = store.recordScore(
          c.req.param('id'),
          v.data,
          { orgId: key.orgId, orgKind: key.orgKind },
          new Date(),
        );
        if (!outcome.ok) return problem(c, outcome.code);
        hub.publish({
          id: outcome.leaderboard.version,
          event: 'score',
          data: {
            ...outcome.leaderboard,
            change: {
              contestantId: outcome.contestantId,
              score: outcome.score,
              recordedAt: outcome.recordedAt,
            },
          },
        });
        return respond(c, config.log, leaderboardSchema, outcome.leaderboard);
      },
    ),
  );
  return app;
}
