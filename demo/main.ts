/*
 * The demo host page (`npm start`): a <client-provider> over the embedded memory adapter, with a
 * language and a theme switch. Everything runs in the browser; nothing here is part of the library.
 *
 * URL parameters: ?lang=en|es|pt-BR  ?theme=light|dark  ?backend=memory|rest  ?clients=2000 (up to 100000)
 */
import { html, nothing, render } from 'lit';
import type { ClientDataAdapter } from '../src/adapter/contract.js';
import { clearPersistence, createMemoryAdapter } from '../src/adapters/memory/index.js';
import '../src/define/client-provider.js';
import '../src/define/client-list.js';
import '../src/define/client-file.js';
import { catalogs } from '../src/i18n/catalogs.js';
import { LOCALES, resolveLocale } from '../src/i18n/locale.js';
import type { Locale } from '../src/i18n/locale.js';
import { defineDemoOverview } from './demo-overview.js';

type Backend = 'memory' | 'rest';
type Theme = 'light' | 'dark';

type AdapterState =
  | { status: 'loading' }
  | { status: 'ready'; adapter: ClientDataAdapter }
  | { status: 'error'; error: unknown };

const DEFAULT_CLIENTS = 2000;
const MAX_CLIENTS = 100_000;

/** How many demo clients to generate: ?clients=N, within 0–100,000. */
function clientCount(params: URLSearchParams): number {
  const requested = Number(params.get('clients') ?? DEFAULT_CLIENTS);
  return Number.isFinite(requested) ? Math.max(0, Math.min(MAX_CLIENTS, Math.round(requested))) : DEFAULT_CLIENTS;
}

/** Demo edits live in IndexedDB, one database per data set. */
const databaseName = (count: number) => `clientela-demo-${count}`;

/**
 * The one place where the demo chooses its data adapter.
 * - memory (default): the embedded adapter with generated clients, edits kept across reloads.
 * - rest: the REST adapter against the mocked HTTP backend in MSW's service worker (mocks/).
 */
async function createAdapter(backend: Backend, count: number): Promise<ClientDataAdapter> {
  switch (backend) {
    case 'rest': {
      // The REST adapter over fetch, answered by the mocked backend in MSW's service worker
      // (the memory adapter behind the documented HTTP contract). Edits last until the page reloads.
      const [{ startMockBackend }, { createRestAdapter }] = await Promise.all([
        import('../mocks/browser.js'),
        import('../src/adapters/rest/index.js'),
      ]);
      const backend = await startMockBackend({ clientCount: count });
      return createRestAdapter({ baseUrl: backend.baseUrl });
    }
    case 'memory':
    default: {
      const adapter = createMemoryAdapter({ clientCount: count, persist: databaseName(count) });
      await adapter.ready;
      return adapter;
    }
  }
}

/** Forgets every demo edit and starts again from the generated data. */
async function resetDemoData(): Promise<void> {
  await clearPersistence(databaseName(state.clients));
  location.reload();
}

defineDemoOverview();

const params = new URLSearchParams(location.search);
const state: { locale: Locale; theme: Theme; backend: Backend; clients: number; clientId: string | undefined; adapter: AdapterState } = {
  locale: resolveLocale(params.get('lang') ?? navigator.language),
  theme:
    params.get('theme') === 'dark' || (params.get('theme') === null && matchMedia('(prefers-color-scheme: dark)').matches)
      ? 'dark'
      : 'light',
  backend: params.get('backend') === 'rest' ? 'rest' : 'memory',
  clients: clientCount(params),
  clientId: params.get('client') ?? undefined,
  adapter: { status: 'loading' },
};

const app = document.getElementById('app')!;
app.replaceChildren(); // drop the static placeholder; lit renders from here on

function setParam(name: string, value: string): void {
  const url = new URL(location.href);
  url.searchParams.set(name, value);
  history.replaceState(null, '', url);
}

