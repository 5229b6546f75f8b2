import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ApiError } from '@skills-huaian/sdk';

test('ApiError carries status, code and request id', () => {
  const e = new ApiError('Not found', { status: 404, code: 'not_found', requestId: 'req_1' });
  assert.ok(e instanceof Error);
  assert.equal(e.name, 'ApiError');
  assert.equal(e.status, 404);
  assert.equal(e.requestId, 'req_1');
});
