import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inspect } from 'node:util';
import {
  ApiError,
  AuthenticationError,
  assertKeyAllowedHere,
  createClient,
  IdempotencyError,
  parseRetryAfter,
  RateLimitError,
} from '@skills-huaian/sdk';

test('ApiError carries status, code and request id', () => {
  const e = new ApiError('Not found', { status: 404, code: 'not_found', requestId: 'req_1' });
  assert.ok(e instanceof Error);
  assert.equal(e.name, 'ApiError');
  assert.equal(e.status, 404);
  assert.equal(e.requestId, 'req_1');
  assert.deepEqual(e.errors, []);
});

test('subclasses keep their name; keys are redacted from messages', () => {
  const e = new RateLimitError('slow down sk_live_abc123', {
    status: 429,
    code: 'rate_limited',
    retryAfter: 2,
  });
  assert.ok(e instanceof ApiError);
  assert.equal(e.name, 'RateLimitError');
  assert.equal(e.retryAfter, 2);
  for (const text of [e.message, String(e), JSON.stringify(e), inspect(e)]) {
    assert.ok(!text.includes('sk_live_abc123'), text);
  }
});

test('Retry-After as seconds or an HTTP date', () => {
  assert.equal(parseRetryAfter('3'), 3);
  assert.equal(parseRetryAfter(null), undefined);
  assert.equal(parseRetryAfter('Thu, 01 Jan 1970 00:00:10 GMT', 0), 10);
  assert.equal(parseRetryAfter('soon'), undefined);
});

test('a secret key is refused in a browser page, before any request', () => {
  assert.throws(
    () => assertKeyAllowedHere('sk_test_demo', true),
    (e: unknown) =>
      e instanceof AuthenticationError &&
      e.code === 'secret_key_in_browser' &&
      !e.message.includes('sk_test_demo') &&
      !String(e).includes('sk_test_demo'),
  );
  assert.doesNotThrow(() => assertKeyAllowedHere('pk_test_demo', true));
  assert.doesNotThrow(() => assertKeyAllowedHere('sk_test_demo', false));
});

test('createClient refuses a missing or malformed key without sending anything', () => {
  let calls = 0;
  const fetch = async () => {
    calls++;
    return new Response('{}');
  };
  assert.throws(
    () => createClient({ baseUrl: 'http://127.0.0.1:1/v1', apiKey: '', fetch }),
    AuthenticationError,
  );
  assert.throws(() => createClient({ baseUrl: 'nope', apiKey: 'pk_test_demo', fetch }), ApiError);
  assert.equal(calls, 0);
});

test('an invalid own Idempotency-Key is refused before sending; the client object never shows its key', async () => {
  let calls = 0;
  const client = createClient({
    baseUrl: 'http://127.0.0.1:1/v1',
    apiKey: 'sk_test_secret_value',
    fetch: async () => {
      calls++;
      return new Response('{}');
    },
  });
  await assert.rejects(
    client.competitions.recordScore(
      'cmp_1',
      { contestantId: 'c1', score: 1 },
      { idempotencyKey: 'has space' },
    ),
    (e: unknown) => e instanceof IdempotencyError && e.code === 'invalid_idempotency_key',
  );
  assert.equal(calls, 0);
  assert.ok(!inspect(client, { depth: 20, showHidden: true }).includes('sk_test_secret_value'));
  assert.ok(!JSON.stringify(client).includes('sk_test_secret_value'));
});
