import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isValidMobile, maskMobile, mobile, toFieldErrors } from '@skills-huaian/schemas';

describe('mobile', () => {
  test('normalises +86, 0086, spaces and hyphens to 11 digits', () => {
    for (const input of ['13800138000', '+86 138 0013 8000', '0086-138-0013-8000', '+8613800138000']) {
      assert.equal(mobile.parse(input), '13800138000');
    }
  });
  test('rejects numbers that are not mainland mobiles', () => {
    for (const input of ['12800138000', '1380013800', '138001380001', '025-12345678', 'abc']) {
      assert.equal(isValidMobile(input), false, input);
      const result = mobile.safeParse(input);
      assert.equal(result.success, false);
      const [error] = toFieldErrors(result.error!, 'en');
      assert.equal(error?.code, 'mobile_format');
      assert.ok(!error.message.includes(input));
    }
  });
  test('masks the middle four digits', () => {
    assert.equal(maskMobile('+86 138 0013 8000'), '138****8000');
    assert.equal(maskMobile('12345'), '*****');
  });
  test('never echoes a value that is not a mobile number', () => {
    for (const value of ['12812345678', '1381234567X', 'ABCDEFGHIJK', '+1 415 555 0100', '010-12345678']) {
      const masked = maskMobile(value);
      assert.match(masked, /^\*+$/, value);
      assert.ok(masked.length <= 11);
    }
    assert.equal(maskMobile('1'.repeat(500)), '*'.repeat(11));
  });
});
