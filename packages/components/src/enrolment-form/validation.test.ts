// Field validation as the applicant types and leaves fields, the error summary with focus on
// the first error, and eligibility explained in plain words (real sandbox server).
import { expect } from '@open-wc/testing';
import {
  $,
  COURSES,
  choose,
  errorText,
  field,
  fillApplicant,
  mountForm,
  newPerson,
  pressPrimary,
  root,
  tick,
  typeInto,
  withCheckDigit,
} from '../test-support/enrolment-form.js';

describe('<skills-enrolment-form> validation', () => {
  it('explains each kind of wrong ID number next to the field', async () => {
    const el = await mountForm(COURSES.open);
    const id = field(el, 'applicant.citizenId');
    expect(id.getAttribute('autocomplete')).to.equal('off');

    const valid = newPerson().citizenId;
    const wrongCheck = valid.slice(0, 17) + (valid[17] === '1' ? '2' : '1');
    await typeInto(el, 'applicant.citizenId', wrongCheck);
    expect(errorText(el, 'applicant.citizenId')).to.contain('校验位');
    expect(id.getAttribute('aria-invalid')).to.equal('true');
    expect(id.getAttribute('aria-describedby')).to.contain('f-applicant-citizenId-error');

    await typeInto(el, 'applicant.citizenId', withCheckDigit('32081219900230123')); // 30 February
    expect(errorText(el, 'applicant.citizenId')).to.contain('出生日期无效');

    await typeInto(el, 'applicant.citizenId', '320812900101123'); // the 15-digit legacy form
    expect(errorText(el, 'applicant.citizenId')).to.contain('15 位');

    await typeInto(el, 'applicant.citizenId', '32081219900101');
    expect(errorText(el, 'applicant.citizenId')).to.contain('18 位');

    // Fixing it clears the message as the applicant types, and shows what the number encodes.
    await typeInto(el, 'applicant.citizenId', valid.toLowerCase(), false);
    expect(errorText(el, 'applicant.citizenId')).to.equal('');
    expect(id.getAttribute('aria-invalid')).to.equal('false');
    expect($(el, '[part="citizen-id-confirmation"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('validates the mobile number as it is typed, once it looks complete', async () => {
    const el = await mountForm(COURSES.open);
    await typeInto(el, 'applicant.mobile', '1380013', false);
    expect(errorText(el, 'applicant.mobile')).to.equal(''); // not yet: still typing
    await typeInto(el, 'applicant.mobile', '12800138000', false);
    expect(errorText(el, 'applicant.mobile')).to.contain('11 位');
    await typeInto(el, 'applicant.mobile', '+86 138 0013 8000', false);
    expect(errorText(el, 'applicant.mobile')).to.equal('');
    expect(field(el, 'applicant.mobile').getAttribute('autocomplete')).to.equal('tel');
    expect(field(el, 'applicant.name').getAttribute('autocomplete')).to.equal('name');
  });

  it('lists every problem in a summary, moves focus to the first and announces them', async () => {
    const el = await mountForm(COURSES.open);
    await typeInto(el, 'applicant.name', '测试申请人');
    await typeInto(el, 'applicant.citizenId', newPerson().citizenId);
    await pressPrimary(el);
    expect(el.currentStep).to.equal('applicant');
    const summary = $(el, '[part="error-summary"]')!;
    expect(summary.textContent).to.contain('请填写手机号码');
    expect(summary.textContent).to.contain('请选择所在县区'); // missing district
    expect(root(el).activeElement?.id).to.equal('f-applicant-mobile');
    await new Promise((r) => setTimeout(r, 120));
    expect(el.liveRegionText).to.contain('2');
    await expect(el).to.be.accessible();
    // The summary's links focus their field without touching the URL.
    const href = location.href;
    summary.querySelectorAll('a')[1]!.click();
    expect(root(el).activeElement?.id).to.equal('f-applicant-districtCode');
    expect(location.href).to.equal(href);
    await choose(el, 'applicant.districtCode', '320830');
    expect($(el, '[part="error-summary"]')!.textContent).to.not.contain('县区');
  });

  it('will not submit without both consents, which start unticked', async () => {
    const el = await mountForm(COURSES.open);
    await fillApplicant(el, newPerson());
    await pressPrimary(el);
    await pressPrimary(el);
    expect(el.currentStep).to.equal('consent');
    await tick(el, 'consent.purpose');
    await pressPrimary(el);
    expect(el.currentStep).to.equal('consent');
    expect(errorText(el, 'consent.citizenId')).to.contain('单独同意');
    expect(root(el).activeElement?.id).to.equal('f-consent-citizenId');
    expect($(el, '[part="receipt"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('tells an applicant outside the target groups why, in plain words, before submitting', async () => {
    const el = await mountForm(COURSES.restricted);
    await fillApplicant(el, newPerson(), { groups: ['farmer'] });
    await pressPrimary(el);
    expect(el.currentStep).to.equal('applicant');
    const box = $(el, '[part="ineligible"]')!;
    expect(box.textContent).to.contain('退役军人');
    expect(root(el).activeElement?.id).to.equal('ineligible-title');
    await expect(el).to.be.accessible();
    // Too old for the course's 18–45 age limit, even as a veteran.
    await typeInto(el, 'applicant.citizenId', newPerson({ birthYear: 1960 }).citizenId);
    await tick(el, 'applicant.targetGroups', 'veteran');
    await pressPrimary(el);
    expect($(el, '[part="ineligible"]')!.textContent).to.contain('45');
    // An eligible veteran goes on.
    await typeInto(el, 'applicant.citizenId', newPerson({ birthYear: 1995 }).citizenId);
    await pressPrimary(el);
    expect(el.currentStep).to.equal('review');
  });
});
