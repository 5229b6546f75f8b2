// <skills-enrolment-form> against the real sandbox server: the whole path to the receipt, the
// order-class recruitment flow, waitlisting, both locales, privacy and axe on every step.
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import {
  $,
  browserStorageDump,
  COURSES,
  choose,
  fillApplicant,
  getCourse,
  mountForm,
  newPerson,
  nextEvent,
  pressPrimary,
  root,
  tick,
  tickConsents,
  typeInto,
  until,
} from '../test-support/enrolment-form.js';
import type { EnrolmentSubmittedDetail } from './enrolment-form.js';

describe('<skills-enrolment-form>', () => {
  it('leads through every step to a receipt with masked values only (axe on each step)', async () => {
    const person = newPerson();
    const el = await mountForm(COURSES.open);
    expect($(el, 'h2')!.textContent).to.contain('电子商务师');
    expect($(el, '[aria-current="step"]')!.textContent).to.contain('个人信息');
    await expect(el).to.be.accessible();

    await fillApplicant(el, person, { district: '320804' });
    // The ID number's birth date and sex are shown for confirmation.
    const confirm = $(el, '[part="citizen-id-confirmation"]')!.textContent!;
    expect(confirm).to.contain(person.sex === 'male' ? '男' : '女');
    expect(confirm).to.contain(person.birthDate.slice(0, 4));
    await choose(el, 'applicant.education', 'senior-secondary');
    await pressPrimary(el);
    expect(el.currentStep).to.equal('review');
    expect(root(el).activeElement?.id).to.equal('step-heading');
    const review = $(el, '[part="step"]')!.textContent!;
    expect(review).to.contain(person.name);
    expect(review).to.contain('淮阴区');
    expect(review).to.contain('高中');
    expect(review).to.not.contain(person.citizenId); // masked on screen
    await expect(el).to.be.accessible();

    await pressPrimary(el);
    expect(el.currentStep).to.equal('consent');
    const link = $(el, 'a[href="/privacy-notice"]') as HTMLAnchorElement;
    expect(link).to.exist;
    const boxes = root(el).querySelectorAll<HTMLInputElement>('input[type="checkbox"]');
    expect(boxes).to.have.length(2);
    expect([...boxes].every((b) => !b.checked)).to.equal(true);
    await expect(el).to.be.accessible();

    await tickConsents(el);
    const submitted = nextEvent<EnrolmentSubmittedDetail>(el, 'skills-enrolment-submitted');
    await pressPrimary(el);
    const { enrolment } = (await submitted).detail;
    expect(enrolment.status).to.equal('submitted');
    expect(enrolment.applicant.citizenId).to.not.equal(person.citizenId);
    expect(enrolment.applicant.citizenId).to.contain('*');
    await until(() => $(el, '[part="receipt"]'), 5000, 'the receipt');
    const receipt = $(el, '[part="receipt"]')!.textContent!;
    expect(receipt).to.contain(enrolment.reference);
    expect(receipt).to.contain('已提交');
    expect(receipt).to.not.contain(person.citizenId);
    expect(receipt).to.not.contain(person.mobile);
    expect(receipt).to.contain(person.mobile.slice(-4));
    expect(receipt).to.contain('测***人'); // the name too: receipts are shown on shared screens
    expect(root(el).activeElement?.id).to.equal('receipt-title');
    await expect(el).to.be.accessible();
  });

  it('asks the course’s own questions when it has some, and going back keeps the input', async () => {
    // Find a generated course with a question, open to everyone and with seats left.
    const res = await fetch(
      `${(await import('../test-support/enrolment-form.js')).apiBase}/courses?limit=100&subsidised=false`,
      {
        headers: { authorization: 'Bearer pk_test_demo' },
      },
    );
    const list = (await res.json()) as {
      data: {
        id: string;
        questions?: unknown[];
        targetGroups: string[];
        seatsLeft: number;
        orderClass?: unknown;
      }[];
    };
    const course = list.data.find(
      (c) => c.questions?.length && !c.targetGroups.length && c.seatsLeft > 0 && !c.orderClass,
    );
    if (!course) throw new Error('the demo data has no open course with questions among the first 100');
    const person = newPerson();
    const el = await mountForm(course.id);
    await fillApplicant(el, person);
    await pressPrimary(el);
    expect(el.currentStep).to.equal('questions');
    await expect(el).to.be.accessible();
    await tick(el, 'answers.experience', 'under-1y');
    // Back to the first step and forward again: nothing typed is lost.
    root(el).querySelector<HTMLButtonElement>('.actions > button.secondary')!.click();
    await el.updateComplete;
    expect(el.currentStep).to.equal('applicant');
    expect((root(el).querySelector('#f-applicant-citizenId') as HTMLInputElement).value).to.equal(
      person.citizenId,
    );
    await pressPrimary(el);
    expect((root(el).querySelector('input[value="under-1y"]') as HTMLInputElement).checked).to.equal(true);
    await pressPrimary(el);
    expect($(el, '[part="step"]')!.textContent).to.contain('1 年以下');
    await pressPrimary(el);
    await tickConsents(el);
    const submitted = nextEvent<EnrolmentSubmittedDetail>(el, 'skills-enrolment-submitted');
    await pressPrimary(el);
    expect((await submitted).detail.enrolment.reference).to.be.a('string');
  });

  it('becomes the enterprise’s recruitment form for an order class', async () => {
    const course = (await getCourse(COURSES.orderClass)) as {
      orderClass: { enterprise: { name: { 'zh-CN': string } }; positions: { id: string }[] };
    };
    const person = newPerson();
    const el = await mountForm(COURSES.orderClass);
    expect($(el, 'h2')!.textContent).to.contain(course.orderClass.enterprise.name['zh-CN']);
    await fillApplicant(el, person);
    await pressPrimary(el);
    expect(el.currentStep).to.equal('position');
    const step = $(el, '[part="step"]')!.textContent!;
    expect(step).to.contain('数据标注员');
    expect(step).to.contain('招 30 人');
    expect(step).to.contain('就业承诺');
    await expect(el).to.be.accessible();
    // Both the position and the enterprise's own question are required.
    await pressPrimary(el);
    expect(el.currentStep).to.equal('position');
    expect($(el, '[part="error-summary"]')!.textContent).to.contain('请选择应聘岗位');
    await expect(el).to.be.accessible();
    await tick(el, 'positionId', 'pos_yunfan_qa');
    await tick(el, 'answers.shift-work', 'yes');
    await pressPrimary(el);
    expect(el.currentStep).to.equal('review');
    expect($(el, '[part="step"]')!.textContent).to.contain('标注质检员');
    await pressPrimary(el);
    await tickConsents(el);
    const submitted = nextEvent<EnrolmentSubmittedDetail>(el, 'skills-enrolment-submitted');
    await pressPrimary(el);
    const { enrolment } = (await submitted).detail;
    expect(enrolment.courseId).to.equal(COURSES.orderClass);
    expect($(el, '[part="receipt"]')!.textContent).to.contain(enrolment.reference);
  });

  it('says so when a full course puts the applicant on the waiting list', async () => {
    const el = await mountForm(COURSES.full);
    await fillApplicant(el, newPerson());
    await pressPrimary(el);
    await pressPrimary(el);
    await tickConsents(el);
    const submitted = nextEvent<EnrolmentSubmittedDetail>(el, 'skills-enrolment-submitted');
    await pressPrimary(el);
    expect((await submitted).detail.enrolment.status).to.equal('waitlisted');
    await until(() => $(el, '[part="receipt"]'));
    expect($(el, '#receipt-title')!.textContent).to.contain('候补');
    expect($(el, '[part="receipt"]')!.textContent).to.contain('有空位');
  });

  it('speaks English too, and switches locale in place without losing input', async () => {
    const person = newPerson();
    const el = await mountForm(COURSES.open, { locale: 'en' });
    expect($(el, 'h2')!.textContent).to.contain('Apply: E-commerce specialist');
    expect($(el, 'label[for="f-applicant-citizenId"]')!.textContent).to.contain('Citizen ID number');
    await typeInto(el, 'applicant.citizenId', '320812900101123');
    expect($(el, '#f-applicant-citizenId-error')!.textContent).to.contain('old 15-digit number');
    await typeInto(el, 'applicant.citizenId', person.citizenId);
    // The whole word: "male" is inside "female", so a plain `contain` would pass either way.
    const confirmation = $(el, '[part="citizen-id-confirmation"]')!.textContent!;
    const other = person.sex === 'male' ? 'female' : 'male';
    expect(confirmation).to.match(new RegExp(`\\b${person.sex}\\b`));
    expect(confirmation).to.not.match(new RegExp(`\\b${other}\\b`));
    await typeInto(el, 'applicant.mobile', '123');
    el.locale = 'zh-CN';
    await el.updateComplete;
    expect($(el, '#f-applicant-mobile-error')!.textContent).to.contain('11 位');
    expect((root(el).querySelector('#f-applicant-citizenId') as HTMLInputElement).value).to.equal(
      person.citizenId,
    );
    el.locale = 'en';
    await el.updateComplete;
    await fillApplicant(el, person);
    await pressPrimary(el);
    await pressPrimary(el);
    expect($(el, '[part="step"]')!.textContent).to.contain('How your personal information is used');
    await expect(el).to.be.accessible();
    await tickConsents(el);
    const submitted = nextEvent<EnrolmentSubmittedDetail>(el, 'skills-enrolment-submitted');
    await pressPrimary(el);
    await submitted;
    await until(() => $(el, '[part="receipt"]'));
    expect($(el, '#receipt-title')!.textContent).to.contain('Application submitted');
  });

  it('keeps nothing personal in storage, cookies, the URL or attributes, and passes prefill and tracking through', async () => {
    localStorage.clear();
    sessionStorage.clear();
    const urlBefore = location.href;
    const person = newPerson();
    let sentBody: Record<string, unknown> | null = null;
    const el = await mountForm(COURSES.open, {
      setup: (form) => {
        form.prefill = {
          name: person.name,
          mobile: person.mobile,
          districtCode: '320826',
          targetGroups: ['returnee'],
        };
        form.tracking = { source: 'district-portal', campaign: 'spring-2027' };
      },
    });
    // A spy on the real request (not a fake): records what the form sends, then sends it.
    const { createClient } = await import('@skills-huaian/sdk');
    const { apiBase, PK } = await import('../test-support/enrolment-form.js');
    el.client = createClient({
      baseUrl: apiBase,
      apiKey: PK,
      fetch: async (input: Request | string | URL, init?: RequestInit) => {
        const req = new Request(input, init);
        if (req.method === 'POST') sentBody = await req.clone().json();
        return fetch(req);
      },
    }) as never;
    await el.updateComplete;
    expect((root(el).querySelector('#f-applicant-mobile') as HTMLInputElement).value).to.equal(person.mobile);
    expect((root(el).querySelector('#f-applicant-districtCode') as HTMLSelectElement).value).to.equal(
      '320826',
    );
    await typeInto(el, 'applicant.citizenId', person.citizenId);
    await pressPrimary(el);
    await pressPrimary(el);
    await tickConsents(el);
    const submitted = nextEvent<EnrolmentSubmittedDetail>(el, 'skills-enrolment-submitted');
    await pressPrimary(el);
    await submitted;
    expect(sentBody).to.deep.include({ tracking: { source: 'district-portal', campaign: 'spring-2027' } });
    const sent = sentBody as unknown as {
      applicant: { targetGroups: string[] };
      consent: { noticeVersion: string };
    };
    expect(sent.applicant.targetGroups).to.deep.equal(['returnee']);
    expect(sent.consent.noticeVersion).to.be.a('string').and.not.empty;

    const kept = browserStorageDump();
    for (const secret of [person.citizenId, person.mobile, person.name]) expect(kept).to.not.contain(secret);
    expect(location.href).to.equal(urlBefore);
    const attributes = [el, ...root(el).querySelectorAll('*')]
      .flatMap((node) => [...node.attributes].map((a) => a.value))
      .join('\n');
    expect(attributes).to.not.contain(person.citizenId);
    expect(attributes).to.not.contain(person.mobile);
  });

  for (const locale of ['zh-CN', 'en']) {
    it(`fits a 360 px screen with text at 200 % on every step (${locale}); the page never scrolls sideways`, async () => {
      // The browser's text size at 200 %: rem and em both double.
      await setViewport({ width: 360, height: 740 });
      document.documentElement.style.fontSize = '200%';
      try {
        const el = await mountForm(COURSES.orderClass, { locale });
        const overflowing = () => {
          const right = el.getBoundingClientRect().right + 1;
          const inside = [...root(el).querySelectorAll<HTMLElement>('*')]
            .filter(
              (n) => n.getBoundingClientRect().right > right && !n.classList.contains('visually-hidden'),
            )
            .map((n) => `${n.tagName.toLowerCase()}#${n.id}.${n.className}`);
          // Hidden text included: an absolutely positioned label can still widen the page.
          const page = document.documentElement.scrollWidth;
          return page > innerWidth ? [...inside, `the page is ${page} px wide`] : inside;
        };
        await el.updateComplete;
        expect(overflowing(), 'applicant step').to.deep.equal([]);
        await fillApplicant(el, newPerson());
        await pressPrimary(el);
        expect(overflowing(), 'position step').to.deep.equal([]);
        await tick(el, 'positionId', 'pos_yunfan_annotator');
        await tick(el, 'answers.shift-work', 'no');
        await pressPrimary(el);
        expect(overflowing(), 'review step').to.deep.equal([]);
        await pressPrimary(el);
        expect(overflowing(), 'consent step').to.deep.equal([]);
      } finally {
        document.documentElement.style.fontSize = '';
        await setViewport({ width: 800, height: 600 });
      }
    });
  }

  it('is accessible in the dark theme with errors showing', async () => {
    const el = await mountForm(COURSES.open, { setup: (form) => form.setAttribute('theme', 'dark') });
    await pressPrimary(el);
    expect($(el, '[part="error-summary"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('loads another course when course-id changes, keeping who the applicant is', async () => {
    const person = newPerson();
    const el = await mountForm(COURSES.open);
    await fillApplicant(el, person);
    await pressPrimary(el);
    expect(el.currentStep).to.equal('review');
    el.setAttribute('course-id', COURSES.orderClass);
    await until(() => $(el, 'h2')?.textContent?.includes('订单班'), 10000, 'the order class');
    expect(el.currentStep).to.equal('applicant');
    expect((root(el).querySelector('#f-applicant-citizenId') as HTMLInputElement).value).to.equal(
      person.citizenId,
    );
  });
});
