import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  // Guides: docs/*.md shown as docs pages (stories/guides/*.mdx).
  stories: ['../stories/guides/*.mdx', '../stories/**/*.stories.ts'],
  framework: '@storybook/web-components-vite',
  // msw-storybook-addon: every story gets `context.msw` (use `beforeEach({ msw })`); the worker itself
  // is created in preview.ts (msw 3 options). addon-docs: a docs page per element (stories tagged
  // 'autodocs'), its tables read from custom-elements.json (preview.ts).
  addons: ['msw-storybook-addon', '@storybook/addon-docs'],
  // public/ holds mockServiceWorker.js (`npx msw init public --save`).
  staticDirs: ['../public'],
  core: {
    disableTelemetry: true,
  },
};

export default config;
