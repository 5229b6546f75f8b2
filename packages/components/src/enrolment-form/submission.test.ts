// Submitting: one idempotency key per submission, exactly one enrolment whatever the network
// or the applicant's clicking does, and server refusals in plain words (real sandbox server).
import { expect, fixture, html } from '@open-wc/testing';
import { maskCitizenId, maskMobile } from '@skills-huaian/schemas';
import { createClient } from '@skills-huaian/sdk';
import {
  $,
  apiBase,
  COURSES,
  fillApplicant,
  mountForm,
  newPerson,
  nextEvent,
  type Person,
  PK,
  pressPrimary,
  root,
  tickConsents,
  until,
} from '../test-support/enrolment-form.js';
import { serverFetch } from '../test-support/server-fetch.js';
import type {
  EnrolmentErrorDetail,
  EnrolmentSubmittedDetail,
  SkillsEnrolmentForm,
} from './enrolment-form.js';

/** Fills every step of an ordinary course up to the consent step, ticked. */
async function readyToSubmit(el: SkillsEnrolmentForm, person: Person): Promise<void> {
  await fillApplicant(el, person);
  await pressPrimary(el);
  await pressPrimary(el);
  await tickConsents(el);
}

/**
 * A FAKE network fault, only to reproduce one: the first enrolment POST really reaches the
 * sandbox server (which creates the enrolment) but its answer is thrown away, as when a phone
 * loses signal after sending. Everything else passes through to the real server.
 */
function lossyFetch(log: { keys: string[] }) {
  let dropped = false;
  return async (input: Request | string | URL, init?: RequestInit): Promise<Response> => {
    const req = new Request(input, init);
    if (req.method !== 'POST') return fetch(req);
    log.keys.push(req.headers.get('idempotency-key') ?? '');
    const res = await fetch(req);
    if (!dropped) {
      dropped = true;
      await res.arrayBuffer();
      throw new TypeError('Failed to fetch');
    }
    return res;
  };
}

/** A second, fresh submission for the same person: the server must say they are already enrolled. */
async function expectAlreadyEnrolled(courseId: string, person: Person): Promise<void> {
  const el = await mountForm(courseId);
  await readyToSubmit(el, person);
  const failed = nextEvent<EnrolmentErrorDetail>(el, 'skills-enrolment-error');
  await pressPrimary(el);
  expect((await failed).detail.code).to.match(/already|duplicate/);
  expect($(el, '[part="failure"]')!.textContent).to.contain('已经报名');
}

/**
 * Counts this person's enrolments on a course as the city bureau sees them (secret key, asked
 * from Node by the test runner). Responses are masked, so a person is matched by the masked ID
 * number and mobile together, which the test's unique numbers keep apart.
 */
async function enrolmentsOf(courseId: string, person: Person): Promise<number> {
  const id = maskCitizenId(person.citizenId);
  const mobile = maskMobile(person.mobile);
  let count = 0;
  let cursor: string | null = null;
  do {
    const query: string = `/enrolments?courseId=${courseId}&limit=100${cursor ? `&cursor=${cursor}` : ''}`;
    const res = await serverFetch<{
      data: { applicant: { citizenId: string; mobile: string } }[];
      nextCursor: string | null;
    }>(query);
    expect(res.status).to.equal(200);
    count += res.body.data.filter(
      (e) => e.applicant.citizenId === id && e.applicant.mobile === mobile,
    ).length;
    cursor = res.body.nextCursor;
  } while (cursor);
  return count;
}

