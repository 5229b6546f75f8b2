// The end-to-end stack: the sandbox API (demo seed, in memory), the example pages server
// (apps/examples/server.mjs) pointed at it, and Chromium. One per test file.
import { startExamples } from '../../apps/examples/server.mjs';
import { startSandbox } from '../../scripts/sandbox.mjs';
import { launchBrowser, watchErrors } from './browser.mjs';

export async function startStack() {
  const sandbox = await startSandbox();
  const examples = await startExamples({ port: 0, apiBase: sandbox.apiBase });
  const browser = await launchBrowser();
  return {
    sandbox,
    examples,
    browser,
    /**
     * Opens an example page; collects console errors and Content-Security-Policy violations
     * (reported to the page as `securitypolicyviolation` events, listened to before any script).
     */
    async open(path, { viewport = { width: 1100, height: 900 } } = {}) {
      const page = await browser.newPage({ viewport });
      const errors = watchErrors(page);
      const violations = [];
      await page.exposeFunction('__reportViolation', (v) => violations.push(v));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) =>
          window.__reportViolation(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
        );
      });
      const response = await page.goto(`${examples.url}${path}`);
      return { page, errors, violations, response };
    },
    async stop() {
      await browser.close();
      await examples.close();
      await sandbox.stop();
    },
  };
}

/**
 * Calls an API path with a key, from Node (no Origin header); GET unless told.
 * @param {{ apiBase: string }} sandbox
 * @param {string} path
 * @param {{ key?: string, method?: string, body?: unknown }} [options]
 */
export async function api(sandbox, path, { key = 'pk_test_demo', method = 'GET', body } = {}) {
  const res = await fetch(`${sandbox.apiBase}/${path}`, {
    method,
    headers: {
      authorization: `Bearer ${key}`,
      'accept-language': 'zh-CN',
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const json = await res.json().catch(() => null);
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
  return json;
}
