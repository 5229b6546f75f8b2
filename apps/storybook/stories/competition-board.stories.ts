import '@skills-huaian/components/competition-board';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { fixtureClient, type Scenario } from './support/fixture-client.js';
import { awaitLive, LIVE_KEY, liveApiBase } from './support/live.js';
import { until } from './support/until.js';

interface Args {
  'competition-id'?: string;
  status?: string;
  mode?: 'default' | 'kiosk';
  'kiosk-interval'?: number;
  'kiosk-rows'?: number;
}

/**
 * The city's class-one skills competitions (市级一类职业技能竞赛) and their live leaderboards,
 * with a kiosk mode for large screens.
 *
 * **Data:** every story except *Live sandbox* gives the element a client over fixed data (the
 * real SDK client answered in memory from recorded demo data; the leaderboard stream is an
 * in-memory event stream, which in *Live board* changes a score every 2.5 s) — no server needed.
 */
const meta: Meta<Args> = {
  title: 'Elements/Competition board',
  component: 'skills-competition-board',
  args: { mode: 'default' },
  argTypes: {
    mode: { control: 'inline-radio', options: ['default', 'kiosk'] },
    status: {
      control: 'select',
      options: ['', 'upcoming', 'registration-open', 'live', 'finished', 'cancelled'],
    },
  },
  parameters: { scenario: {} satisfies Scenario },
  render: (args, { parameters }) => html`
    <skills-competition-board
      .client=${parameters.live ? undefined : fixtureClient(parameters.scenario as Scenario)}
      api-base=${parameters.live ? liveApiBase() : nothing}
      publishable-key=${parameters.live ? LIVE_KEY : nothing}
      competition-id=${args['competition-id'] || nothing}
      status=${args.status || nothing}
      mode=${args.mode ?? nothing}
      kiosk-interval=${args['kiosk-interval'] ?? nothing}
      kiosk-rows=${args['kiosk-rows'] ?? nothing}
    ></skills-competition-board>
  `,
};
export default meta;
type Story = StoryObj<Args>;

/** The list of competitions with its filters. */
export const List: Story = {};

/** Only competitions under way. */
export const LiveOnly: Story = { args: { status: 'live' } };

/** No competition to show: the list's empty state (the fixed-data client answers an empty list). */
export const Empty: Story = { parameters: { scenario: { competitions: 'empty' } } };

/** Very long competition titles and venues: wrapping at narrow widths and 200 % text (fixed data). */
export const LongText: Story = { parameters: { scenario: { competitions: 'long-text' } } };

/** A leaderboard with long contestant names and organisations (fixed data). */
export const LongTextBoard: Story = {
  args: { 'competition-id': 'cmp_demo_live' },
  parameters: { scenario: { competitions: 'long-text' } },
};

/** The list is on its way (the fixed-data client never answers). */
export const Loading: Story = { parameters: { scenario: { hang: true } } };

/** The API answered 503: the element's error state. */
export const ServerError: Story = { parameters: { scenario: { fail: 'server' } } };

/** One competition's leaderboard, pinned with `competition-id`; the stream sends it once. */
export const Leaderboard: Story = { args: { 'competition-id': 'cmp_demo_live' } };

/** A live board: the in-memory stream changes a score every 2.5 s; rank changes are highlighted and announced. */
export const LiveBoard: Story = {
  args: { 'competition-id': 'cmp_demo_live' },
  parameters: { scenario: { live: true } },
};

const notice = async (canvas: HTMLElement) => {
  const board = await until(() => canvas.querySelector('skills-competition-board'));
  const root = await until(() => board.shadowRoot);
  await until(() => root.querySelector('[part~="notice"]'), 8000);
};

/**
 * The stream dropped after the first board (fixed data: every later request fails as if the
 * network were down): the standings stay, with a "reconnecting" notice. After 8 s without
 * success the notice says the server cannot be reached (see *Offline*).
 */
export const Reconnecting: Story = {
  args: { 'competition-id': 'cmp_demo_live' },
  parameters: { scenario: { dropAfterFirstBoard: 'stream' } },
  play: async ({ canvasElement }) => notice(canvasElement),
};

/**
 * Offline: polling, and the next poll failed (fixed data: the network is down after the first
 * board). The last standings stay, with the time the server last confirmed them.
 */
export const Offline: Story = {
  args: { 'competition-id': 'cmp_demo_live' },
  parameters: { scenario: { dropAfterFirstBoard: 'poll' } },
  play: async ({ canvasElement }) => notice(canvasElement),
};

/** Kiosk mode: big type, no interaction, pages through long boards and live competitions. */
export const Kiosk: Story = {
  args: { mode: 'kiosk', 'kiosk-rows': 8, 'kiosk-interval': 10 },
  parameters: { scenario: { live: true }, layout: 'fullscreen' },
  globals: { theme: 'dark' },
};

/**
 * Against the sandbox API that `npm start` runs (http://127.0.0.1:8787/v1, pk_test_demo; another
 * loopback API with `?apiBase=` in the preview iframe's address, see support/live.ts). With no
 * server there, the element shows its own error state. The play function waits for the list of competitions (or
 * that error) and records which on the canvas, so the build's smoke test can insist on the former.
 */
export const LiveSandbox: Story = {
  tags: ['live', '!autodocs'],
  parameters: { live: true },
  play: ({ canvasElement }) => awaitLive(canvasElement, 'skills-competition-board', '[part~="item"]'),
};
