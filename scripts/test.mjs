// `npm test`: set up what is missing, then lint, type-check, build and run every test suite,
// and finish with one line `N passed, N failed` for the whole run.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumPath, root, setup } from './setup.mjs';

try {
  setup({ browser: true });
} catch (e) {
  // Even a failed set-up ends on the summary line that CI reads.
  console.error(`[setup] ${e instanceof Error ? e.message : e}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

// Packages in dependency order; tests/ (end to end) comes last.
const packages = [
  'packages/schemas',
  'packages/server',
  'packages/sdk',
  'packages/components',
  'apps/storybook',
  'apps/examples',
  'tests',
];
// Scripts run in each package, in this order, when the package defines them.
const suiteScripts = ['test', 'test:browser', 'build:storybook', 'size', 'budgets', 'docs:check'];

const totals = { passed: 0, failed: 0, skipped: 0 };
const failedSteps = [];
const env = { ...process.env, CHROME_PATH: chromiumPath() ?? '', FORCE_COLOR: '0', NO_COLOR: '1' };

function run(label, cmd, args, { cwd = root, extraEnv = {} } = {}) {
  console.log(`\n━━ ${label} ━━`);
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd, env: { ...env, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (c) => {
      out += c;
      process.stdout.write(c);
    });
    child.stderr.on('data', (c) => {
      out += c;
      process.stderr.write(c);
    });
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
  });
}

/** Node's test runner (spec or TAP reporter) summaries, summed over every run in the output. */
function nodeCounts(out) {
  const sum = (re) => [...out.matchAll(re)].reduce((n, m) => n + Number(m[1]), 0);
  const passed = sum(/^(?:ℹ|#) pass (\d+)$/gm);
  const failed = sum(/^(?:ℹ|#) fail (\d+)$/gm);
  const skipped = sum(/^(?:ℹ|#) (?:skipped|todo) (\d+)$/gm);
  const found = /^(?:ℹ|#) tests \d+$/m.test(out);
  return found ? { passed, failed, skipped } : null;
}

function record(label, code, counts) {
  if (counts && counts.passed + counts.failed === 0) {
    // A suite that ran no test proves nothing: count it as a failure.
    console.log(`✗ ${label}: ran no test`);
    totals.failed++;
    failedSteps.push(`${label} (ran no test)`);
    return;
  }
  if (counts) {
    totals.passed += counts.passed;
    totals.failed += counts.failed;
    totals.skipped += counts.skipped;
    if (code !== 0 && counts.failed === 0) totals.failed++;
  } else if (code === 0) totals.passed++;
  else totals.failed++;
  if (code !== 0 || (counts && counts.failed > 0)) failedSteps.push(label);
}

async function checkStep(label, args) {
  const { code } = await run(label, 'pnpm', args);
  record(label, code, null);
  return code === 0;
}

await checkStep('lint (biome)', ['run', 'lint']);
await checkStep('typecheck', ['run', 'typecheck']);
const built = await checkStep('build', ['run', 'build']);

if (built) {
  const countsDir = mkdtempSync(join(tmpdir(), 'skills-counts-'));
  for (const dir of packages) {
    const manifest = join(root, dir, 'package.json');
    if (!existsSync(manifest)) continue;
    const scripts = JSON.parse(readFileSync(manifest, 'utf8')).scripts ?? {};
    for (const script of suiteScripts) {
      if (!scripts[script]) continue;
      const label = `${dir} › ${script}`;
      const countsFile = join(countsDir, `${dir.replaceAll('/', '_')}_${script.replace(':', '_')}.jsonl`);
      const { code, out } = await run(label, 'pnpm', ['run', script], {
        cwd: join(root, dir),
        extraEnv: { SKILLS_TEST_COUNTS: countsFile },
      });
      let counts = null;
      if (existsSync(countsFile)) {
        counts = { passed: 0, failed: 0, skipped: 0 };
        for (const line of readFileSync(countsFile, 'utf8').trim().split('\n')) {
          const c = JSON.parse(line);
          counts.passed += c.passed;
          counts.failed += c.failed;
          counts.skipped += c.skipped;
        }
      } else if (script.startsWith('test')) {
        counts = nodeCounts(out) ?? (code === 0 ? { passed: 0, failed: 0, skipped: 0 } : null);
      }
      record(label, code, counts);
    }
  }
  rmSync(countsDir, { recursive: true, force: true });
} else {
  console.log('\nbuild failed: the test suites need the built packages, so they were not run');
}

console.log('\n━━ summary ━━');
for (const s of failedSteps) console.log(`failed: ${s}`);
if (totals.skipped) console.log(`(${totals.skipped} skipped)`);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed > 0 ? 1 : 0);
