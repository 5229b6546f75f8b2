// Every response body is checked against its schema before it leaves; a mismatch is our bug and
// answers 500 (the log names the failing paths, never the values).
import type { Context } from 'hono';
import type { AppEnv } from './env.js';
import { problem } from './problem.js';

interface Schema<T> {
  safeParse(
    value: unknown,
  ): { success: true; data: T } | { success: false; error: { issues: readonly { path: PropertyKey[] }[] } };
}

export type Logger = ((line: string) => void) | null;

export function respond<T>(
  c: Context<AppEnv>,
  log: Logger,
  schema: Schema<T>,
  body: unknown,
  status: 200 | 201 = 200,
  headers: Record<string, string> = {},
): Response {
  const result = schema.safeParse(body);
  if (!result.success) {
    log?.(
      JSON.stringify({
        requestId: c.get('requestId'),
        error: 'response_schema_mismatch',
        paths: result.error.issues.slice(0, 10).map((i) => i.path.map(String).join('.')),
      }),
    );
    return problem(c, 'internal_error');
  }
  return c.json(result.data as object, status, headers);
}
