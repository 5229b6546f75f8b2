// 429 handling against REAL sandbox servers started with low rate limits (SKILLS_RATE_LIMIT).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createClient, RateLimitError } from '@skills-huaian/sdk';
import { startSandbox } from '../../../scripts/sandbox.mjs';

test('a long Retry-After is not waited for: RateLimitError with retryAfter, at once', async () => {
  const sandbox = await startSandbox({ env: { SKILLS_RATE_LIMIT: '3', SKILLS_RATE_WINDOW_MS: '600000' } });
  try {
    const client = createClient({ baseUrl: sandbox.apiBase, apiKey: 'sk_test_demo', maxRetries: 2 });
    for (let i = 0; i < 3; i++) await client.dictionaries.get();
    const t0 = Date.now();
    const e = await client.dictionaries.get().then(
      () => assert.fail('expected 429'),
      (err: unknown) => err,
    );
    assert.ok(e instanceof RateLimitError, String(e));
    assert.equal(e.status, 429);
    assert.equal(e.code, 'rate_limited');
    assert.ok(e.requestId);
    assert.ok(typeof e.retryAfter === 'number' && e.retryAfter > 60, `retryAfter ${e.retryAfter}`);
    assert.ok(Date.now() - t0 < 2000, 'did not sit out the window');
  } finally {
    await sandbox.stop();
  }
});

test('a short Retry-After is honoured and the call then succeeds', async () => {
  // One request per 3 s: the second call gets 429 with Retry-After ≈ 3, waits, and succeeds.
  const sandbox = await startSandbox({ env: { SKILLS_RATE_LIMIT: '1', SKILLS_RATE_WINDOW_MS: '3000' } });
  try {
    const client = createClient({ baseUrl: sandbox.apiBase, apiKey: 'sk_test_demo', maxRetries: 3 });
    await client.dictionaries.get();
    const t0 = Date.now();
    const dict = await client.dictionaries.get();
    assert.ok(dict);
    assert.ok(Date.now() - t0 >= 1000, `waited for the bucket to refill (${Date.now() - t0} ms)`);
  } finally {
    await sandbox.stop();
  }
});
