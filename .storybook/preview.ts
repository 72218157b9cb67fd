import { setCustomElementsManifest } from '@storybook/web-components-vite';
import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setupWorker } from 'msw/browser';
import { mswLoader } from 'msw-storybook-addon/csf3';
import manifest from '../custom-elements.json' with { type: 'json' };
import { publicManifest } from './public-manifest.js';

// The docs pages' tables of attributes, properties, events, slots, CSS parts and custom properties.
setCustomElementsManifest(publicManifest(manifest));

export type Locale = 'en' | 'es' | 'pt-BR';
export type Theme = 'light' | 'dark';

/**
 * Applies the toolbar globals: `globals.locale` → `<html lang>`, `globals.theme` → `data-theme` and
 * `color-scheme` on the story root (so `light-dark()` and theme selectors resolve inside stories).
 */
const withLocaleAndTheme: Decorator = (story, context) => {
  const locale = (context.globals['locale'] as Locale | undefined) ?? 'en';
  const theme = (context.globals['theme'] as Theme | undefined) ?? 'light';
  document.documentElement.lang = locale;
  const root = (context.canvasElement as HTMLElement | undefined) ?? document.getElementById('storybook-root');
  if (root) {
    root.dataset['theme'] = theme;
    root.style.colorScheme = theme;
    root.style.backgroundColor = 'Canvas';
    root.style.color = 'CanvasText';
  }
  return story();
};

const preview: Preview = {
  // One MSW worker for all stories (msw 3: `onUnhandledFrame`, not `onUnhandledRequest`);
  // handlers are reset before each story. Stories add theirs with `beforeEach({ msw }) { msw.use(...) }`.
  loaders: [
    mswLoader(async () => {
      const worker = setupWorker();
      await worker.start({ quiet: true, onUnhandledFrame: 'bypass' });
      // stories/story-adapter.ts registers each story's mocked backend on this worker.
      globalThis.__clientelaStoryWorker = worker;
      return worker;
    }),
  ],
  decorators: [withLocaleAndTheme],
  globalTypes: {
    locale: {
      description: 'Locale of the components',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'es', title: 'Español' },
          { value: 'pt-BR', title: 'Português (Brasil)' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Color theme',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: {
    locale: 'en',
    theme: 'light',
  },
};

export default preview;
