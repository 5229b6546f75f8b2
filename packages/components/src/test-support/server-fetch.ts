// Requests that only a server may make (secret keys), run from Node by the test runner's
// `sandbox-fetch` command — see web-test-runner.config.mjs.
import { executeServerCommand } from '@web/test-runner-commands';

export interface ServerResponse<T = unknown> {
  status: number;
  body: T;
}

/** Calls the sandbox API from Node with a secret key (default `sk_test_demo`). */
export function serverFetch<T = unknown>(
  path: string,
  init: { method?: 'GET' | 'POST'; key?: string; body?: unknown } = {},
): Promise<ServerResponse<T>> {
  return executeServerCommand('sandbox-fetch', { path, ...init }) as Promise<ServerResponse<T>>;
}
