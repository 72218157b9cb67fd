import { aTimeout, expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createMemoryAdapter, type MemoryAdapter } from '../../../src/adapters/memory/index.js';
import { createRestAdapter } from '../../../src/adapters/rest/index.js';
import type { ClientDataAdapter } from '../../../src/adapter/contract.js';
import type { ClientImport } from '../../../src/elements/client-import/client-import.js';
import { ALL_PERMISSIONS } from '../../../src/model/session.js';
import { en, es, ptBR } from '../../../src/i18n/catalogs.js';
import { mswBackend } from '../../adapters/rest-backends.js';
import { asFile, bigCsv, binaryBytes, excelStyleWorkbook, fixtureFile, legacyXlsBytes, semicolonLatin1Bytes } from '../../fixtures/import/files.js';
import { formatBytes } from '../../../src/elements/client-import/format.js';
import { $, $$, button, catchDownload, choose, openWizard, stepIs, text } from './helpers.js';

const t = en.import;

/** Counts importBatch calls (nothing may be written before the user confirms). */
function watching(adapter: ClientDataAdapter): { adapter: ClientDataAdapter; batches: () => number } {
  let batches = 0;
  const clients = new Proxy(adapter.clients, {
    get(target, name, receiver) {
      const value = Reflect.get(target, name, receiver) as unknown;
      if (name === 'importBatch') {
        return (...args: Parameters<ClientDataAdapter['clients']['importBatch']>) => {
          batches++;
          return target.importBatch(...args);
        };
      }
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { adapter: { ...adapter, clients }, batches: () => batches };
}

async function countMarked(adapter: ClientDataAdapter, search: string): Promise<number> {
  return (await adapter.clients.list({ search, limit: 1 })).total;
}

describe('<client-import>', function () {
  this.timeout(30_000);

  describe('accessibility and defaults', () => {
    it('opens a labelled modal dialog on the file step, and is accessible', async () => {
      const wizard = await openWizard(createMemoryAdapter({ clientCount: 10 }));
      const dialog = $<HTMLDialogElement>(wizard, 'dialog')!;
      expect(dialog.open).to.equal(true);
      expect(wizard.hasAttribute('open')).to.equal(true);
      expect(wizard.currentStep).to.equal('file');
      expect(text($(wizard, '.title'))).to.equal(t.title);
      expect($(wizard, '[aria-current="step"]')!.textContent).to.contain(t.steps.file);
      expect($<HTMLInputElement>(wizard, 'input[type=file]')!.accept).to.contain('.xlsx');
      await expect(wizard).to.be.accessible();
    });

    it('closes with its button, Escape and close(), returning focus and firing client-import-close', async () => {
      const wizard = await openWizard(createMemoryAdapter({ clientCount: 10 }));
      let closed = oneEvent(wizard, 'client-import-close');
      button(wizard, t.title === '' ? '' : en.common.cancel).click();
      expect((await closed).detail).to.deep.equal({ imported: false });
      expect(wizard.open).to.equal(false);
      await wizard.show();
      closed = oneEvent(wizard, 'client-import-close');
      await sendKeys({ press: 'Escape' });
      await closed;
      expect($<HTMLDialogElement>(wizard, 'dialog')!.open).to.equal(false);
      wizard.open = true;
      await wizard.updateComplete;
      expect(wizard.close()).to.equal(true);
      await wizard.updateComplete;
      expect($<HTMLDialogElement>(wizard, 'dialog')!.open).to.equal(false);
    });

    it('shows the permission-limited state without the import permission', async () => {
      const wizard = await openWizard(createMemoryAdapter({ clientCount: 5 }), { permissions: ALL_PERMISSIONS.filter((p) => p !== 'clients.import') });
      expect(text($(wizard, '.body'))).to.contain(t.forbidden);
      expect($(wizard, 'input[type=file]')).to.equal(null);
      await expect(wizard).to.be.accessible();
    });

    it('speaks Spanish and Brazilian Portuguese', async () => {
      const spanish = await openWizard(createMemoryAdapter({ clientCount: 5 }), { lang: 'es' });
      expect(text($(spanish, '.title'))).to.equal(es.import.title);
      expect(text($(spanish, '.dropzone'))).to.contain(es.import.browse);
      const portuguese = await openWizard(createMemoryAdapter({ clientCount: 5 }), { lang: 'pt-BR' });
      expect(text($(portuguese, '.dropzone'))).to.contain(ptBR.import.dropTitle);
      expect(text($(portuguese, '.dropzone'))).to.contain('20 MB');
    });
  });

  describe('bad input', () => {
    const BIG = new TextEncoder().encode(bigCsv(40));
    const cases: [string, () => Promise<File> | File, string, number?][] = [
      ['an empty file', () => fixtureFile('empty.csv'), t.fileErrors.empty],
      ['a file with only a header', () => fixtureFile('header-only.csv'), t.fileErrors.empty],
      ['a binary file', () => asFile(binaryBytes(), 'foto.csv'), t.fileErrors.binary],
      ['an old .xls workbook', () => asFile(legacyXlsBytes(), 'clientes.xls'), t.fileErrors['legacy-xls']],
      ['a damaged CSV', () => fixtureFile('unclosed-quote.csv'), t.fileErrors.malformed('2')],
      ['a file over the size limit', () => asFile(BIG, 'big.csv'), t.fileErrors['too-large'](formatBytes(BIG.length, 'en'), '1 kB'), 1024],
      ['a file with no recognisable column', () => fixtureFile('no-header.csv'), t.fileErrors['no-columns']],
    ];
    for (const [name, file, message, maxFileSize] of cases) {
      it(`explains ${name}, and writes nothing`, async () => {
        const { adapter, batches } = watching(createMemoryAdapter({ clientCount: 5 }));
        const wizard = await openWizard(adapter, maxFileSize ? { maxFileSize } : {});
        await wizard.importFile(await file());
        await wizard.updateComplete;
        const error = $(wizard, '.file-error');
        expect(text(error)).to.contain(t.fileErrorTitle);
        expect(text(error)).to.contain(message);
        expect(error!.getAttribute('role')).to.equal('alert');
        expect(wizard.currentStep).to.equal('file');
        expect(batches()).to.equal(0);
      });
    }

    it('lets the user map a file with no recognisable column by hand', async () => {
      const wizard = await openWizard(createMemoryAdapter({ clientCount: 5 }));
      await wizard.importFile(await fixtureFile('no-header.csv'));
      await wizard.updateComplete;
      button(wizard, t.mapManually).click();
      await stepIs(wizard, 'mapping');
      const selects = $$<HTMLSelectElement>(wizard, 'table.mapping select');
      expect(selects.map((select) => select.value)).to.deep.equal(['ignore', 'ignore', 'ignore', 'ignore']);
      expect(button(wizard, en.common.next).disabled).to.equal(true);
      expect(text($(wizard, '.problems'))).to.contain(t.problemNoName);
      choose(selects[0]!, 'firstName');
      await wizard.updateComplete;
      expect(button(wizard, en.common.next).disabled).to.equal(false);
    });
  });

  for (const backend of ['memory', 'REST over MSW'] as const) {
    describe(`a full import through the ${backend} adapter`, () => {
      let base: ClientDataAdapter;
      before(async () => {
        base = backend === 'memory' ? createMemoryAdapter({ clientCount: 40, seed: 9 }) : createRestAdapter({ baseUrl: (await mswBackend()).baseUrl });
      });

      it('maps, previews with errors and duplicates, imports on confirm, and summarises', async () => {
        // An existing client with María's email: her row is an existing duplicate.
        const existing = await base.clients.create({ firstName: 'María', lastName: 'Existente', email: 'maria.garcia@ejemplo.es' });
        const { adapter, batches } = watching(base);
        const wizard = await openWizard(adapter, { lang: 'es' });
        await wizard.importFile(asFile(semicolonLatin1Bytes(), 'clientes.csv'));
        await stepIs(wizard, 'mapping');
        // (Worker mode itself is checked in test/import-export/worker.test.ts and dist.test.ts.)
        expect(wizard.parserMode).to.be.oneOf(['worker', 'main-thread']);
        const facts = text($(wizard, '.facts'));
        expect(facts).to.contain('clientes.csv');
        expect(facts).to.contain(es.import.encodings['windows-1252']);
        expect(facts).to.contain(es.import.delimiters[';']);
        const rows = $$(wizard, 'table.mapping tbody tr');
        expect(rows).to.have.length(11);
        expect(text(rows[0]!.querySelector('th'))).to.equal('Nombre');
        expect(text(rows[0]!.querySelector('.example'))).to.equal('José');
        expect(rows[2]!.querySelector('select')!.value).to.equal('phone');
        await expect(wizard).to.be.accessible();

        button(wizard, es.common.next).click();
        await stepIs(wizard, 'preview');
        const counts = text($(wizard, '.counts'));
        expect(counts).to.contain('3 filas listas para importar');
        expect(counts).to.contain('3 filas tienen errores');
        expect(counts).to.contain('2 posibles duplicados');
        expect($$(wizard, 'table.preview tbody tr')).to.have.length(6);
        const issues = text($(wizard, '.issues'));
        expect(issues).to.contain('Fila 4 E-mail no es un email válido: «inigo@ejemplo»');
        expect(issues).to.contain('Fila 5 Nombre es obligatorio');
        expect(issues).to.contain('Fila 6 Fecha de nacimiento no es una fecha que podamos leer: «30/02/1982»');
        const duplicates = $$(wizard, '.duplicates li');
        expect(text(duplicates[0])).to.contain('Ya es cliente: María Existente');
        expect(text(duplicates[1])).to.contain('La misma persona que la fila 2 (José Muñoz Pequeño)');
        expect(text(button(wizard, 'Importar'))).to.equal('Importar 1 cliente');
        expect(text($(wizard, '.footer-note'))).to.equal(es.import.notSavedYet);
        expect(batches()).to.equal(0);
        await expect(wizard).to.be.accessible();

        // Update María; create Conceição anyway (same mobile as José).
        choose(duplicates[0]!.querySelector('select')!, 'update');
        choose(duplicates[1]!.querySelector('select')!, 'create');
        await wizard.updateComplete;
        expect(text(button(wizard, 'Importar 3'))).to.equal('Importar 3 clientes');
        const complete = oneEvent(wizard, 'client-import-complete');
        button(wizard, 'Importar 3').click();
        const { detail } = await complete;
        expect(detail).to.deep.include({ status: 'done', total: 6, created: 2, updated: 1, skipped: 0, failed: 3 });
        expect(detail.importId).to.match(/^import-/);
        await stepIs(wizard, 'summary');
        const summary = text($(wizard, '.summary'));
        expect(summary).to.contain('2 clientes creados');
        expect(summary).to.contain('1 cliente actualizado');
        expect(summary).to.contain('3 filas con error');
        const updated = await base.clients.get(existing.id);
        expect(updated).to.deep.include({ firstName: 'María Ángeles', lastName: 'García-Núñez', birthDate: '1990-12-31' });
        expect(updated.customFields['notes']).to.equal('Alergia: látex; debe 20 €');
        expect(await countMarked(base, 'Gonçalves')).to.be.greaterThan(0);
        await expect(wizard).to.be.accessible();

        const download = catchDownload();
        button(wizard, es.import.downloadFailed).click();
        const file = await download;
        expect(file.name).to.equal('filas-con-errores.csv');
        expect(file.text.startsWith('\ufeffFila;Nombre;Apellidos')).to.equal(true);
        expect(file.text).to.contain('Íñigo');
        expect(file.text).to.contain('E-mail: no es un email válido'.replace('E-mail', 'Email'));

        const closed = oneEvent(wizard, 'client-import-close');
        button(wizard, es.import.done).click();
        expect((await closed).detail).to.deep.equal({ imported: true });
      });

      it('reads an XLSX workbook and lets the user choose its sheet', async () => {
        const wizard = await openWizard(base);
        await wizard.importFile(asFile(excelStyleWorkbook(), 'clientes.xlsx'));
        await stepIs(wizard, 'mapping');
        const sheet = $<HTMLSelectElement>(wizard, '.field.inline select')!;
        expect([...sheet.options].map((option) => option.textContent)).to.deep.equal(['Notas (0 rows)', 'Clientes (2 rows)']);
        expect(sheet.value).to.equal('1');
        expect(text($(wizard, '.facts'))).to.contain('2 rows found');
        button(wizard, en.common.next).click();
        await stepIs(wizard, 'preview');
        expect(text($(wizard, 'table.preview tbody tr'))).to.contain('Lucía Fernández & Hijos <SL>');
        button(wizard, en.common.back).click();
        await stepIs(wizard, 'mapping');
        choose($<HTMLSelectElement>(wizard, '.field.inline select')!, '0');
        await waitUntil(() => text($(wizard, '.facts')).includes('0 rows found'), 'cover sheet');
        expect($$(wizard, 'table.mapping tbody tr')).to.have.length(1);
      });
    });
  }

  describe('while importing', () => {
    let memory: MemoryAdapter;
    beforeEach(() => {
      memory = createMemoryAdapter({ clientCount: 10, seed: 2 });
    });

    async function toPreview(wizard: ClientImport, rows: number, prefix: string): Promise<void> {
      await wizard.importFile(new File([bigCsv(rows, { prefix })], `${prefix}.csv`));
      await stepIs(wizard, 'mapping');
      button(wizard, en.common.next).click();
      await stepIs(wizard, 'preview');
    }

    it('shows progress, counts and time left, and stops when asked (stored rows stay)', async () => {
      memory.simulation.latency = 40;
      const wizard = await openWizard(memory, { chunkSize: 10 });
      await toPreview(wizard, 120, 'stopme');
      button(wizard, 'Import 120').click();
      await stepIs(wizard, 'import');
      await waitUntil(() => ($<HTMLProgressElement>(wizard, 'progress')?.value ?? 0) >= 30, 'progress', { timeout: 10_000 });
      const progress = $<HTMLProgressElement>(wizard, 'progress')!;
      expect(progress.max).to.equal(120);
      expect(text($(wizard, '.progress-text'))).to.match(/\d+ of 120 rows/);
      expect(text($(wizard, '.progress-text'))).to.contain('left');
      expect(text($(wizard, '.tally'))).to.contain(en.enums.importOutcome.created);
      await expect(wizard).to.be.accessible();
      // Escape asks before stopping.
      await sendKeys({ press: 'Escape' });
      await wizard.updateComplete;
      await waitUntil(() => $(wizard, '.confirm-dialog'), 'stop confirmation');
      expect($<HTMLDialogElement>(wizard, 'dialog.wizard')!.open).to.equal(true);
      const complete = oneEvent(wizard, 'client-import-complete');
      ($(wizard, '.confirm-dialog button[value=confirm]') as HTMLButtonElement).click();
      const { detail } = await complete;
      expect(detail.status).to.equal('cancelled');
      await stepIs(wizard, 'summary');
      expect(text($(wizard, '.step-heading'))).to.equal(t.stoppedTitle);
      const stored = await countMarked(memory, 'stopme');
      expect(stored).to.equal(detail.created);
      expect(stored).to.be.within(30, 119);
      expect(text($(wizard, '.summary'))).to.contain(`${120 - stored} rows not imported yet`);

      // The user changes their mind: the import goes on from where it stopped, no row stored twice.
      const finished = oneEvent(wizard, 'client-import-complete');
      button(wizard, t.continueImport).click();
      await stepIs(wizard, 'import');
      expect((await finished).detail.status).to.equal('done');
      await stepIs(wizard, 'summary');
      expect(text($(wizard, '.step-heading'))).to.equal(t.doneTitle);
      expect(await countMarked(memory, 'stopme')).to.equal(120);
      expect(text($(wizard, '.summary'))).to.not.contain('not imported');
    });

    it('is interrupted by a lost connection and resumes without storing a row twice', async () => {
      // The first batch succeeds; the second fails four times (the retries run out).
      let calls = 0;
      const clients = new Proxy(memory.clients, {
        get(target, name, receiver) {
          if (name !== 'importBatch') return Reflect.get(target, name, receiver) as unknown;
          return async (...args: Parameters<MemoryAdapter['clients']['importBatch']>) => {
            calls++;
            if (calls >= 2 && calls <= 5) memory.simulation.failNext('network', 'clients.importBatch');
            return target.importBatch(...args);
          };
        },
      });
      const wizard = await openWizard({ ...memory, clients }, { chunkSize: 20 });
      await toPreview(wizard, 100, 'resumeme');
      button(wizard, 'Import 100').click();
      await waitUntil(() => wizard.currentStep === 'import' && text($(wizard, '.step-heading')) === t.interruptedTitle, 'interrupted', { timeout: 10_000 });
      expect(text($(wizard, '.file-error'))).to.contain(t.interrupted);
      expect(text($(wizard, '.progress-text'))).to.contain('20 of 100 rows');
      await expect(wizard).to.be.accessible();
      const complete = oneEvent(wizard, 'client-import-complete');
      button(wizard, t.resume).click();
      const { detail } = await complete;
      expect(detail).to.deep.include({ status: 'done', created: 100 });
      expect(await countMarked(memory, 'resumeme')).to.equal(100);
    });

    it('imports again with the new clients counted as existing', async () => {
      const wizard = await openWizard(memory);
      await toPreview(wizard, 5, 'twice');
      button(wizard, 'Import 5').click();
      await stepIs(wizard, 'summary');
      button(wizard, t.importAnother).click();
      await stepIs(wizard, 'file');
      await toPreview(wizard, 5, 'twice');
      expect(text($(wizard, '.counts'))).to.contain('5 possible duplicates');
      expect(text(button(wizard, 'Import'))).to.equal('Import 0 clients');
      await aTimeout(0);
    });
  });
});
