import '@skills-huaian/components/enrolment-form';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { completeForm, fillCurrentStep } from './support/fill-form.js';
import { fixtureClient, fixtureCourses, type Scenario } from './support/fixture-client.js';
import { awaitLive, LIVE_KEY, liveApiBase } from './support/live.js';
import { until } from './support/until.js';

interface Args {
  'course-id'?: string;
  'privacy-notice-href'?: string;
}

/**
 * The application form for one course; for an order class (订单班), the enterprise's recruitment
 * form with its positions. The ID number goes from the browser straight to the API.
 *
 * **Data:** every story except *Live sandbox* gives the element a client over fixed data (the
 * real SDK client answered in memory from recorded demo data) — no server needed. Stories that
 * show a state after typing or submitting (ID confirmation, not eligible, receipt, waitlisted,
 * refusals, failures) fill the form in their play function with a synthetic applicant (a made-up
 * ID number with a valid check digit).
 */
const meta: Meta<Args> = {
  title: 'Elements/Enrolment form',
  component: 'skills-enrolment-form',
  args: { 'course-id': fixtureCourses.first.id, 'privacy-notice-href': '#privacy' },
  parameters: { scenario: {} satisfies Scenario },
  render: (args, { parameters }) => html`
    <skills-enrolment-form
      .client=${parameters.live ? undefined : fixtureClient(parameters.scenario as Scenario)}
      api-base=${parameters.live ? liveApiBase() : nothing}
      publishable-key=${parameters.live ? LIVE_KEY : nothing}
      course-id=${args['course-id'] || nothing}
      privacy-notice-href=${args['privacy-notice-href'] || nothing}
    ></skills-enrolment-form>
  `,
};
export default meta;
type Story = StoryObj<Args>;

const form = (canvas: HTMLElement) => until(() => canvas.querySelector('skills-enrolment-form'));

/** The first step, empty. */
export const Default: Story = {};

/** The course is on its way (the fixed-data client never answers). */
export const Loading: Story = { parameters: { scenario: { hang: true } } };

/** The course could not be loaded: the error state with a reload button. */
export const LoadError: Story = { parameters: { scenario: { fail: 'server' } } };

/**
 * A valid ID number typed: the birth date and sex it encodes are shown under the field for the
 * applicant to confirm (fixed data, no server; the play function types a synthetic applicant).
 */
export const CitizenIdConfirmation: Story = {
  play: async ({ canvasElement }) => {
    const root = await fillCurrentStep(await form(canvasElement));
    await until(() => root.querySelector('[part~="citizen-id-confirmation"]'));
  },
};

/** An order class: the enterprise, its positions and the commitment, as a recruitment form. */
export const OrderClass: Story = { args: { 'course-id': fixtureCourses.orderClass.id } };

/** Next pressed on an empty step: every required field says what is missing. */
export const ValidationErrors: Story = {
  play: async ({ canvasElement }) => {
    const el = await form(canvasElement);
    const root = await until(() => el.shadowRoot);
    const next = await until(() => root.querySelector<HTMLButtonElement>('button[type="submit"]'), 8000);
    next.click();
    await until(() => root.querySelector('[part~="error-summary"], [part~="field-error"]'));
  },
};

/** The server rejected the submission with field errors (a recorded 422 problem). */
export const ServerValidationErrors: Story = {
  parameters: { scenario: { enrolment: 'validation' } },
  play: async ({ canvasElement }) => {
    await completeForm(await form(canvasElement));
  },
};

/** Submitted: the receipt with the reference number and masked personal data. */
export const Submitted: Story = {
  parameters: { scenario: { enrolment: 'submitted' } },
  play: async ({ canvasElement }) => {
    await completeForm(await form(canvasElement));
  },
};

/** The course is full: the applicant is waitlisted, and the receipt says so. */
export const Waitlisted: Story = {
  args: { 'course-id': fixtureCourses.full.id },
  parameters: { scenario: { enrolment: 'waitlisted' } },
  play: async ({ canvasElement }) => {
    await completeForm(await form(canvasElement));
  },
};

/**
 * Not eligible: the course is for students aged 16–30 and the applicant ticked no target group,
 * so Next explains why in plain words (checked in the browser; fixed data, no server).
 */
export const Ineligible: Story = {
  args: { 'course-id': fixtureCourses.restricted.id },
  play: async ({ canvasElement }) => {
    const root = (await completeForm(await form(canvasElement))).shadowRoot!;
    await until(() => root.querySelector('[part~="ineligible"]'));
  },
};

/**
 * The network failed while submitting: everything typed stays and "Try again" resends the same
 * submission (same idempotency key). The fixed-data client loses only the first submission, so
 * Try again succeeds and shows the receipt.
 */
export const NetworkFailure: Story = {
  parameters: { scenario: { enrolment: 'network' } },
  play: async ({ canvasElement }) => {
    const root = (await completeForm(await form(canvasElement))).shadowRoot!;
    await until(() => root.querySelector('[part~="failure"] #retry'));
  },
};

/** The server refused: this applicant has already enrolled on the course (409 `duplicate_enrolment`, fixed data). */
export const AlreadyEnrolled: Story = {
  parameters: { scenario: { enrolment: 'duplicate' } },
  play: async ({ canvasElement }) => {
    const root = (await completeForm(await form(canvasElement))).shadowRoot!;
    await until(() => root.querySelector('[part~="failure"]'));
  },
};

/**
 * Against the sandbox API that `npm start` runs (http://127.0.0.1:8787/v1, pk_test_demo; another
 * loopback API with `?apiBase=` in the preview iframe's address, see support/live.ts). With no
 * server there, the element shows its own error state. The play function waits for the course (the form appears) (or
 * that error) and records which on the canvas, so the build's smoke test can insist on the former.
 */
export const LiveSandbox: Story = {
  tags: ['live', '!autodocs'],
  parameters: { live: true },
  play: ({ canvasElement }) => awaitLive(canvasElement, 'skills-enrolment-form', 'form [name]'),
};
