import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { AdapterError, isAdapterError } from '../../src/adapter/adapter-error.js';
import type { ClientDataAdapter, ClientsApi, SessionApi } from '../../src/adapter/contract.js';
import { isValidated } from '../../src/adapter/validating-adapter.js';
import { ClientProvider } from '../../src/context/client-provider.js';
import { CONTEXT_KEYS } from '../../src/context/keys.js';
import '../../src/define/client-provider.js';
import { defineElement } from '../../src/define/define.js';
import { ClientelaElement } from '../../src/elements/clientela-element.js';
import { ALL_PERMISSIONS } from '../../src/model/session.js';
import type { ClientPage, Permission, Session } from '../../src/model/index.js';

const EMPTY_PAGE: ClientPage = { items: [], total: 0, offset: 0, nextCursor: null };

/** A minimal adapter: clients.list answers `page` (default: empty) and counts its calls. */
function stubAdapter(options: { page?: unknown; session?: SessionApi } = {}) {
  const calls = { list: 0 };
  const clients = new Proxy({} as ClientsApi, {
    get: (_target, name) => {
      if (name === 'list') {
        return async () => {
          calls.list += 1;
          return options.page ?? EMPTY_PAGE;
        };
      }
      return async () => {
        throw new AdapterError('unavailable', `clients.${String(name)} is not stubbed`);
      };
    },
  });
  const adapter: ClientDataAdapter = { clients, ...(options.session ? { session: options.session } : {}) };
  return { adapter, calls };
}

function sessionOf(permissions: Permission[]): Session {
  return { user: { id: 'u1', name: 'Lucía Gómez', email: null, role: 'reception' }, permissions };
}

/** A consumer that shows what it received. */
class ProbeConsumer extends ClientelaElement {
  get pending(): boolean {
    return this.permissionsPending;
  }
  override render() {
    const { t } = this.localize;
    return litHtml`<p>${t.common.retry}</p>
      <span class="adapter">${this.adapter ? 'adapter' : 'none'}</span>
      <span class="money">${this.localize.money({ amountMinor: 123456, currency: this.localeSettings.currency })}</span>`;
  }
}
defineElement('test-probe-consumer', ProbeConsumer);

declare global {
  interface HTMLElementTagNameMap {
    'test-probe-consumer': ProbeConsumer;
  }
  interface HTMLElementEventMap {
    'client-test-ping': CustomEvent<{ n: number }>;
  }
}

const text = (el: Element, selector: string) => el.shadowRoot?.querySelector(selector)?.textContent?.trim() ?? '';

async function mount(adapter?: ClientDataAdapter, locale?: string) {
  const provider = await fixture<ClientProvider>(html`
    <client-provider .adapter=${adapter} locale=${locale ?? 'en'}>
      <test-probe-consumer></test-probe-consumer>
    </client-provider>
  `);
  const consumer = provider.querySelector('test-probe-consumer')!;
  await provider.updateComplete;
  await consumer.updateComplete;
  return { provider, consumer };
}

