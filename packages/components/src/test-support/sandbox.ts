/** Test helpers: where the real sandbox API runs (started by web-test-runner.config.mjs). */
declare global {
  interface Window {
    __SKILLS_SANDBOX__?: { apiBase: string | null };
  }
}

export const apiBase: string = window.__SKILLS_SANDBOX__?.apiBase ?? '';
/** The demo publishable key the sandbox always seeds. */
export const PK = 'pk_test_demo';

/** An API base that refuses connections (port 9 "discard" is not listening here). */
export const closedApiBase = 'http://127.0.0.1:9/v1';

/** Waits until `predicate` holds, polling each animation frame; fails after `timeout` ms. */
export async function until(predicate: () => unknown, timeout = 10000, what = 'condition'): Promise<void> {
  const start = performance.now();
  while (!predicate()) {
    if (performance.now() - start > timeout) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
