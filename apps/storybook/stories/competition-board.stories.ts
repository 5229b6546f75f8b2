import '@skills-huaian/components/competition-board';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { fixtureClient, type Scenario } from './support/fixture-client.js';
import { LIVE_API_BASE, LIVE_KEY } from './support/live.js';

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
      api-base=${parameters.live ? LIVE_API_BASE : nothing}
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

/** Kiosk mode: big type, no interaction, pages through long boards and live competitions. */
export const Kiosk: Story = {
  args: { mode: 'kiosk', 'kiosk-rows': 8, 'kiosk-interval': 10 },
  parameters: { scenario: { live: true }, layout: 'fullscreen' },
  globals: { theme: 'dark' },
};

/** Against the sandbox API that `npm start` runs (http://127.0.0.1:8787/v1, pk_test_demo). */
export const LiveSandbox: Story = { tags: ['live', '!autodocs'], parameters: { live: true } };
