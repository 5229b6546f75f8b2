// "The SDK's core also runs in Chromium": a few real calls from headless Chromium against the
// real sandbox server started here (same approach as packages/components).
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

export default {
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: { exportConditions: ['@skills-huaian/source', 'browser', 'development'] },
  rootDir: fileURLToPath(new URL('../..', import.meta.url)),
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 300000,
  plugins: [
    sandboxPlugin,
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
