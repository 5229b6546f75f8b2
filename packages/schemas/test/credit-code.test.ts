import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { creditCode, creditCodeProblem, isValidCreditCode, toFieldErrors } from '@skills-huaian/schemas';

// Check characters computed outside this package; the first is the example of GB 32100-2015.
const valid = [
  '91350100M000100Y43',
  '914403001922038216',
  '91110108551385082Q',
  '91320812MA1N2B3C4G',
  '12320800466000000D',
  '51320800MA1Y5K7D3J',
  '93320826MA20ABCDE2',
];

const invalid: [string, string][] = [
  ['91350100M000100Y44', 'credit_code_check_digit'],
  ['91320812MA1N2B3C4H', 'credit_code_check_digit'],
  ['91350100M000100Y4', 'credit_code_length'],
  ['91350100M000100Y433', 'credit_code_length'],
  ['91350100M000100I43', 'credit_code_characters'],
  ['91350100M000100O43', 'credit_code_characters'],
  ['91350100S000100Y43', 'credit_code_characters'],
  ['91350100V000100Y43', 'credit_code_characters'],
  ['91350100Z000100Y43', 'credit_code_characters'],
  ['91350100M000100Y4-', 'credit_code_characters'],
];

describe('isValidCreditCode', () => {
  for (const code of valid) test(`accepts ${code}`, () => assert.equal(isValidCreditCode(code), true));
  for (const [code, problem] of invalid) {
    test(`rejects ${code} as ${problem}`, () => {
      assert.equal(isValidCreditCode(code), false);
      assert.equal(creditCodeProblem(code), problem);
    });
  }
  test('lower case is accepted and normalised by the schema', () => {
    assert.equal(isValidCreditCode('91350100m000100y43'), true);
    assert.equal(creditCode.parse('91350100m000100y43'), '91350100M000100Y43');
  });
  test('the schema reports a localised message', () => {
    const result = creditCode.safeParse('91350100M000100Y44');
    assert.equal(toFieldErrors(result.error!, 'zh-CN')[0]?.code, 'credit_code_check_digit');
  });
});
