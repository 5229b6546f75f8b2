import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { test } from 'node:test';
import { promisify } from 'node:util';

// The size script fails when a budget is exceeded or when the ID validator alone pulls in Zod
// or the entities; running it here keeps tree-shaking covered by `pnpm test`.
test('bundle budgets hold and the ID validator tree-shakes', async () => {
  const script = new URL('../scripts/measure-bundle.mjs', import.meta.url).pathname;
  const { stdout } = await promisify(execFile)(process.execPath, [script]);
  assert.match(stdout, /ID validator alone/);
});
