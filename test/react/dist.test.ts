/*
 * clientela/react as built (`npm run build` → dist/react/): the wrappers from dist render the list in
 * React 19 and hand its events to onClientOpen; the entry keeps react external (the host's copy) and
 * each default wrapper a pure call, which is what lets a host's bundler drop the unused ones.
 */
import { expect } from '@open-wc/testing';
import { loadReact, mount, rows, until } from './helpers.js';

const DIST = '/dist';

type Components = typeof import('../../src/react/components.generated.js');
type Library = typeof import('../../src/index.js');

describe('clientela/react in dist/', () => {
  it('renders the built wrappers in React 19 and calls their event props', async () => {
    const host = await loadReact(19);
    const components = (await import(/* @vite-ignore */ `${DIST}/react/components.generated.js`)) as Components;
    const library = (await import(/* @vite-ignore */ `${DIST}/index.js`)) as Library;
    const adapter = library.createMemoryAdapter({ clientCount: 20, seed: 7, referenceDate: '2026-11-23' });
    const ClientProvider = components.createClientProvider(host.React);
    const ClientList = components.createClientList(host.React);
    expect(customElements.get('client-list')).to.not.equal(undefined);

    const opened: string[] = [];
    const mounted = mount(host);
    try {
      const { createElement: h } = host.React;
      mounted.render(h(ClientProvider, { adapter, locale: 'en' }, h(ClientList, { onClientOpen: (event) => opened.push(event.detail.id) })));
      const list = mounted.container.querySelector('client-list')!;
      list.scrollIntoView({ block: 'start' });
      await until(() => rows(list).length > 0, 'the built list rendered no rows');
      const row = rows(list)[0]!;
      row.querySelector<HTMLElement>('.name')!.click();
      await until(() => opened.length > 0, 'onClientOpen was not called');
      expect(opened).to.deep.equal([row.dataset['id']]);
    } finally {
      mounted.unmount();
    }
  });

  it('imports react, never bundles it, and marks every default wrapper pure, one module per element', async () => {
    // index.js takes each default wrapper from its element's module (the build flattens the re-exports).
    const entry = await (await fetch(`${DIST}/react/index.js`)).text();
    const modules = [...entry.matchAll(/from ["']\.\/elements\/([a-z-]+)\.generated\.js["']/g)].map((match) => match[1]!);
    expect(modules.length, 'a module per element').to.be.greaterThan(20);
    for (const tag of modules) {
      // What `clientela/react/<tag>.js` loads. The dev server rewrites the bare 'react' to its
      // node_modules path: either way, an import, not a copy.
      const wrapper = await (await fetch(`${DIST}/react/elements/${tag}.generated.js`)).text();
      expect(/import \* as React from ["'](react|[^"']*\/node_modules\/react\/[^"']*)["']/.test(wrapper), `${tag}: react is imported`).to.equal(true);
      expect(wrapper.includes('createElement'), `${tag}: no React code in the bundle`).to.equal(false);
      const made = wrapper.match(/= [^\n;]*create\w+\(React\)/g) ?? [];
      expect(made, `${tag}: one pure call`).to.have.length(1);
      expect(made[0]).to.include('/* @__PURE__ */');
    }
  });
});
