import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  framework: '@storybook/web-components-vite',
  // Loads msw-storybook-addon/preview: every story gets `context.msw` (use `beforeEach({ msw })`).
  // The worker itself is created in preview.ts (msw 3 options).
  addons: ['msw-storybook-addon'],
  // public/ holds mockServiceWorker.js (`npx msw init public --save`).
  staticDirs: ['../public'],
  core: {
    disableTelemetry: true,
  },
};

export default config;
