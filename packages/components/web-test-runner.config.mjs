// Component tests: real headless Chromium, against the real sandbox server started once per run
// (the shared set-up is in scripts/wtr-config.mjs).
import { fileURLToPath } from 'node:url';
import { wtrConfig } from '../../scripts/wtr-config.mjs';

/**
 * `executeServerCommand('sandbox-fetch', { path, method?, key?, body? })` from a test page: a
 * request made from Node, for what a browser may not do — the sandbox refuses secret keys that
 * come with a browser Origin (reading enrolments, posting scores as an organiser).
 */
const sandboxCommandsPlugin = (sandbox) => ({
  name: 'skills-sandbox-commands',
  async executeCommand({ command, payload }) {
    if (command !== 'sandbox-fetch') return undefined;
    const { path, method = 'GET', key = 'sk_test_demo', body } = payload ?? {};
    const res = await fetch(`${sandbox().apiBase}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${key}`,
        ...(body === undefined
          ? {}
          : { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    let json = null;
    try {
      json = JSON.parse(text);
    } catch {}
    return { status: res.status, body: json };
  },
});

export default wtrConfig({
  files: ['src/**/*.test.ts'],
  esbuildTsconfig: fileURLToPath(new URL('./tsconfig.esbuild.json', import.meta.url)),
  plugins: (sandbox) => [sandboxCommandsPlugin(sandbox)],
});
