import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  citizenId,
  isValidCitizenId,
  isValidCreditCode,
  parseCitizenId,
  provinceCodes,
} from '@skills-huaian/schemas';
import fc from 'fast-check';

// An independent implementation of both check characters, so the properties do not trust the code
// under test to build their inputs.
const idCheck = (first17: string) =>
  '10X98765432'[[...first17].reduce((sum, d, i) => sum + Number(d) * (2 ** (17 - i) % 11), 0) % 11]!;
const CREDIT = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const creditCheck = (first17: string) =>
  CREDIT[(31 - ([...first17].reduce((sum, c, i) => sum + CREDIT.indexOf(c) * (3 ** i % 31), 0) % 31)) % 31]!;

const pad = (n: number, width: number) => String(n).padStart(width, '0');

const validCitizenId = fc
  .record({
    province: fc.constantFrom(...provinceCodes),
    rest: fc.integer({ min: 0, max: 9999 }),
    birth: fc.date({
      min: new Date('1900-01-01T00:00:00Z'),
      max: new Date('2025-12-31T00:00:00Z'),
      noInvalidDate: true,
    }),
    sequence: fc.integer({ min: 0, max: 999 }),
  })
  .map(({ province, rest, birth, sequence }) => {
    const date = birth.toISOString().slice(0, 10).replaceAll('-', '');
    const first17 = `${province}${pad(rest, 4)}${date}${pad(sequence, 3)}`;
    return first17 + idCheck(first17);
  });

const validCreditCode = fc
  .array(fc.constantFrom(...CREDIT), { minLength: 17, maxLength: 17 })
  .map((chars) => chars.join(''))
  .map((first17) => first17 + creditCheck(first17));

/** The value with one position replaced by a different character. */
function withOneChange(value: fc.Arbitrary<string>, alphabet: string) {
  return value.chain((v) =>
    fc
      .record({ at: fc.integer({ min: 0, max: v.length - 1 }), char: fc.constantFrom(...alphabet) })
      .filter(({ at, char }) => v[at]!.toUpperCase() !== char.toUpperCase())
      .map(({ at, char }) => v.slice(0, at) + char + v.slice(at + 1)),
  );
}

test('generated valid ID numbers pass, and parse back to their birth date', () => {
  fc.assert(
    fc.property(validCitizenId, (id) => {
      assert.equal(isValidCitizenId(id), true);
      assert.equal(citizenId.safeParse(id).success, true);
      assert.equal(parseCitizenId(id).birthDate.replaceAll('-', ''), id.slice(6, 14));
    }),
    { numRuns: 500 },
  );
});

test('any single-character change to a valid ID number fails', () => {
  fc.assert(
    fc.property(withOneChange(validCitizenId, '0123456789XA '), (id) => {
      assert.equal(isValidCitizenId(id), false);
    }),
    { numRuns: 1000 },
  );
});

test('generated valid credit codes pass', () => {
  fc.assert(
    fc.property(validCreditCode, (code) => assert.equal(isValidCreditCode(code), true)),
    { numRuns: 500 },
  );
});

test('any single-character change to a valid credit code fails', () => {
  fc.assert(
    fc.property(withOneChange(validCreditCode, `${CREDIT}IOSVZ-`), (code) => {
      assert.equal(isValidCreditCode(code), false);
    }),
    { numRuns: 1000 },
  );
});
