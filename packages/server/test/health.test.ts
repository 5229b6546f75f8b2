import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startSandbox } from '../../../scripts/sandbox.mjs';

let sandbox: Awaited<ReturnType<typeof startSandbox>>;
before(async () => {
  sandbox = await startSandbox();
});
after(() => sandbox.stop());

test('GET /healthz answers ok over HTTP', async () => {
  const res = await fetch(`${sandbox.url}/healthz`);
  assert.equal(res.status, 200);
  assert.deepEqual(await res.json(), { status: 'ok' });
});