function setLocale(locale: Locale): void {
  state.locale = locale;
  setParam('lang', locale);
  update();
}

/** Shows a client's file next to the list (and in the URL, so a reload keeps it). */
function openClient(id: string | undefined): void {
  state.clientId = id;
  if (id) setParam('client', id);
  else {
    const url = new URL(location.href);
    url.searchParams.delete('client');
    history.replaceState(null, '', url);
  }
  update();
}

function setTheme(theme: Theme): void {
  state.theme = theme;
  setParam('theme', theme);
  update();
}

async function connect(): Promise<void> {
  state.adapter = { status: 'loading' };
  update();
  // Let the loading state paint before generating the demo data.
  await new Promise((resolve) => setTimeout(resolve, 0));
  try {
    state.adapter = { status: 'ready', adapter: await createAdapter(state.backend, state.clients) };
  } catch (error) {
    state.adapter = { status: 'error', error };
    console.error(error);
  }
  update();
}

function renderBody() {
  const t = catalogs[state.locale];
  const current = state.adapter;
  switch (current.status) {
    case 'loading':
      return html`<p class="notice" role="status">${t.common.loading}</p>`;
    case 'error':
      return html`<div class="notice" role="alert">
        <strong>${t.errors.title}</strong>
        <p>${t.errors.unexpected}</p>
        <button type="button" @click=${() => void connect()}>${t.common.retry}</button>
      </div>`;
    case 'ready':
      return html`<client-provider .adapter=${current.adapter} locale=${state.locale}>
        <div class="workspace">
          <section class="list-pane">
            <client-list
              saved-filters-key="clientela-demo"
              @client-open=${(event: CustomEvent<{ id: string }>) => openClient(event.detail.id)}
            ></client-list>
          </section>
          <section class="file-pane" aria-live="polite">
            ${state.clientId
              ? html`<client-file client-id=${state.clientId} @client-back=${() => openClient(undefined)}></client-file>`
              : html`<p class="notice">${t.demo.pickClient}</p>`}
          </section>
        </div>
        <details class="overview">
          <summary>${t.demo.overviewHeading}</summary>
          <demo-overview></demo-overview>
        </details>
      </client-provider>`;
  }
}

function update(): void {
  const t = catalogs[state.locale];
  const root = document.documentElement;
  root.lang = state.locale;
  root.dataset['theme'] = state.theme;
  root.style.colorScheme = state.theme;
  document.title = t.demo.title;

  render(
    html`
      <header>
        <div>
          <h1>${t.demo.title}</h1>
          <p>${t.demo.subtitle}</p>
        </div>
        <div class="controls">
          <label>
            ${t.demo.language}
            <select @change=${(event: Event) => setLocale((event.target as HTMLSelectElement).value as Locale)}>
              ${LOCALES.map(
                (locale) =>
                  html`<option value=${locale} lang=${locale} ?selected=${locale === state.locale}>
                    ${catalogs[locale].meta.languageName}
                  </option>`,
              )}
            </select>
          </label>
          <fieldset>
            <legend>${t.demo.theme}</legend>
            ${(['light', 'dark'] as const).map(
              (theme) =>
                html`<label
                  ><input
                    type="radio"
                    name="theme"
                    value=${theme}
                    .checked=${state.theme === theme}
                    @change=${() => setTheme(theme)}
                  />
                  ${theme === 'light' ? t.demo.themeLight : t.demo.themeDark}</label
                >`,
            )}
          </fieldset>
          <p class="backend">
            ${t.demo.backend}: <strong>${state.backend === 'rest' ? t.demo.backendRest : t.demo.backendMemory}</strong>
          </p>
          ${state.backend === 'memory'
            ? html`<button type="button" @click=${() => void resetDemoData()}>${t.demo.resetData}</button>`
            : nothing}
        </div>
      </header>
      <main>${renderBody() ?? nothing}</main>
    `,
    app,
  );
}

void connect();
