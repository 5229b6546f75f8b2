import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { enrolmentRequestSchema, fieldErrorMessages, locales, toFieldErrors } from '@skills-huaian/schemas';
import { enrolmentRequest } from './fixtures.js';

const bad = {
  courseId: '',
  applicant: {
    name: '  ',
    citizenId: '320826197808123332',
    mobile: '13912345',
    districtCode: '110101',
    targetGroups: ['nobody'],
  },
  answers: { shift: 42 },
  consent: { agreedAt: 'yesterday' },
};

describe('toFieldErrors', () => {
  const result = enrolmentRequestSchema.safeParse(bad);
  assert.equal(result.success, false);

  test('paths and stable codes', () => {
    assert.deepEqual(
      toFieldErrors(result.error!, 'en', bad).map(({ path, code }) => [path, code]),
      [
        ['courseId', 'required'],
        ['applicant.name', 'required'],
        ['applicant.citizenId', 'citizen_id_check_digit'],
        ['applicant.mobile', 'mobile_format'],
        ['applicant.districtCode', 'invalid_value'],
        ['applicant.targetGroups.0', 'invalid_value'],
        ['answers.shift', 'invalid'],
        ['consent.noticeVersion', 'required'],
        ['consent.agreedAt', 'invalid_datetime'],
      ],
    );
  });

  test('messages in zh-CN (the default) and en', () => {
    const zh = toFieldErrors(result.error!);
    const en = toFieldErrors(result.error!, 'en');
    assert.equal(zh.find((e) => e.path === 'applicant.mobile')?.message, '请输入 11 位中国大陆手机号码');
    assert.equal(
      en.find((e) => e.path === 'applicant.mobile')?.message,
      'Enter an 11-digit mainland China mobile number',
    );
    assert.notDeepEqual(
      zh.map((e) => e.message),
      en.map((e) => e.message),
    );
  });

  test('limits are filled in', () => {
    const long = { ...enrolmentRequest, applicant: { ...enrolmentRequest.applicant, name: 'x'.repeat(51) } };
    const [error] = toFieldErrors(enrolmentRequestSchema.safeParse(long).error!, 'en');
    assert.deepEqual(error, {
      path: 'applicant.name',
      code: 'too_long',
      message: 'Must be at most 50 characters',
    });
  });

  test('without the input, a missing field is reported as invalid_type', () => {
    const errors = toFieldErrors(result.error!, 'en');
    assert.equal(errors.find((e) => e.path === 'consent.noticeVersion')?.code, 'invalid_type');
  });

  test('no personal data in any message', () => {
    for (const locale of locales) {
      for (const error of toFieldErrors(result.error!, locale, bad)) {
        for (const secret of ['320826', '13912345', '197808']) assert.ok(!error.message.includes(secret));
      }
    }
    for (const issue of result.error!.issues) {
      assert.ok(!('input' in issue), 'issues do not carry the input');
      assert.ok(!issue.message.includes('320826'));
    }
  });

  test('every message exists in both locales and interpolates only limits', () => {
    for (const [code, text] of Object.entries(fieldErrorMessages)) {
      for (const locale of locales) {
        assert.ok(text[locale].length > 0, `${code} ${locale}`);
        for (const [, key] of text[locale].matchAll(/\{(\w+)\}/g))
          assert.ok(['min', 'max'].includes(key!), code);
      }
    }
  });
});
