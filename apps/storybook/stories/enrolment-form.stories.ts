import '@skills-huaian/components/enrolment-form';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { completeForm, until } from './support/fill-form.js';
import { fixtureClient, fixtureCourses, type Scenario } from './support/fixture-client.js';
import { LIVE_API_BASE, LIVE_KEY } from './support/live.js';

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
 * show a state after submitting (receipt, waitlisted, server validation) fill the form in their
 * play function with a synthetic applicant.
 */
const meta: Meta<Args> = {
  title: 'Elements/Enrolment form',
  component: 'skills-enrolment-form',
  args: { 'course-id': fixtureCourses.first.id, 'privacy-notice-href': '#privacy' },
  parameters: { scenario: {} satisfies Scenario },
  render: (args, { parameters }) => html`
    <skills-enrolment-form
      .client=${parameters.live ? undefined : fixtureClient(parameters.scenario as Scenario)}
      api-base=${parameters.live ? LIVE_API_BASE : nothing}
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

/** Against the sandbox API that `npm start` runs (http://127.0.0.1:8787/v1, pk_test_demo). */
export const LiveSandbox: Story = { tags: ['live', '!autodocs'], parameters: { live: true } };
