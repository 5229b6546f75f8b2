// The shared @web/test-runner set-up of the packages whose tests run in Chromium (components,
// SDK): the real sandbox server started once per run, the machine's Chromium, TypeScript through
// esbuild, our packages' sources, and a reporter whose counts the root `npm test` adds up.
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumArgs } from './chromium-args.mjs';
import { startSandbox } from './sandbox.mjs';
import { chromiumPath } from './setup.mjs';
import { countReporter } from './wtr-count-reporter.mjs';

/**
 * @param {{ files: string[], esbuildTsconfig: string, testsFinishTimeout?: number, plugins?: (sandbox: () => import('./sandbox.mjs').Sandbox) => object[] }} opts
 */
export function wtrConfig({ files, esbuildTsconfig, testsFinishTimeout = 600000, plugins = () => [] }) {
  /** @type {import('./sandbox.mjs').Sandbox | undefined} */
  let sandbox;
  const current = () => {
    if (!sandbox) throw new Error('the sandbox server has not started');
    return sandbox;
  };
  return {
    files,
    nodeResolve: { exportConditions: ['@skills-huaian/source', 'browser', 'development'] },
    rootDir: fileURLToPath(new URL('..', import.meta.url)),
    // One page at a time: focus tests need the focused page, and the machine has two cores.
    concurrency: 1,
    testFramework: { config: { timeout: 20000 } },
    testsFinishTimeout,
    plugins: [
      {
        name: 'skills-sandbox',
        async serverStart() {
          sandbox = await startSandbox();
        },
        async serverStop() {
          await sandbox?.stop();
        },
      },
      ...plugins(current),
      esbuildPlugin({ ts: true, target: 'es2022', tsconfig: esbuildTsconfig }),
    ],
    // Test pages learn where the sandbox is from a global (see src/test-support/sandbox.ts).
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
          args: chromiumArgs,
        },
      }),
    ],
    reporters: [defaultReporter(), summaryReporter({ flatten: false }), countReporter()],
  };
}