describe('<skills-enrolment-form> submitting', () => {
  it('survives a lost answer: the SDK retries with the same key and exactly one enrolment exists', async () => {
    const person = newPerson();
    const log = { keys: [] as string[] };
    const el = await mountForm(COURSES.open, {
      setup: (form) => {
        form.client = createClient({ baseUrl: apiBase, apiKey: PK, fetch: lossyFetch(log) }) as never;
      },
    });
    await readyToSubmit(el, person);
    const submitted = nextEvent<EnrolmentSubmittedDetail>(el, 'skills-enrolment-submitted');
    await pressPrimary(el);
    const { enrolment } = (await submitted).detail;
    expect(log.keys.length).to.be.greaterThan(1);
    expect(new Set(log.keys).size).to.equal(1);
    expect(enrolment.status).to.equal('submitted');
    expect(await enrolmentsOf(COURSES.open, person)).to.equal(1);
    await expectAlreadyEnrolled(COURSES.open, person);
  });

  it('keeps the typed data after a network failure and retries with the same key', async () => {
    const person = newPerson();
    const log = { keys: [] as string[] };
    const el = await mountForm(COURSES.open, {
      setup: (form) => {
        // No automatic retries, so the failure reaches the applicant.
        form.client = createClient({
          baseUrl: apiBase,
          apiKey: PK,
          fetch: lossyFetch(log),
          maxRetries: 0,
        }) as never;
      },
    });
    await readyToSubmit(el, person);
    const failed = nextEvent<EnrolmentErrorDetail>(el, 'skills-enrolment-error');
    await pressPrimary(el);
    const { detail } = await failed;
    expect(detail.code).to.match(/network/);
    expect(detail.message).to.not.contain(person.citizenId);
    await until(() => $(el, '#retry'));
    expect($(el, '[part="failure"]')!.textContent).to.contain('网络');
    expect(root(el).activeElement?.id).to.equal('failure-title');
    expect(el.currentStep).to.equal('consent');
    await expect(el).to.be.accessible();

    const submitted = nextEvent<EnrolmentSubmittedDetail>(el, 'skills-enrolment-submitted');
    $(el, '#retry')!.click();
    const { enrolment } = (await submitted).detail;
    expect(log.keys).to.have.length(2);
    expect(log.keys[0]).to.equal(log.keys[1]);
    expect(enrolment.status).to.equal('submitted');
    expect(await enrolmentsOf(COURSES.open, person)).to.equal(1);
    await expectAlreadyEnrolled(COURSES.open, person);
  });

  it('sends once however often submit is pressed', async () => {
    const person = newPerson();
    let posts = 0;
    const el = await mountForm(COURSES.open, {
      setup: (form) => {
        form.client = createClient({
          baseUrl: apiBase,
          apiKey: PK,
          fetch: (input: Request | string | URL, init?: RequestInit) => {
            const req = new Request(input, init);
            if (req.method === 'POST') posts++;
            return fetch(req);
          },
        }) as never;
      },
    });
    await readyToSubmit(el, person);
    const submitted = nextEvent<EnrolmentSubmittedDetail>(el, 'skills-enrolment-submitted');
    const button = root(el).querySelector<HTMLButtonElement>('.primary-actions button')!;
    const form = root(el).querySelector('form')!;
    button.click();
    button.click();
    form.requestSubmit();
    await el.updateComplete;
    expect(button.disabled).to.equal(true);
    button.click();
    await submitted;
    expect(posts).to.equal(1);
    expect(await enrolmentsOf(COURSES.open, person)).to.equal(1);
    await expectAlreadyEnrolled(COURSES.open, person);
  });

  it('explains an overlapping subsidised course in plain words', async () => {
    const person = newPerson();
    const a = await mountForm(COURSES.overlapA);
    await readyToSubmit(a, person);
    const ok = nextEvent<EnrolmentSubmittedDetail>(a, 'skills-enrolment-submitted');
    await pressPrimary(a);
    await ok;
    const b = await mountForm(COURSES.overlapB);
    await readyToSubmit(b, person);
    const failed = nextEvent<EnrolmentErrorDetail>(b, 'skills-enrolment-error');
    await pressPrimary(b);
    const { detail } = await failed;
    expect(detail.code).to.match(/overlap/);
    expect(detail.requestId).to.be.a('string');
    expect($(b, '[part="failure"]')!.textContent).to.contain('时间重叠');
    expect($(b, '#retry')).to.equal(null);
  });

  it('explains the platform’s own "not eligible" refusal in plain words', async () => {
    // The form checks eligibility before sending, with the platform's rules, so only a course
    // whose rules changed after the page loaded reaches the server's check. A FAKE staleness,
    // only for that: the restricted course arrives without its target-group restriction. The
    // refusal is the real server's.
    const client = createClient({
      baseUrl: apiBase,
      apiKey: PK,
      fetch: async (input: Request | string | URL, init?: RequestInit) => {
        const req = new Request(input, init);
        const res = await fetch(req);
        if (req.method !== 'GET' || !new URL(req.url).pathname.endsWith(`/courses/${COURSES.restricted}`))
          return res;
        const course = await res.json();
        expect(course.targetGroups).to.deep.equal(['veteran']);
        return new Response(JSON.stringify({ ...course, targetGroups: [] }), {
          status: res.status,
          headers: res.headers,
        });
      },
    });
    const el = await fixture<SkillsEnrolmentForm>(html`<skills-enrolment-form
      .client=${client}
      course-id=${COURSES.restricted}
      privacy-notice-href="/privacy-notice"
      locale="zh-CN"
    ></skills-enrolment-form>`);
    await until(() => root(el).querySelector('form'), 10000, 'the form to load');
    await el.updateComplete;
    const person = newPerson(); // aged 27–40: only the target group is wrong
    await readyToSubmit(el, person);
    const failed = nextEvent<EnrolmentErrorDetail>(el, 'skills-enrolment-error');
    await pressPrimary(el);
    const { detail } = await failed;
    expect(detail.code).to.equal('not_eligible_target_group');
    const failure = $(el, '[part="failure"]')!.textContent!;
    expect(failure).to.contain('不符合本课程的报名条件');
    expect($(el, '#retry')).to.equal(null);
    expect(await enrolmentsOf(COURSES.restricted, person)).to.equal(0);
  });

  it('puts the platform’s field errors back on their fields', async () => {
    const person = newPerson();
    const el = await mountForm(COURSES.open, {
      setup: (form) => {
        form.client = createClient({
          baseUrl: apiBase,
          apiKey: PK,
          // A FAKE fault, only to make the real server refuse a field: the mobile number is
          // garbled in transit, after the form and the SDK checked it.
          fetch: async (input: Request | string | URL, init?: RequestInit) => {
            const req = new Request(input, init);
            if (req.method !== 'POST') return fetch(req);
            const body = await req.json();
            body.applicant.mobile = '12345';
            return fetch(
              new Request(req.url, { method: 'POST', headers: req.headers, body: JSON.stringify(body) }),
            );
          },
        }) as never;
      },
    });
    await readyToSubmit(el, person);
    const failed = nextEvent<EnrolmentErrorDetail>(el, 'skills-enrolment-error');
    await pressPrimary(el);
    expect((await failed).detail.code).to.equal('validation_failed');
    await until(() => el.currentStep === 'applicant' && root(el).activeElement?.id === 'f-applicant-mobile');
    const mobile = root(el).querySelector('#f-applicant-mobile')!;
    expect(mobile.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#f-applicant-mobile-error')!.textContent!.trim()).to.not.equal('');
    expect($(el, '[part="error-summary"]')).to.exist;
    // What the applicant typed is all still there.
    expect((root(el).querySelector('#f-applicant-citizenId') as HTMLInputElement).value).to.equal(
      person.citizenId,
    );
  });
});
