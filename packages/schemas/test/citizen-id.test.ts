import assert from 'node:assert/strict';
import { test } from 'node:test';
import { citizenIdCheckChar, isValidCitizenId } from '@skills-huaian/schemas';

test('the MOD 11-2 check character is computed from the 17 digits', () => {
  // Worked by hand from the GB 11643 weights: 11010519491231002 → sum 167, 167 % 11 = 2 → 'X'.
  assert.equal(citizenIdCheckChar('11010519491231002'), 'X');
  assert.equal(isValidCitizenId('11010519491231002X'), true);
  assert.equal(isValidCitizenId('11010519491231002x'), true);
  assert.equal(isValidCitizenId('110105194912310021'), false);
});
