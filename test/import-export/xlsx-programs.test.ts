/*
 * The XLSX reader against workbooks as Microsoft Excel, LibreOffice Calc, Google Sheets and the .NET
 * Open XML SDK save them (test/fixtures/import/xlsx-programs.ts), and against files that only look
 * like workbooks. The rows are checked as the wizard shows them: the sheets it offers, the cell texts
 * of the columns step, the rows of the review (dates as dates, phones as digits, never 3.46E+10).
 */
import { expect } from '@open-wc/testing';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import { isImportFileError, type ImportFileError } from '../../src/import-export/errors.js';
import { DEFAULT_MAX_FILE_BYTES } from '../../src/import-export/limits.js';
import type { LoadedFile, LoadLimits } from '../../src/import-export/protocol.js';
import { ParseSession } from '../../src/import-export/session.js';
import { readWorkbook } from '../../src/import-export/xlsx-read.js';
import { en } from '../../src/i18n/catalogs.js';
import { asFile, legacyXlsBytes } from '../fixtures/import/files.js';
import {
  encryptedWorkbookBytes,
  excelBinaryZip,
  excelWorkbook,
  googleSheetsWorkbook,
  libreOfficeWorkbook,
  openDocumentZip,
  openXmlSdkWorkbook,
  photosZip,
  wordDocumentZip,
} from '../fixtures/import/xlsx-programs.js';
import { $, $$, button, openWizard, stepIs, text } from '../elements/client-import/helpers.js';

const LIMITS: LoadLimits = { maxBytes: DEFAULT_MAX_FILE_BYTES, maxRows: 200_000, locale: 'es' };
const ANALYZE = { dateOrder: 'dmy', defaultCountry: 'ES', nameStyle: 'es', dedupeBy: ['email', 'phone'] } as const;

/** What the columns step receives for a workbook, and the session that read it. */
async function load(bytes: Uint8Array, fileName: string, locale = 'es'): Promise<{ session: ParseSession; loaded: LoadedFile }> {
  const session = new ParseSession();
  const loaded = await session.load(asFile(bytes, fileName), fileName, { ...LIMITS, locale });
  return { session, loaded };
}

/** The rows of the review step (as they will be stored) after the suggested mapping. */
function review(session: ParseSession, loaded: LoadedFile) {
  return session.analyze(loaded.suggested, ANALYZE);
}

async function loadError(bytes: Uint8Array, fileName: string): Promise<ImportFileError> {
  try {
    await load(bytes, fileName);
  } catch (error) {
    expect(isImportFileError(error), String(error)).to.equal(true);
    return error as ImportFileError;
  }
  throw new Error(`${fileName} loaded without error`);
}

