import '@skills-huaian/components/provider';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

/**
 * `<skills-provider>` configures every element inside it — API base, publishable key, locale,
 * theme — so a page states them once. It renders no box of its own. (Every story in this
 * Storybook already sits in one: the toolbar's locale and theme switches set it.)
 */
const meta: Meta = {
  title: 'Elements/Provider',
  component: 'skills-provider',
  args: {
    'api-base': 'http://127.0.0.1:8787/v1',
    'publishable-key': 'pk_test_demo',
    locale: 'zh-CN',
    theme: 'light',
  },
  render: (args) => html`
    <skills-provider
      api-base=${args['api-base']}
      publishable-key=${args['publishable-key']}
      locale=${args.locale}
      theme=${args.theme}
    >
      <p>Elements placed here take their settings from the provider.</p>
    </skills-provider>
  `,
};
export default meta;

export const Default: StoryObj = {};
