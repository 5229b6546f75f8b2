import '@skills-huaian/components/provider';
import manifest from '@skills-huaian/components/custom-elements.json';
import { type Preview, setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';

// Controls and the docs pages' tables (attributes, properties, events, CSS properties, parts)
// come from the components' custom elements manifest.
setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    locale: {
      description: 'Locale of the elements',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'zh-CN', title: '中文 (zh-CN)' },
          { value: 'en', title: 'English (en)' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Theme of the elements',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
          { value: 'auto', title: 'Auto (follows the OS)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'zh-CN', theme: 'light' },
  // Every story sits inside <skills-provider>, which hands the toolbar's locale and theme down.
  decorators: [
    (story, { globals }) => {
      // The page around the elements follows the theme too (background and text), so a story's
      // own light-DOM text stays readable in dark mode.
      const dark = globals.theme === 'dark';
      document.body.style.background = dark ? '#111418' : '';
      document.body.style.color = dark ? '#e8eaed' : '';
      return html`<skills-provider locale=${globals.locale} theme=${globals.theme}>${story()}</skills-provider>`;
    },
  ],
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    // Accessibility is enforced: the a11y panel reports violations as errors (and a Storybook
    // test run fails on them); tests/e2e/storybook-smoke.test.mjs runs axe on every built story.
    a11y: { test: 'error' },
  },
};
export default preview;