describe('import-export: XLSX files saved by spreadsheet programs', () => {
  describe('Microsoft Excel', () => {
    it('offers the visible worksheets in tab order: not the hidden list nor the chart sheet, whatever the parts are called', () => {
      for (const absoluteTargets of [false, true]) {
        const sheets = readWorkbook(excelWorkbook({ absoluteTargets }));
        expect(sheets.map((sheet) => sheet.name), `absolute targets: ${absoluteTargets}`).to.deep.equal(['Clientes', 'Resumen']);
        expect(sheets[1]!.rows).to.deep.equal([['Total clientes', '4']]);
      }
    });

    it('reads every cell as Excel shows it', () => {
      const [clients] = readWorkbook(excelWorkbook());
      expect(clients!.rows).to.deep.equal([
        ['Nombre', 'Apellidos', 'Móvil', 'Email', 'Fecha de nacimiento', 'Código postal', 'VIP', 'Observaciones', 'Puntos'],
        // Rich-text runs joined; the phone number as digits; the formula's cached text; date format 14;
        // a text postal code; a boolean; _x000D_ as the CR it stands for; binary noise trimmed.
        ['María José', 'García Núñez', '34612345678', 'maria.garcia@ejemplo.es', '1985-03-07', '08001', 'TRUE', 'Alergia al látex.\r\nUsar guantes de nitrilo. ', '65.5'],
        // Phonetic guide left out of "García Núñez" above and entities decoded here; a custom
        // dd/mm/yyyy date; 8001 in the zip code format 00000; the empty styled cell and #DIV/0! empty.
        ['Íñigo', 'Ibáñez & Cía', '655443322', 'inigo@ejemplo.es', '1978-06-15', '08001', 'FALSE'],
        // A shared formula's cached value; a phone stored as text; _x005F_ (an escaped "_") kept literal.
        ['Conceição', 'Gonçalves', '+351 912 345 678', 'conceicao@ejemplo.pt', '1969-05-12', '04001', '', 'Código interno: ABC_x0041_'],
        // More digits than a double holds: Excel's 15 significant digits, not 1.23456789012346e+21.
        ['Carmen', '', '', '', '', '', '', '', '1234567890123460000000'],
      ]);
      // Row 4 holds only formatting: skipped, and the row numbers stay Excel's.
      expect(clients!.rowNumbers).to.deep.equal([1, 2, 3, 5, 6]);
    });

    it('shows the columns and the review as the user expects', async () => {
      const { session, loaded } = await load(excelWorkbook(), 'clientes.xlsx');
      expect(loaded).to.deep.include({ kind: 'xlsx', sheetIndex: 0, rowCount: 4, recognised: true });
      expect(loaded.sheets).to.deep.equal([{ name: 'Clientes', rows: 4 }, { name: 'Resumen', rows: 0 }]);
      expect(loaded.suggested.slice(0, 6)).to.deep.equal(['firstName', 'lastName', 'mobile', 'email', 'birthDate', 'postalCode']);
      expect(loaded.sample.map((row) => [row[2], row[4], row[5]])).to.deep.equal([
        ['34612345678', '1985-03-07', '08001'],
        ['655443322', '1978-06-15', '08001'],
        ['+351 912 345 678', '1969-05-12', '04001'],
      ]);
      const analysis = review(session, loaded);
      expect([analysis.valid, analysis.invalid]).to.deep.equal([4, 0]);
      const [maria, inigo, conceicao] = analysis.preview.map((row) => row.data!);
      expect(maria).to.deep.include({ firstName: 'María José', lastName: 'García Núñez', birthDate: '1985-03-07', email: 'maria.garcia@ejemplo.es' });
      expect(maria!.phones![0]!.number).to.equal('+34612345678');
      expect(maria!.address!.postalCode).to.equal('08001');
      expect(inigo).to.deep.include({ birthDate: '1978-06-15' });
      expect(inigo!.address!.postalCode).to.equal('08001');
      expect(conceicao!.phones![0]!.number).to.equal('+351912345678');
    });
  });

  describe('LibreOffice Calc', () => {
    it('reads shared and inline strings, cells and rows without `r`, and stops at the formatted empty rows', () => {
      const sheets = readWorkbook(libreOfficeWorkbook());
      expect(sheets.map((sheet) => [sheet.name, sheet.rows.length])).to.deep.equal([
        ['Hoja1', 4],
        ['Hoja2', 0],
      ]);
      expect(sheets[0]!.rows).to.deep.equal([
        ['Nombre', 'Apellidos', 'Teléfono', 'Correo electrónico', 'Fecha de nacimiento', 'C.P.', 'VIP', 'Notas'],
        ['Lucía', 'Fernández', '612345678', 'lucia@ejemplo.es', '1985-03-07', '08001', 'TRUE', '  Prefiere la tarde '],
        // No `r` anywhere in this row: row 3, columns by order (the empty <c/> keeps D empty).
        ['Pablo', 'Ruiz Gómez', '655443322', '', '1990-12-31'],
        // `r` on A4 and G4 only: B4 and C4 follow A4, H4 follows G4.
        ['João', 'Araújo', '5511987654321', '', '', '', 'FALSE', 'Cliente desde 2019'],
      ]);
      expect(sheets[0]!.rowNumbers).to.deep.equal([1, 2, 3, 4]);
    });

    it('shows the columns and the review as the user expects', async () => {
      const { session, loaded } = await load(libreOfficeWorkbook(), 'clientes.xlsx');
      expect(loaded).to.deep.include({ sheetIndex: 0, rowCount: 3 });
      expect(loaded.suggested).to.deep.equal(['firstName', 'lastName', 'phone', 'email', 'birthDate', 'postalCode', 'ignore', 'notes']);
      const analysis = review(session, loaded);
      expect([analysis.valid, analysis.invalid]).to.deep.equal([3, 0]);
      const [lucia, pablo] = analysis.preview.map((row) => row.data!);
      expect(lucia).to.deep.include({ firstName: 'Lucía', birthDate: '1985-03-07', email: 'lucia@ejemplo.es' });
      expect(lucia!.address!.postalCode).to.equal('08001');
      expect(lucia!.phones![0]!.number).to.equal('+34612345678');
      expect(pablo).to.deep.include({ lastName: 'Ruiz Gómez', birthDate: '1990-12-31' });
    });
  });

  describe('Google Sheets', () => {
    it('reads Java-style numbers as digits and yyyy-mm-dd serials as dates, without dimension or string counts', async () => {
      const sheets = readWorkbook(googleSheetsWorkbook());
      expect(sheets.map((sheet) => sheet.name)).to.deep.equal(['Clientes', 'Hoja 2']);
      expect(sheets[0]!.rows).to.deep.equal([
        ['Nombre', 'Apellidos', 'Teléfono', 'Email', 'Fecha de nacimiento', 'Código postal'],
        ['Ana', 'Souza', '34612345678', 'ana.souza@ejemplo.com', '1990-12-31', '01001'],
        ['Tomás', 'Peña', '655443322', 'tomas@ejemplo.es', '1978-06-15'],
      ]);
      const { session, loaded } = await load(googleSheetsWorkbook(), 'Clientes - Google Sheets.xlsx');
      expect(loaded.sample[0]![2]).to.equal('34612345678');
      const [ana, tomas] = review(session, loaded).preview.map((row) => row.data!);
      expect(ana).to.deep.include({ birthDate: '1990-12-31', email: 'ana.souza@ejemplo.com' });
      expect(ana!.phones![0]!.number).to.equal('+34612345678');
      expect(ana!.address!.postalCode).to.equal('01001');
      expect(tomas).to.deep.include({ birthDate: '1978-06-15' });
    });
  });

  describe('.NET Open XML SDK', () => {
    it('reads a workbook with an `x:` prefix on every element, generated relationship ids and no shared strings', async () => {
      const sheets = readWorkbook(openXmlSdkWorkbook());
      expect(sheets.map((sheet) => sheet.name)).to.deep.equal(['Clients']);
      expect(sheets[0]!.rows).to.deep.equal([
        ['FirstName', 'LastName', 'Phone', 'Email', 'BirthDate', 'ZipCode'],
        ['Carmen', 'Díaz', '34699112233', 'carmen@ejemplo.es', '1990-12-31', '04001'],
        ['Luíza', 'Araújo', '5511912345678', 'luiza@ejemplo.com.br', '1985-03-07'],
      ]);
      const { session, loaded } = await load(openXmlSdkWorkbook(), 'export.xlsx', 'en');
      expect(loaded.suggested.slice(0, 5)).to.deep.equal(['firstName', 'lastName', 'phone', 'email', 'birthDate']);
      const [carmen, luiza] = review(session, loaded).preview.map((row) => row.data!);
      expect(carmen).to.deep.include({ birthDate: '1990-12-31', email: 'carmen@ejemplo.es' });
      expect(luiza).to.deep.include({ birthDate: '1985-03-07', email: 'luiza@ejemplo.com.br' });
    });
  });

  describe('files that only look like workbooks', () => {
    it('says an .xlsx that is an old binary workbook is one (legacy-xls)', async () => {
      expect((await loadError(legacyXlsBytes(), 'clientes.xlsx')).code).to.equal('legacy-xls');
    });

    it('names the formats it cannot read: a password-protected workbook, .xlsb, .ods', async () => {
      expect((await loadError(encryptedWorkbookBytes(), 'clientes.xlsx')).code).to.equal('encrypted');
      expect((await loadError(excelBinaryZip(), 'clientes.xlsb')).code).to.equal('xlsb');
      expect((await loadError(openDocumentZip(), 'clientes.ods')).code).to.equal('ods');
    });

    it('says a zip of something else is not a spreadsheet (binary), and a broken zip is damaged (malformed)', async () => {
      for (const [name, bytes] of [
        ['Word document', wordDocumentZip()],
        ['zip of photos', photosZip()],
      ] as const) {
        expect((await loadError(bytes, 'clientes.xlsx')).code, name).to.equal('binary');
      }
      const truncated = excelWorkbook().slice(0, 600);
      expect((await loadError(truncated, 'clientes.xlsx')).code).to.equal('malformed');
    });
  });
});

