/*
 * The demo host page (`npm start`): a <client-provider> over the embedded memory adapter, with a
 * language and a theme switch. Everything runs in the browser; nothing here is part of the library.
 *
 * URL parameters: ?lang=en|es|pt-BR  ?theme=light|dark  ?backend=memory|rest|server  ?clients=2000 (up to 100000)
 * ?backend=server talks to the reference server (`npm run api`); ?server=<tenant URL> to change where.
 */
import { html, nothing, render } from 'lit';
import { createRef, ref } from 'lit/directives/ref.js';
import type { ClientDataAdapter } from '../src/adapter/contract.js';
import { clearPersistence, createMemoryAdapter } from '../src/adapters/memory/index.js';
import '../src/define/client-provider.js';
import '../src/define/client-list.js';
import '../src/define/client-file.js';
import { catalogs } from '../src/i18n/catalogs.js';
import { LOCALES, resolveLocale } from '../src/i18n/locale.js';
import type { Locale } from '../src/i18n/locale.js';
import type { Translation } from '../src/i18n/translation.js';
import { formatNumber } from '../src/i18n/format.js';
import { defineDemoOverview } from './demo-overview.js';

type Backend = 'memory' | 'rest' | 'server';

/** Where `npm run api` serves the demo tenant. */
const DEFAULT_SERVER_URL = 'http://127.0.0.1:8787/api/tenants/demo';
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

/** Stops the running mock backend (REST), before one in another language starts. */
let stopMockBackend: (() => Promise<void>) | undefined;

/**
 * The one place where the demo chooses its data adapter.
 * - memory (default): the embedded adapter with generated clients, edits kept across reloads.
 * - rest: the REST adapter against the mocked HTTP backend in MSW's service worker (mocks/).
 */
