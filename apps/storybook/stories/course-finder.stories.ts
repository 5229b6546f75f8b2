import '@skills-huaian/components/course-finder';
import '@skills-huaian/components/enrolment-form';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { fixtureClient, type Scenario } from './support/fixture-client.js';
import { awaitLive, LIVE_KEY, liveApiBase } from './support/live.js';
import { until } from './support/until.js';

interface Args {
  'provider-id'?: string;
  district?: string;
  style?: string;
  group?: string;
  query?: string;
  'page-size'?: number;
  layout?: 'list' | 'grid' | 'compact';
  'enrol-mode'?: 'event' | 'dialog' | 'link';
}

/**
 * Course search for colleges, district portals and employment stations: Chinese or pinyin
 * search, filters with counts, sorting, paging, a detail view and enrolment.
 *
 * **Data:** every story except *Live sandbox* gives the element a client over fixed data (the
 * real SDK client answered in memory from recorded demo data) — no server needed. *Live sandbox*
 * talks to the API that `npm start` runs.
 */
const meta: Meta<Args> = {
  title: 'Elements/Course finder',
  component: 'skills-course-finder',
  args: { layout: 'list', 'page-size': 10, 'enrol-mode': 'dialog' },
  argTypes: {
    layout: { control: 'inline-radio', options: ['list', 'grid', 'compact'] },
    'enrol-mode': { control: 'inline-radio', options: ['event', 'dialog', 'link'] },
    'page-size': { control: { type: 'number', min: 1, max: 100 } },
  },
  parameters: { scenario: {} satisfies Scenario },
  render: (args, { parameters }) => html`
    <skills-course-finder
      .client=${parameters.live ? undefined : fixtureClient(parameters.scenario as Scenario)}
      api-base=${parameters.live ? liveApiBase() : nothing}
      publishable-key=${parameters.live ? LIVE_KEY : nothing}
      provider-id=${args['provider-id'] || nothing}
      district=${args.district || nothing}
      style=${args.style || nothing}
      group=${args.group || nothing}
      query=${args.query || nothing}
      page-size=${args['page-size'] ?? nothing}
      layout=${args.layout ?? nothing}
      enrol-mode=${args['enrol-mode'] ?? nothing}
    ></skills-course-finder>
  `,
};
export default meta;
type Story = StoryObj<Args>;

/** Results from the demo catalogue. */
export const Results: Story = {};

/** The first page is on its way: skeleton cards (the fixed-data client never answers). */
export const Loading: Story = { parameters: { scenario: { hang: true } } };

/** Nothing matches: the empty state, with a way to clear the filters. */
export const Empty: Story = { parameters: { scenario: { courses: 'empty' } } };

/** The API answered 503: the element's error state with a retry button. */
export const ServerError: Story = { parameters: { scenario: { fail: 'server' } } };

/** The network is down: the same error state, worded for it. */
export const NetworkError: Story = { parameters: { scenario: { fail: 'network' } } };

/** Very long course and provider names: wrapping at narrow widths and 200 % text. */
export const LongText: Story = { parameters: { scenario: { courses: 'long-text' } } };

/** 240 matching courses: the count, paging and "load more". */
export const ManyResults: Story = { parameters: { scenario: { courses: 'many' } } };

/** Pinned to order classes (订单班): enterprise, positions and commitment on each card. */
export const OrderClasses: Story = { args: { style: 'order' } };

/** A college's own site: only its courses (`provider-id`). */
export const OneCollege: Story = { args: { 'provider-id': 'prv_hatc_tech' } };

/** A search already typed (`query`), e.g. pinyin. */
export const InitialQuery: Story = { args: { query: 'peng' } };

/**
 * The detail view open: the play function chooses the first course, as a person would, and the
 * full record (description, timetable, subsidy, enrol) shows in a modal dialog (fixed data).
 */
export const DetailOpen: Story = {
  play: async ({ canvasElement }) => {
    const finder = await until(() => canvasElement.querySelector('skills-course-finder'));
    const root = await until(() => finder.shadowRoot);
    const title = await until(() => root.querySelector<HTMLButtonElement>('[part~="course-title"]'), 8000);
    title.click();
    await until(() => root.querySelector('dialog.detail[open] #detail-title'));
  },
};

/** Grid layout, for wide pages. */
export const Grid: Story = { args: { layout: 'grid' } };

/** Compact layout, for side panels and kiosks. */
export const Compact: Story = { args: { layout: 'compact' } };

/**
 * Against the sandbox API that `npm start` runs (http://127.0.0.1:8787/v1, pk_test_demo; another
 * loopback API with `?apiBase=` in the preview iframe's address, see support/live.ts). With no
 * server there, the element shows its own error state. The play function waits for the first courses (or
 * that error) and records which on the canvas, so the build's smoke test can insist on the former.
 */
export const LiveSandbox: Story = {
  tags: ['live', '!autodocs'],
  parameters: { live: true },
  play: ({ canvasElement }) => awaitLive(canvasElement, 'skills-course-finder', '[part~="course"]'),
};
