// Component tests: real headless Chromium, against the real sandbox server started here.
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { startSandbox } from '../../scripts/sandbox.mjs';
import { chromiumPath } from '../../scripts/setup.mjs';
import { countReporter } from '../../scripts/wtr-count-reporter.mjs';

let sandbox;

/** Starts the sandbox API once for the run and tells every test page where it is. */
const sandboxPlugin = {
  name: 'skills-sandbox',
  async serverStart() {
    sandbox = await startSandbox();
  },
  async serverStop() {
    await sandbox?.stop();
  },
};

/**
 * `executeServerCommand('sandbox-fetch', { path, method?, key?, body? })` from a test page: a
 * request made from Node, for what a browser may not do — the sandbox refuses secret keys that
 * come with a browser Origin (reading enrolments, posting scores as an organiser).
 */
const sandboxCommandsPlugin = {
  name: 'skills-sandbox-commands',
  async executeCommand({ command, payload }) {
    if (command !== 'sandbox-fetch') return undefined;
    const { path, method = 'GET', key = 'sk_test_demo', body } = payload ?? {};
    const res = await fetch(`${sandbox.apiBase}${path}`, {
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
};

export default {
  files: ['src/**/*.test.ts'],
  nodeResolve: { exportConditions: ['@skills-huaian/source', 'browser', 'development'] },
  rootDir: fileURLToPath(new URL('../..', import.meta.url)),
  // One page at a time: focus tests need the focused page, and the machine has two cores.
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 600000,
  plugins: [
    sandboxPlugin,
    sandboxCommandsPlugin,
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.esbuild.json', import.meta.url)),
    }),
  ],
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"></head><body>
<script>window.__SKILLS_SANDBOX__ = ${JSON.stringify({ apiBase: sandbox?.apiBase ?? null })};</script>
<script type="module" src="${testFramework}"></script>
</body></html>`,
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH || chromiumPath() || '/usr/bin/chromium',
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          // Pages run two at a time; keep the unfocused one's timers and rendering at full speed.
          '--disable-background-timer-throttling',
          '--disable-renderer-backgrounding',
          '--disable-backgrounding-occluded-windows',
        ],
      },
    }),
  ],
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countReporter()],
};