async function createAdapter(backend: Backend, count: number, locale: Locale): Promise<ClientDataAdapter> {
  switch (backend) {
    case 'server': {
      // The REST adapter against the reference server over PostgreSQL (server/, `npm run api`),
      // without the namespaces it does not serve yet. Its data is the server's: ?clients does not apply.
      const [{ createRestAdapter }, { UNSERVED_NAMESPACES }] = await Promise.all([import('../src/adapters/rest/index.js'), import('../server/src/served.js')]);
      return createRestAdapter({ baseUrl: params.get('server') ?? DEFAULT_SERVER_URL, without: UNSERVED_NAMESPACES });
    }
    case 'rest': {
      // The REST adapter over fetch, answered by the mocked backend in MSW's service worker
      // (the memory adapter behind the documented HTTP contract). Edits last until the page reloads.
      const [{ startMockBackend }, { createRestAdapter }] = await Promise.all([
        import('../mocks/browser.js'),
        import('../src/adapters/rest/index.js'),
      ]);
      await stopMockBackend?.();
      const backend = await startMockBackend({ clientCount: count, locale });
      stopMockBackend = backend.stop;
      return createRestAdapter({ baseUrl: backend.baseUrl });
    }
    case 'memory':
    default: {
      // The demo backend sends its catalog, groups and tags in the page's language, as a host's would.
      const adapter = createMemoryAdapter({ clientCount: count, locale, persist: databaseName(count) });
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
const state: {
  locale: Locale;
  theme: Theme;
  backend: Backend;
  clients: number;
  clientId: string | undefined;
  adapter: AdapterState;
  /** Generated clients that start in the trash (the list counts the others). */
  trashed: number | undefined;
} = {
  locale: resolveLocale(params.get('lang') ?? navigator.language),
  theme:
    params.get('theme') === 'dark' || (params.get('theme') === null && matchMedia('(prefers-color-scheme: dark)').matches)
      ? 'dark'
      : 'light',
  backend: params.get('backend') === 'rest' ? 'rest' : params.get('backend') === 'server' ? 'server' : 'memory',
  clients: clientCount(params),
  clientId: params.get('client') ?? undefined,
  adapter: { status: 'loading' },
  trashed: undefined,
};

/** Wide enough for the list's table (≥ 52rem) and the file side by side; narrower, the file opens as a sheet. */
const sideBySide = matchMedia('(min-width: 85rem)');
sideBySide.addEventListener('change', () => update());

const app = document.getElementById('app')!;
app.replaceChildren(); // drop the static placeholder; lit renders from here on
const sheet = createRef<HTMLDialogElement>();

function setParam(name: string, value: string | undefined): void {
  const url = new URL(location.href);
  if (value === undefined) url.searchParams.delete(name);
  else url.searchParams.set(name, value);
  history.replaceState(null, '', url);
}

/** The demo backend speaks the page's language: a new language is a new adapter (edits are kept in IndexedDB). */
function setLocale(locale: Locale): void {
  state.locale = locale;
  setParam('lang', locale);
  void connect();
}

/**
 * Shows a client's file (and keeps it in the URL, so a reload keeps it): next to the list on wide
 * screens, in a modal sheet on narrow ones — where focus moves into the sheet and returns to the
 * list's row when it closes.
 */
function openClient(id: string | undefined): void {
  state.clientId = id;
  setParam('client', id);
  update();
}

/** Opens the sheet once it is rendered with a client, and moves focus to it. */
function syncSheet(): void {
  const dialog = sheet.value;
  if (!dialog) return;
  if (state.clientId && !dialog.open) {
    dialog.showModal();
    dialog.focus();
  } else if (!state.clientId && dialog.open) dialog.close();
}

function setTheme(theme: Theme): void {
  state.theme = theme;
  setParam('theme', theme);
  update();
}

async function connect(): Promise<void> {
  state.adapter = { status: 'loading' };
  state.trashed = undefined;
  update();
  // Let the loading state paint before generating the demo data.
  await new Promise((resolve) => setTimeout(resolve, 0));
  try {
    const adapter = await createAdapter(state.backend, state.clients, state.locale);
    state.adapter = { status: 'ready', adapter };
    void countTrashed(adapter);
  } catch (error) {
    state.adapter = { status: 'error', error };
    console.error(error);
  }
  update();
}

async function countTrashed(adapter: ClientDataAdapter): Promise<void> {
  try {
    const page = await adapter.clients.list({ view: 'trash', limit: 1 });
    if (state.adapter.status === 'ready' && state.adapter.adapter === adapter) {
      state.trashed = page.total;
      update();
    }
  } catch {
    // The note is a nicety: without the figure it is simply not shown.
  }
}

function renderFile(t: Translation) {
  return state.clientId
    ? html`<client-file client-id=${state.clientId} @client-back=${() => openClient(undefined)}></client-file>`
    : html`<p class="notice">${t.demo.pickClient}</p>`;
}

/** On narrow screens: the file in a native modal <dialog> (Escape and the close button close it). */
function renderSheet(t: Translation) {
  return html`<dialog
    class="file-sheet"
    ${ref(sheet)}
    tabindex="-1"
    aria-labelledby="file-sheet-title"
    @close=${() => state.clientId && openClient(undefined)}
  >
    <div class="sheet-bar">
      <h2 id="file-sheet-title">${t.demo.fileSheetTitle}</h2>
      <button type="button" class="demo-button" @click=${() => openClient(undefined)}>${t.demo.closeFile}</button>
    </div>
    ${state.clientId ? renderFile(t) : nothing}
  </dialog>`;
}

function renderBody(t: Translation) {
  const current = state.adapter;
  switch (current.status) {
    case 'loading':
      return html`<p class="notice" role="status">${t.common.loading}</p>`;
    case 'error':
      return html`<div class="notice" role="alert">
        <strong>${t.errors.title}</strong>
        <p>${t.errors.unexpected}</p>
        <button type="button" class="demo-button" @click=${() => void connect()}>${t.common.retry}</button>
      </div>`;
    case 'ready':
      return html`<client-provider .adapter=${current.adapter} locale=${state.locale}>
        <div class="workspace ${sideBySide.matches ? 'side-by-side' : 'stacked'}">
          <section class="list-pane" aria-label=${t.list.label}>
            <client-list
              saved-filters-key="clientela-demo"
              @client-open=${(event: CustomEvent<{ id: string }>) => openClient(event.detail.id)}
            ></client-list>
            ${state.trashed
              ? html`<p class="data-note">${t.demo.dataNote(formatNumber(state.clients, state.locale), formatNumber(state.trashed, state.locale))}</p>`
              : nothing}
          </section>
          ${sideBySide.matches
            ? html`<section class="file-pane" aria-label=${t.demo.fileSheetTitle}>${renderFile(t)}</section>`
            : renderSheet(t)}
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
        <div class="brand">
          <h1>${t.demo.title}</h1>
          <p>${t.demo.subtitle}</p>
        </div>
        <div class="controls">
          <label class="control">
            <span>${t.demo.language}</span>
            <select class="demo-select" @change=${(event: Event) => setLocale((event.target as HTMLSelectElement).value as Locale)}>
              ${LOCALES.map(
                (locale) =>
                  html`<option value=${locale} lang=${locale} ?selected=${locale === state.locale}>
                    ${catalogs[locale].meta.languageName}
                  </option>`,
              )}
            </select>
          </label>
          <fieldset class="segmented">
            <legend class="visually-hidden">${t.demo.theme}</legend>
            ${(['light', 'dark'] as const).map(
              (theme) =>
                html`<label
                  ><input
                    type="radio"
                    name="theme"
                    value=${theme}
                    .checked=${state.theme === theme}
                    @change=${() => setTheme(theme)}
                  /><span>${theme === 'light' ? t.demo.themeLight : t.demo.themeDark}</span></label
                >`,
            )}
          </fieldset>
          <p class="backend" title=${t.demo.backend}>
            <span class="visually-hidden">${t.demo.backend}: </span>${state.backend === 'rest' ? t.demo.backendRest : state.backend === 'server' ? t.demo.backendServer : t.demo.backendMemory}
          </p>
          ${state.backend === 'memory'
            ? html`<button type="button" class="demo-button" @click=${() => void resetDemoData()}>${t.demo.resetData}</button>`
            : nothing}
        </div>
      </header>
      <main>${renderBody(t) ?? nothing}</main>
    `,
    app,
  );
  syncSheet();
}

void connect();
