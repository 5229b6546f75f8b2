// Unit tests of the form's plain logic (no server needed).
import { expect } from '@open-wc/testing';
import { citizenIdCheckChar } from '@skills-huaian/schemas';
import { checkCitizenId } from './citizen-id-field.js';
import { ageOn, checkEligibility } from './eligibility.js';
import { applyPrefill, emptyDraft, toggleCode } from './form-state.js';
import { maskName, receiptMobile } from './masking.js';
import { nextStep, previousStep, stepsFor } from './steps.js';
import { SubmissionGuard } from './submission-guard.js';
import { describeFailure } from './submit-failure.js';
import { validateMobile } from './validation.js';

const withCheck = (first17: string) => first17 + citizenIdCheckChar(first17);

describe('enrolment form logic', () => {
  it('orders the steps by what the course needs', () => {
    expect(stepsFor({ hasQuestions: false, isOrderClass: false })).to.deep.equal([
      'applicant',
      'review',
      'consent',
    ]);
    const all = stepsFor({ hasQuestions: true, isOrderClass: true });
    expect(all).to.deep.equal(['applicant', 'questions', 'position', 'review', 'consent']);
    expect(nextStep(all, 'questions')).to.equal('position');
    expect(previousStep(all, 'applicant')).to.equal('applicant');
  });

  it('classifies citizen ID numbers with the schemas’ rules', () => {
    const valid = withCheck('32081219900101123');
    expect(checkCitizenId(valid)).to.deep.equal({ ok: true, birthDate: '1990-01-01', sex: 'male' });
    expect(checkCitizenId(withCheck('32081219900101124'))).to.include({ ok: true, sex: 'female' });
    expect(checkCitizenId(valid.toLowerCase().replace('x', 'x'))).to.include({ ok: true });
    expect(checkCitizenId('')).to.deep.equal({ ok: false, key: 'citizenIdRequired' });
    expect(checkCitizenId('320812900101123')).to.deep.equal({ ok: false, key: 'citizenIdLegacy' });
    expect(checkCitizenId('3208121990')).to.deep.equal({ ok: false, key: 'citizenIdFormat' });
    expect(checkCitizenId(withCheck('32081219900230123'))).to.deep.equal({ ok: false, key: 'citizenIdDate' });
    const wrong = valid.slice(0, 17) + (valid[17] === '1' ? '2' : '1');
    expect(checkCitizenId(wrong)).to.deep.equal({ ok: false, key: 'citizenIdCheck' });
  });

  it('validates mainland mobile numbers, accepting +86 and spaces', () => {
    expect(validateMobile('138 0013 8000')).to.equal(null);
    expect(validateMobile('+8613800138000')).to.equal(null);
    expect(validateMobile('')?.key).to.equal('mobileRequired');
    expect(validateMobile('12800138000')?.key).to.equal('mobileInvalid');
  });

  it('checks target groups and age against the course', () => {
    expect(ageOn('1990-06-15', '2026-06-14')).to.equal(35);
    expect(ageOn('1990-06-15', '2026-06-15')).to.equal(36);
    const rules = { targetGroups: ['veteran'], minAge: 18, maxAge: 45 };
    expect(
      checkEligibility(rules, { targetGroups: ['veteran'], birthDate: '1990-01-01' }, '2026-01-01').ok,
    ).to.equal(true);
    expect(checkEligibility(rules, { targetGroups: ['farmer'] }, '2026-01-01')).to.include({
      reason: 'target_group',
    });
    expect(
      checkEligibility(rules, { targetGroups: ['veteran'], birthDate: '1970-01-01' }, '2026-01-01'),
    ).to.include({
      reason: 'too_old',
      age: 56,
    });
    expect(
      checkEligibility({ minAge: 16 }, { targetGroups: [], birthDate: '2012-01-01' }, '2026-01-01'),
    ).to.include({
      reason: 'too_young',
    });
    expect(checkEligibility({ targetGroups: [] }, { targetGroups: [] }).ok).to.equal(true);
  });

  it('prefills only what the applicant has not typed', () => {
    const draft = emptyDraft();
    draft.applicant.name = '王小明';
    const filled = applyPrefill(draft, {
      name: '别的名字',
      mobile: '13800138000',
      targetGroups: ['returnee'],
    });
    expect(filled.applicant.name).to.equal('王小明');
    expect(filled.applicant.mobile).to.equal('13800138000');
    expect(filled.applicant.citizenId).to.equal('');
    const odd = applyPrefill(emptyDraft(), {
      districtCode: '110101',
      education: 'phd',
      targetGroups: ['x', 'veteran'],
    });
    expect(odd.applicant).to.include({ districtCode: '', education: '' });
    expect(odd.applicant.targetGroups).to.deep.equal(['veteran']);
    expect(toggleCode(['a', 'b'], 'a', false)).to.deep.equal(['b']);
  });

  it('keeps one idempotency key per body and never runs two sends at once', async () => {
    const guard = new SubmissionGuard();
    const body = { a: 1 };
    const keys: string[] = [];
    let release!: () => void;
    const first = guard.run(body, (k) => {
      keys.push(k);
      return new Promise<string>((r) => {
        release = () => r('done');
      });
    });
    const second = await guard.run(body, async (k) => {
      keys.push(k);
      return 'again';
    });
    expect(second).to.deep.equal({ started: false });
    release();
    expect(await first).to.deep.equal({ started: true, value: 'done' });
    await guard.run(body, async (k) => keys.push(k));
    expect(keys).to.have.length(2);
    expect(keys[0]).to.equal(keys[1]);
    expect(guard.keyFor({ a: 2 })).to.not.equal(keys[0]);
  });

  it('explains failures in plain words and says when a retry helps', () => {
    expect(describeFailure({ name: 'NetworkError', code: 'network_error' })).to.include({
      key: 'errNetwork',
      retryable: true,
    });
    expect(describeFailure({ name: 'ConflictError', status: 409, code: 'duplicate_enrolment' })).to.include({
      key: 'errAlreadyEnrolled',
      retryable: false,
    });
    expect(describeFailure({ status: 409, code: 'subsidised_overlap' })).to.include({
      key: 'errOverlap',
    });
    for (const code of ['not_eligible_target_group', 'not_eligible_age']) {
      expect(describeFailure({ status: 422, code, message: 'x' })).to.include({ key: 'errNotEligible' });
    }
    const v = describeFailure({
      status: 400,
      code: 'validation_failed',
      errors: [{ path: 'applicant.mobile', code: 'invalid', message: 'bad' }],
    });
    expect(v.fieldErrors).to.deep.equal([{ path: 'applicant.mobile', text: 'bad' }]);
  });

  it('masks what the receipt shows', () => {
    expect(maskName('王小明')).to.equal('王*明');
    expect(maskName('王明')).to.equal('王*');
    expect(maskName('欧阳小明')).to.equal('欧**明');
    expect(receiptMobile('138****8000')).to.equal('138****8000');
    expect(receiptMobile('13800138000')).to.equal('138****8000');
  });
});