describe('<client-provider>', () => {
  it('passes the a11y audit (it renders only its slot)', async () => {
    const { provider } = await mount(stubAdapter().adapter);
    await expect(provider).to.be.accessible();
    expect(getComputedStyle(provider).display).to.equal('contents');
  });

  it('uses versioned string context keys', () => {
    expect(CONTEXT_KEYS.adapter).to.equal('clientela/adapter@1');
    expect(CONTEXT_KEYS.locale).to.equal('clientela/locale@1');
    expect(CONTEXT_KEYS.permissions).to.equal('clientela/permissions@1');
  });

  it('has reactive properties from legacy decorators: an attribute change re-renders its consumers', async () => {
    // Guards the test setup too: real Chromium, and esbuild given the tsconfig (experimentalDecorators,
    // useDefineForClassFields: false) — a class field would shadow Lit's accessor and nothing would update.
    expect(navigator.userAgent).to.match(/Chrome\//);
    expect(Object.prototype.hasOwnProperty.call(new ClientProvider(), 'currency')).to.equal(false);
    expect(ClientProvider.elementProperties.has('currency')).to.equal(true);
    const { provider, consumer } = await mount(stubAdapter().adapter);
    provider.setAttribute('currency', 'USD');
    await waitUntil(() => consumer.localeSettings.currency === 'USD');
    expect(provider.currency).to.equal('USD');
    await consumer.updateComplete;
    expect(text(consumer, '.money')).to.equal(new Intl.NumberFormat('en', { style: 'currency', currency: 'USD' }).format(1234.56));
  });

  describe('adapter', () => {
    it('provides the adapter wrapped by withValidation', async () => {
      const { adapter, calls } = stubAdapter();
      const { consumer } = await mount(adapter);
      expect(consumer.adapter).to.exist;
      expect(consumer.adapter).not.to.equal(adapter);
      expect(isValidated(consumer.adapter!)).to.equal(true);
      expect(await consumer.adapter!.clients.list({})).to.deep.equal(EMPTY_PAGE);
      expect(calls.list).to.equal(1);
    });

    it('turns a malformed backend response into AdapterError("invalid-response")', async () => {
      const { adapter } = stubAdapter({ page: { items: [{ id: 1 }], total: 'many' } });
      const { consumer } = await mount(adapter);
      const error = await consumer.adapter!.clients.list({}).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(isAdapterError(error)).to.equal(true);
      expect((error as AdapterError).kind).to.equal('invalid-response');
    });

    it('re-provides when the adapter property changes', async () => {
      const first = stubAdapter();
      const second = stubAdapter();
      const { provider, consumer } = await mount(first.adapter);
      provider.adapter = second.adapter;
      await provider.updateComplete;
      await consumer.updateComplete;
      await consumer.adapter!.clients.list({});
      expect(first.calls.list).to.equal(0);
      expect(second.calls.list).to.equal(1);
    });

    it("lets a consumer's own adapter property win over the context", async () => {
      const fromContext = stubAdapter();
      const own = stubAdapter();
      const { consumer } = await mount(fromContext.adapter);
      consumer.adapter = own.adapter;
      await consumer.updateComplete;
      expect(isValidated(consumer.adapter!)).to.equal(true);
      await consumer.adapter!.clients.list({});
      expect(own.calls.list).to.equal(1);
      expect(fromContext.calls.list).to.equal(0);

      consumer.adapter = undefined; // back to the provider's
      await consumer.adapter!.clients.list({});
      expect(fromContext.calls.list).to.equal(1);
    });

    it('works standalone, with only the property', async () => {
      const own = stubAdapter();
      const el = await fixture<ProbeConsumer>(html`<test-probe-consumer .adapter=${own.adapter}></test-probe-consumer>`);
      expect(text(el, '.adapter')).to.equal('adapter');
      await el.adapter!.clients.list({});
      expect(own.calls.list).to.equal(1);
      expect(el.can('clients.purge')).to.equal(true); // no provider, no permissions: all
    });

    it('reaches a consumer defined before its provider', async () => {
      class LateConsumer extends ProbeConsumer {}
      class LateProvider extends ClientProvider {}
      defineElement('test-late-consumer', LateConsumer);
      const { adapter } = stubAdapter();
      const host = await fixture<HTMLDivElement>(
        html`<div><test-late-provider><test-late-consumer></test-late-consumer></test-late-provider></div>`,
      );
      const consumer = host.querySelector('test-late-consumer') as LateConsumer;
      await consumer.updateComplete;
      expect(text(consumer, '.adapter')).to.equal('none');
      const provider = host.querySelector('test-late-provider') as LateProvider;
      defineElement('test-late-provider', LateProvider); // upgrades the provider now
      provider.adapter = adapter;
      await provider.updateComplete;
      await waitUntil(() => text(consumer, '.adapter') === 'adapter', 'late provider not reached');
    });
  });

  describe('locale', () => {
    it('switches the language of consumers at runtime', async () => {
      const { provider, consumer } = await mount(stubAdapter().adapter, 'en');
      expect(text(consumer, 'p')).to.equal('Try again');
      provider.locale = 'es';
      await waitUntil(() => text(consumer, 'p') === 'Reintentar', 'did not switch to es');
      provider.setAttribute('locale', 'pt-BR');
      await waitUntil(() => text(consumer, 'p') === 'Tentar novamente', 'did not switch to pt-BR');
      provider.locale = 'es-MX';
      await waitUntil(() => text(consumer, 'p') === 'Reintentar', 'es-MX should select es');
    });

    it('passes currency and time zone', async () => {
      const provider = await fixture<ClientProvider>(html`
        <client-provider locale="es" currency="JPY" time-zone="Asia/Tokyo">
          <test-probe-consumer></test-probe-consumer>
        </client-provider>
      `);
      const consumer = provider.querySelector('test-probe-consumer')!;
      await consumer.updateComplete;
      expect(consumer.localeSettings).to.deep.equal({ locale: 'es', currency: 'JPY', timeZone: 'Asia/Tokyo' });
      // 123456 minor units of JPY (0 decimals) = 123 456 yen
      expect(text(consumer, '.money')).to.equal(
        new Intl.NumberFormat('es', { style: 'currency', currency: 'JPY' }).format(123456),
      );
    });

    it("defaults to EUR and the browser's time zone", async () => {
      const provider = await fixture<ClientProvider>(html`<client-provider></client-provider>`);
      expect(provider.currency).to.equal('EUR');
      expect(provider.timeZone).to.equal(Intl.DateTimeFormat().resolvedOptions().timeZone);
    });
  });

  describe('permissions', () => {
    it('are all permissions when there is neither a property nor a session', async () => {
      const { provider, consumer } = await mount(stubAdapter().adapter);
      expect(provider.permissionsSource).to.equal('all');
      expect(consumer.permissions).to.deep.equal(ALL_PERMISSIONS);
      expect(consumer.can('clients.purge')).to.equal(true);
    });

    it('come from adapter.session when the adapter has one', async () => {
      let resolve!: (session: Session) => void;
      const session: SessionApi = { get: () => new Promise<Session>((r) => (resolve = r)) };
      const { provider, consumer } = await mount(stubAdapter({ session }).adapter);
      expect(provider.permissionsSource).to.equal('session-loading');
      expect(consumer.can('clients.view')).to.equal(false); // nothing while loading
      expect(consumer.pending, 'consumers know the permissions are not decided yet').to.equal(true);
      resolve(sessionOf(['clients.view', 'wallet.view']));
      await waitUntil(() => consumer.can('clients.view'), 'session permissions not provided');
      expect(consumer.pending).to.equal(false);
      expect(consumer.can('wallet.view')).to.equal(true);
      expect(consumer.can('clients.purge')).to.equal(false);
      expect(consumer.currentUser?.name).to.equal('Lucía Gómez');
      expect(provider.permissionsSource).to.equal('session');
    });

    it('are none when the session fails to load', async () => {
      const session: SessionApi = { get: () => Promise.reject(new AdapterError('network', 'offline')) };
      const warn = console.warn;
      console.warn = () => {};
      try {
        const { provider, consumer } = await mount(stubAdapter({ session }).adapter);
        await waitUntil(() => provider.permissionsSource === 'session-failed');
        await consumer.updateComplete;
        expect(consumer.permissions).to.deep.equal([]);
        expect(consumer.pending, 'a failed session is decided: none').to.equal(false);
      } finally {
        console.warn = warn;
      }
    });

    it('take the permissions property over the session', async () => {
      const session: SessionApi = { get: async () => sessionOf(['clients.view']) };
      const { provider, consumer } = await mount(stubAdapter({ session }).adapter);
      provider.permissions = ['clients.export'];
      await provider.updateComplete;
      await consumer.updateComplete;
      expect(consumer.can('clients.export')).to.equal(true);
      expect(consumer.can('clients.view')).to.equal(false);
    });

    it("let a consumer's own permissions property win", async () => {
      const { consumer } = await mount(stubAdapter().adapter);
      consumer.permissions = ['notes.manage'];
      expect(consumer.can('notes.manage')).to.equal(true);
      expect(consumer.can('clients.view')).to.equal(false);
      consumer.permissions = undefined;
      expect(consumer.can('clients.view')).to.equal(true);
    });
  });

  describe('emit()', () => {
    it('dispatches a bubbling, composed CustomEvent with its detail', async () => {
      const { provider, consumer } = await mount(stubAdapter().adapter);
      let received: CustomEvent<{ n: number }> | undefined;
      provider.addEventListener('client-test-ping', (event) => (received = event));
      const event = consumer.emit('client-test-ping', { n: 3 });
      expect(received).to.equal(event);
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(true);
      expect(event.detail).to.deep.equal({ n: 3 });
    });
  });
});
