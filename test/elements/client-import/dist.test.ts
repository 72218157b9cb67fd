/*
 * The built wizard (dist/, written by `npm run build`): its parse worker is emitted as a
 * self-contained file next to the bundle, starts from the built code, and loads the XLSX reader
 * as a separate chunk.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { asFile, excelStyleWorkbook, semicolonLatin1Bytes } from '../../fixtures/import/files.js';

type Library = typeof import('../../../src/index.js');
type Wizard = import('../../../src/elements/client-import/client-import.js').ClientImport;

describe('the built <client-import> (dist/)', function () {
  this.timeout(30_000);
  // dist/ has one file per module (hundreds): the default buffer of 250 resource entries would fill
  // before the worker loads, and the worker's entry would be dropped.
  before(() => performance.setResourceTimingBufferSize(5000));

  it('parses CSV and XLSX files in the built worker', async () => {
    // @ts-expect-error -- a built file with no type declarations next to it
    await import('/dist/define/client-import.js');
    const library = (await import(/* @vite-ignore */ '/dist/index.js' as string)) as Library;
    const Wizard = customElements.get('client-import');
    expect(Wizard).to.exist;
    const wrapper = await fixture<HTMLDivElement>(html`<div><client-import></client-import></div>`);
    const wizard = wrapper.querySelector('client-import') as unknown as Wizard;
    wizard.adapter = library.createMemoryAdapter({ clientCount: 5 });
    await wizard.show();

    const workerUrls = () => performance.getEntriesByType('resource').map((entry) => entry.name).filter((name) => name.includes('/dist/assets/'));
    await wizard.importFile(asFile(semicolonLatin1Bytes(), 'clientes.csv'));
    await waitUntil(() => wizard.currentStep === 'mapping', 'mapping step');
    expect(wizard.parserMode).to.equal('worker');
    expect(workerUrls().some((url) => /parse\.worker-[\w-]+\.js$/.test(url))).to.equal(true);
    expect(workerUrls().some((url) => url.includes('xlsx-read'))).to.equal(false);

    await wizard.importFile(asFile(excelStyleWorkbook(), 'clientes.xlsx'));
    await waitUntil(() => wizard.currentStep === 'mapping', 'mapping step (xlsx)');
    expect(wizard.parserMode).to.equal('worker');
  });

  it('emits a worker that needs nothing but its own chunks', async () => {
    const listing = performance.getEntriesByType('resource').map((entry) => entry.name);
    const worker = listing.find((url) => /\/dist\/assets\/parse\.worker-[\w-]+\.js$/.test(url));
    expect(worker, 'the worker was loaded from dist/assets').to.exist;
    const source = await (await fetch(worker!)).text();
    // The test server rewrites bare imports to /node_modules/…; a self-contained worker has none.
    expect(source.includes('/node_modules/'), 'the worker imports from node_modules').to.equal(false);
    expect(/^import .* from "(?!\.\/)/m.test(source), 'the worker imports a bare module').to.equal(false);
  });
});
