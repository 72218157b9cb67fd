/*
 * Guards against a green build hiding a broken bundle (decorators left untransformed, a missing
 * export, a bare import that only resolves in dev): loads what `npm run build` wrote to dist/ and
 * renders it in the browser.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';

type Library = typeof import('../src/index.js');
type ClientProvider = InstanceType<Library['ClientProvider']>;

describe('the built bundle (dist/)', () => {
  it('defines and renders <client-provider> from dist/define/client-provider.js', async () => {
    // @ts-expect-error -- a built file with no type declarations next to it
    await import('/dist/define/client-provider.js');
    const Provider = customElements.get('client-provider') as (CustomElementConstructor & { version?: string }) | undefined;
    expect(Provider, 'client-provider is not defined').to.exist;
    expect(Provider!.version).to.match(/^\d+\.\d+\.\d+/);

    const provider = await fixture<ClientProvider>(html`<client-provider locale="es"><p>hola</p></client-provider>`);
    expect(provider).to.be.instanceOf(Provider!);
    expect(provider.shadowRoot?.querySelector('slot')).to.exist;
    expect(getComputedStyle(provider).display).to.equal('contents');
    await expect(provider).to.be.accessible();
  });

  it('has the small entries a host imports without the elements: clientela/adapter and clientela/rest', async () => {
    type AdapterEntry = typeof import('../src/adapter-entry.js');
    type RestEntry = typeof import('../src/rest-entry.js');
    const adapterEntry = (await import(/* @vite-ignore */ '/dist/adapter-entry.js' as string)) as AdapterEntry;
    const restEntry = (await import(/* @vite-ignore */ '/dist/rest-entry.js' as string)) as RestEntry;
    const main = (await import(/* @vite-ignore */ '/dist/index.js' as string)) as Library;
    // The same classes as the main entry's (one module each in dist/), so `instanceof` holds across entries.
    expect(adapterEntry.AdapterError).to.equal(main.AdapterError);
    expect(adapterEntry.withValidation).to.equal(main.withValidation);
    expect(restEntry.createRestAdapter).to.equal(main.createRestAdapter);
    // A host's own adapter, validated: a malformed record is an AdapterError('invalid-response').
    const broken = main.createMemoryAdapter({ clientCount: 3 });
    const validated = adapterEntry.withValidation({
      ...broken,
      clients: { ...broken.clients, list: async () => ({ items: [{ id: 1 }], total: 1 }) as never },
    });
    const error = await validated.clients.list({ limit: 1 }).catch((caught: unknown) => caught);
    expect(error).to.be.instanceOf(adapterEntry.AdapterError);
    expect((error as InstanceType<AdapterEntry['AdapterError']>).kind).to.equal('invalid-response');
  });

  it('feeds a consumer built from dist/index.js', async () => {
    const library = (await import(/* @vite-ignore */ '/dist/index.js' as string)) as Library;
    expect(library.VERSION).to.be.a('string');
    class DistConsumer extends library.ClientelaElement {}
    library.defineElement('test-dist-consumer', DistConsumer);
    const adapter = library.createMemoryAdapter({ clientCount: 5 });
    const provider = await fixture<ClientProvider>(html`
      <client-provider .adapter=${adapter} locale="pt-BR"><test-dist-consumer></test-dist-consumer></client-provider>
    `);
    const consumer = provider.querySelector('test-dist-consumer') as DistConsumer;
    await waitUntil(() => consumer.adapter !== undefined && consumer.can('clients.view'));
    expect(consumer.localeSettings.locale).to.equal('pt-BR');
    const page = await consumer.adapter!.clients.list({ limit: 2 });
    expect(page.items).to.have.length(2);
    expect(page.total).to.equal(5);
  });
});
