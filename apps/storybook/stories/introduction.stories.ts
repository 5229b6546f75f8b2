import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

const meta: Meta = { title: 'Introduction' };
export default meta;

export const Welcome: StoryObj = {
  render: () =>
    html`<p lang="zh-CN">技能兴淮 — Skills Huai'an components. Stories for each element follow.</p>`,
};
