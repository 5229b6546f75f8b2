import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  CitizenIdError,
  citizenId,
  citizenIdCheckChar,
  citizenIdProblem,
  isValidCitizenId,
  maskCitizenId,
  parseCitizenId,
  toFieldErrors,
} from '@skills-huaian/schemas';

// Check characters below were computed outside this package (a separate Python script over the
// GB 11643 weights), so the table does not trust the implementation it tests.
const NOW = new Date('2026-06-01T00:00:00Z');

const valid: [string, string][] = [
  ['110101198001010010', 'Beijing'],
  ['310104197512310025', 'Shanghai'],
  ['440305200002290037', 'Guangdong, leap day 2000-02-29'],
  ['510107199506150040', 'Sichuan'],
  ['650102196810080054', 'Xinjiang'],
  ['32010220010911006X', 'Nanjing, check character X'],
  ['540102198811110079', 'Tibet'],
  ['810000197001010087', 'Hong Kong'],
  ['32081219900307123X', '清江浦区'],
  ['320803198505201128', '淮安区'],
  ['32080419921003241X', '淮阴区'],
  ['320813200301170529', '洪泽区'],
  ['320826197808123331', '涟水县'],
  ['320830199912250465', '盱眙县'],
  ['320831200506300158', '金湖县'],
  ['320802196604050219', '清河区 (retired)'],
  ['320811197209180348', '清浦区 (retired)'],
  ['320829198302280472', '洪泽县 (retired)'],
];

const invalid: [string, string, string][] = [
  ['320812199003071231', 'citizen_id_check_digit', 'wrong check character'],
  ['110101198001010011', 'citizen_id_check_digit', 'wrong check digit'],
  ['320812199002300010', 'citizen_id_date', '1990-02-30 does not exist'],
  ['320812199013010019', 'citizen_id_date', 'month 13'],
  ['320812190002290018', 'citizen_id_date', '1900 was not a leap year'],
  ['320812189912310016', 'citizen_id_date', 'before 1900'],
  ['320812209912310011', 'citizen_id_future_date', 'born in 2099'],
  ['990101199001010019', 'citizen_id_region', 'province 99 does not exist'],
  ['000000199001010018', 'citizen_id_region', 'province 00 does not exist'],
  ['32081219900307123', 'citizen_id_length', '17 characters'],
  ['32081219900307123XX', 'citizen_id_length', '19 characters'],
  ['', 'citizen_id_length', 'empty'],
  ['32081219900307123A', 'citizen_id_characters', 'letter other than X'],
  ['3208121990030712X3', 'citizen_id_characters', 'X not last'],
  ['32081219900307１23X', 'citizen_id_characters', 'full-width digit'],
  ['320812900307123', 'citizen_id_legacy', '15-digit legacy number'],
];

describe('isValidCitizenId', () => {
  for (const [id, label] of valid) {
    test(`accepts ${label}`, () => assert.equal(isValidCitizenId(id, NOW), true));
  }
  for (const [id, code, label] of invalid) {
    test(`rejects ${label} as ${code}`, () => {
      assert.equal(isValidCitizenId(id, NOW), false);
      assert.equal(citizenIdProblem(id, NOW), code);
    });
  }
  test('a lower-case x is accepted as X, spaces are ignored', () => {
    assert.equal(isValidCitizenId('32010220010911006x', NOW), true);
    assert.equal(isValidCitizenId(' 320102 20010911 006X ', NOW), true);
  });
  test('a birth date later than today is rejected with the real clock', () => {
    assert.equal(citizenIdProblem('320812209912310011'), 'citizen_id_future_date');
  });
  test('works as an array callback (the index is not taken for a date)', () => {
    assert.deepEqual(
      ['110101198001010010', '110101198001010011'].filter(isValidCitizenId as (value: string) => boolean),
      ['110101198001010010'],
    );
  });
  test('non-strings are simply invalid', () => {
    assert.equal(isValidCitizenId(12345 as unknown as string), false);
  });
  test('the MOD 11-2 check character matches the worked example', () => {
    // 11010519491231002: weighted sum 167, 167 mod 11 = 2 → X.
    assert.equal(citizenIdCheckChar('11010519491231002'), 'X');
  });
});

describe('parseCitizenId', () => {
  test('gives birth date, sex and region', () => {
    assert.deepEqual(parseCitizenId('32081219900307123x'), {
      id: '32081219900307123X',
      birthDate: '1990-03-07',
      sex: 'male',
      regionCode: '320812',
      districtCode: '320812',
    });
    assert.equal(parseCitizenId('320803198505201128').sex, 'female');
  });
  test('maps retired Huai’an codes to today’s division', () => {
    assert.equal(parseCitizenId('320802196604050219').districtCode, '320812');
    assert.equal(parseCitizenId('320811197209180348').districtCode, '320812');
    assert.equal(parseCitizenId('320829198302280472').districtCode, '320813');
    assert.equal(parseCitizenId('110101198001010010').districtCode, null);
  });
  test('throws a CitizenIdError with a code and without the number', () => {
    assert.throws(
      () => parseCitizenId('320812199003071231'),
      (error: unknown) =>
        error instanceof CitizenIdError &&
        error.code === 'citizen_id_check_digit' &&
        !error.message.includes('320812'),
    );
  });
});

describe('maskCitizenId', () => {
  test('keeps the region and the last two characters', () => {
    assert.equal(maskCitizenId('32081219900307123x'), '320812**********3X');
  });
  test('masks anything else completely', () => {
    assert.equal(maskCitizenId('320812900307123'), '***************');
  });
  test('never echoes a value that is not shaped like an ID number', () => {
    for (const value of [
      'ABCDEFGHIJKLMNOPQR',
      '32081219900307123Y',
      '3208121990030712XX',
      '320812-19900307-123',
      '１２３４５６７８９０１２３４５６７８',
      `${'9'.repeat(17)}Z`,
    ]) {
      const masked = maskCitizenId(value);
      assert.match(masked, /^\*+$/, value);
      assert.ok(masked.length <= 18);
    }
    assert.equal(maskCitizenId('x'.repeat(1000)), '*'.repeat(18));
  });
});

describe('citizenId schema', () => {
  test('normalises the value', () => {
    assert.equal(citizenId.parse(' 32081219900307123x '), '32081219900307123X');
  });
  test('the 15-digit legacy form gets its own message', () => {
    const result = citizenId.safeParse('320812900307123');
    assert.equal(result.success, false);
    const [error] = toFieldErrors(result.error!, 'en');
    assert.equal(error?.code, 'citizen_id_legacy');
    assert.match(error!.message, /18-digit/);
    assert.match(toFieldErrors(result.error!, 'zh-CN')[0]!.message, /18 位/);
  });
  for (const [id, code] of invalid) {
    test(`reports ${code} without the number in any message`, () => {
      const result = citizenId.safeParse(id);
      assert.equal(result.success, false);
      const errors = [...toFieldErrors(result.error!, 'en'), ...toFieldErrors(result.error!, 'zh-CN')];
      for (const error of errors) {
        assert.equal(error.code, code);
        if (id.length > 3) assert.ok(!error.message.includes(id.slice(0, 6)), error.message);
      }
      assert.ok(!result.error!.message.includes(id) || id === '');
    });
  }
});
