import type { StorybookConfig } from '@storybook/web-components-vite';

// Stories import the components' BUILT output (package exports → dist/): tsc has already
// compiled their legacy (experimentalDecorators) Lit decorators, which Vite 8's transform would
// otherwise leave for the browser. So `pnpm --filter @skills-huaian/components build` (or
// `npm start`, which builds everything) comes before `storybook dev`.
const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true },
  async viteFinal(vite) {
    // The source condition would point Vite at the components' TypeScript; use dist/.
    vite.resolve ??= {};
    vite.resolve.conditions = ['browser', 'module', 'production', 'import', 'default'];
    vite.build ??= {};
    vite.build.chunkSizeWarningLimit = 2000;
    return vite;
  },
};
export default config;