describe('<client-import> with workbooks from spreadsheet programs', function () {
  this.timeout(30_000);
  const t = en.import;

  it('shows an Excel workbook’s cells in the columns step and its dates and phones in the review', async () => {
    const wizard = await openWizard(createMemoryAdapter({ clientCount: 5 }));
    await wizard.importFile(asFile(excelWorkbook(), 'clientes.xlsx'));
    await stepIs(wizard, 'mapping');
    const sheet = $<HTMLSelectElement>(wizard, '.field.inline select')!;
    expect([...sheet.options].map((option) => option.textContent)).to.deep.equal(['Clientes (4 rows)', 'Resumen (0 rows)']);
    const examples = $$(wizard, 'table.mapping tbody tr').map((row) => text(row.querySelector('.example')));
    expect(examples.slice(0, 6)).to.deep.equal(['María José', 'García Núñez', '34612345678', 'maria.garcia@ejemplo.es', '1985-03-07', '08001']);
    button(wizard, en.common.next).click();
    await stepIs(wizard, 'preview');
    const first = $$(wizard, 'table.preview tbody tr')[0]!;
    const cells = [...first.querySelectorAll('td')].map((cell) => text(cell));
    expect(cells.slice(0, 4)).to.deep.equal(['2', 'María José García Núñez', 'maria.garcia@ejemplo.es', '+34612345678']);
    expect(cells[4]).to.equal(new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date('1985-03-07T00:00:00Z')));
  });

  for (const [name, bytes, message] of [
    ['an old .xls saved as .xlsx', legacyXlsBytes(), t.fileErrors['legacy-xls']],
    ['a Word document saved as .xlsx', wordDocumentZip(), t.fileErrors.binary],
    ['a password-protected workbook', encryptedWorkbookBytes(), t.fileErrors.encrypted],
    ['an OpenDocument spreadsheet', openDocumentZip(), t.fileErrors.ods],
  ] as const) {
    it(`explains ${name}`, async () => {
      const wizard = await openWizard(createMemoryAdapter({ clientCount: 5 }));
      await wizard.importFile(asFile(bytes, 'clientes.xlsx'));
      await wizard.updateComplete;
      const error = $(wizard, '.file-error');
      expect(text(error)).to.contain(t.fileErrorTitle);
      expect(text(error)).to.contain(message);
      expect(wizard.currentStep).to.equal('file');
    });
  }
});
