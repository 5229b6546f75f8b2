// Idempotency-Key on POST: the same key and body replay the first response; the same key with
// another body → 422; the same key while the first request is still running → 409. Keys are
// scoped to the API key and kept for the configured time (24 h by default).
import type { Context } from 'hono';
import type { Store } from '../storage/types.js';
import type { AppEnv } from './env.js';
import { problem } from './problem.js';

/** JSON with sorted keys, so that key order does not make two bodies differ. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value) ?? 'null';
}

/** The body's fingerprint: keyed (HMAC), since an enrolment body holds an ID number. */
export function bodyHash(store: Pick<Store, 'keyedHash'>, value: unknown): string {
  return store.keyedHash(`body:${canonical(value)}`);
}

export class Idempotency {
  private readonly inFlight = new Set<string>();

  constructor(
    private readonly store: Store,
    private readonly ttlMs: number,
  ) {}

  /**
   * Runs `handle` at most once per key: `readBody` is awaited inside the in-flight window, so a
   * second request arriving while the first is still being received or processed gets 409.
   */
  async run(
    c: Context<AppEnv>,
    readBody: () => Promise<{ ok: true; value: unknown } | { ok: false; response: Response }>,
    handle: (body: unknown) => Response | Promise<Response>,
  ): Promise<Response> {
    const key = c.req.header('Idempotency-Key');
    if (key === undefined) {
      const body = await readBody();
      return body.ok ? handle(body.value) : body.response;
    }
    if (!/^[\x21-\x7e]{1,255}$/.test(key)) return problem(c, 'invalid_idempotency_key');
    const scope = `${c.get('apiKey').key} ${c.req.method} ${c.req.path}`;
    const slot = `${scope}\n${key}`;
    if (this.inFlight.has(slot)) return problem(c, 'idempotency_in_flight');
    this.inFlight.add(slot);
    try {
      const body = await readBody();
      if (!body.ok) return body.response;
      const hash = bodyHash(this.store, body.value);
      const now = new Date();
      const stored = this.store.getIdempotent(scope, key, now);
      if (stored) {
        if (stored.bodyHash !== hash) return problem(c, 'idempotency_key_reused');
        return c.body(stored.body, stored.status as 200, {
          'Content-Type':
            stored.status >= 400
              ? 'application/problem+json; charset=utf-8'
              : 'application/json; charset=utf-8',
          'Idempotent-Replayed': 'true',
        });
      }
      const response = await handle(body.value);
      if (response.status < 500 && response.status !== 429) {
        const text = await response.clone().text();
        this.store.saveIdempotent(
          scope,
          key,
          { bodyHash: hash, status: response.status, body: text },
          new Date(now.getTime() + this.ttlMs),
        );
      }
      return response;
    } finally {
      this.inFlight.delete(slot);
    }
  }
}
