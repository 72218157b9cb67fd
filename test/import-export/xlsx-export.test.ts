import { expect } from '@open-wc/testing';
import { csvDelimiterFor, csvField, escapeFormula, toCsv } from '../../src/import-export/csv-write.js';
import { parseDelimited } from '../../src/import-export/csv.js';
import { ImportFileError } from '../../src/import-export/errors.js';
import {
  exportClients,
  exportClientsFile,
  exportColumnsForListColumns,
  exportCsv,
  exportTable,
  type ExportContext,
} from '../../src/import-export/export.js';
import { decodeText } from '../../src/import-export/sniff.js';
import { isDateFormat, readWorkbook, serialToIso } from '../../src/import-export/xlsx-read.js';
import { excelSerialToIso } from '../../src/import-export/dates.js';
import { isImportFileError } from '../../src/import-export/errors.js';
import { writeWorkbook, writeXlsx } from '../../src/import-export/xlsx-write.js';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import { createRestAdapter } from '../../src/adapters/rest/index.js';
import { en, es } from '../../src/i18n/catalogs.js';
import type { Client } from '../../src/model/client.js';
import type { ClientDataAdapter } from '../../src/adapter/contract.js';
import { mswBackend } from '../adapters/rest-backends.js';
import { excelStyleWorkbook } from '../fixtures/import/files.js';

describe('import-export: XLSX reading', () => {
  it('reads every sheet of an Excel workbook: shared and rich strings, dates, numbers, booleans, formulas, gaps', () => {
    const sheets = readWorkbook(excelStyleWorkbook());
    expect(sheets.map((sheet) => sheet.name)).to.deep.equal(['Notas', 'Clientes']);
    expect(sheets[0]!.rows).to.deep.equal([['Bienvenida']]);
    const clients = sheets[1]!;
    expect(clients.rows[0]).to.deep.equal(['Nombre', 'Apellidos', 'Teléfono', 'Fecha de nacimiento', 'Alta', 'VIP', 'Notas', 'Email']);
    expect(clients.rows[1]).to.deep.equal(['Lucía', 'Fernández & Hijos <SL>', '612345678', '1985-03-07', '2023-07-06', 'TRUE', 'Primera línea\nsegunda línea', 'lucia@ejemplo.es']);
    expect(clients.rows[2]).to.deep.equal(['Pablo', 'Ruiz', '655443322', '', '', 'FALSE', '', 'Email']);
    expect(clients.rowNumbers).to.deep.equal([1, 2, 4]);
  });

  it('reads the 1904 date system and x:-prefixed parts', () => {
    const sheets = readWorkbook(excelStyleWorkbook({ date1904: true, prefixed: true }));
    expect(sheets[1]!.rows[1]![3]).to.equal('1985-03-07');
    expect(sheets[1]!.rows[1]![1]).to.equal('Fernández & Hijos <SL>');
  });

  it('tells date formats from number formats', () => {
    expect(isDateFormat('dd/mm/yyyy;@')).to.equal(true);
    expect(isDateFormat('[$-409]mmmm d, yyyy')).to.equal(true);
    expect(isDateFormat('#,##0.00 "días"')).to.equal(false);
    expect(isDateFormat('0.00%')).to.equal(false);
  });

  it('refuses a zip that is not a workbook, and limits rows', () => {
    const zip = writeXlsx([['a'], ['1'], ['2'], ['3']]);
    const codeOf = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        expect(isImportFileError(error)).to.equal(true);
        return (error as ImportFileError).code;
      }
      return undefined;
    };
    expect(codeOf(() => readWorkbook(zip, { maxRows: 2 }))).to.equal('too-many-rows');
    expect(codeOf(() => readWorkbook(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])))).to.equal('malformed');
  });

  it('converts serial dates exactly as the date parser does', () => {
    for (const serial of [1, 59, 60, 61, 31113, 45113, 2_958_465]) expect(serialToIso(serial, false)).to.equal(excelSerialToIso(serial));
    for (const serial of [0, 29651, 40000]) expect(serialToIso(serial, true)).to.equal(excelSerialToIso(serial, true));
  });

  it('reads back what the writer writes: two sheets, text that looks like a formula stays text', () => {
    const bytes = writeWorkbook([
      { name: 'Clientes', rows: [['Nombre', 'Nacimiento', 'Ventas', 'VIP'], ['=1+2', { date: '1990-12-31' }, 12.5, true], ['Ana <&> "Bea"', null, -3, false]] },
      { name: 'Clientes', rows: [['Otra']] },
    ]);
    const sheets = readWorkbook(bytes);
    expect(sheets.map((sheet) => sheet.name)).to.deep.equal(['Clientes', 'Clientes (2)']);
    expect(sheets[0]!.rows).to.deep.equal([
      ['Nombre', 'Nacimiento', 'Ventas', 'VIP'],
      ['=1+2', '1990-12-31', '12.5', 'TRUE'],
      ['Ana <&> "Bea"', '', '-3', 'FALSE'],
    ]);
  });
});

describe('import-export: CSV writing', () => {
  it('escapes cells a spreadsheet would run as formulas (= + - @ tab CR), not numbers or phones', () => {
    expect(escapeFormula('=HYPERLINK("http://x")')).to.equal('\'=HYPERLINK("http://x")');
    expect(escapeFormula('+SUM(A1:A9)')).to.equal("'+SUM(A1:A9)");
    expect(escapeFormula('-2+3+cmd|x')).to.equal("'-2+3+cmd|x");
    expect(escapeFormula('@SUM(1)')).to.equal("'@SUM(1)");
    expect(escapeFormula('\tsecret')).to.equal("'\tsecret");
    expect(escapeFormula('\r=1')).to.equal("'\r=1");
    expect(escapeFormula('+34 612 345 678')).to.equal('+34 612 345 678');
    expect(escapeFormula('-12.50')).to.equal('-12.50');
    expect(escapeFormula('María')).to.equal('María');
  });

  it('quotes fields with delimiters, quotes and line breaks; BOM and CRLF', () => {
    expect(csvField('a;b', ';')).to.equal('"a;b"');
    expect(csvField('a;b', ',')).to.equal('a;b');
    expect(csvField('say "hi"')).to.equal('"say ""hi"""');
    expect(csvField('one\ntwo')).to.equal('"one\ntwo"');
    expect(csvField(null)).to.equal('');
    expect(toCsv([['a', 'b'], [1, '=x']])).to.equal("\ufeffa,b\r\n1,'=x\r\n");
    expect(csvDelimiterFor('es')).to.equal(';');
    expect(csvDelimiterFor('pt-BR')).to.equal(';');
    expect(csvDelimiterFor('en')).to.equal(',');
  });
});

function contextFor(t: typeof en, locale: string): ExportContext {
  return { locale, headers: t.import.exportColumns, status: t.enums.clientStatus, gender: t.enums.gender };
}

async function someClients(adapter: ClientDataAdapter): Promise<Client[]> {
  const created = await adapter.clients.create({
    firstName: 'Óscar',
    lastName: '=cmd|" /C calc"!A0',
    email: 'oscar@ejemplo.es',
    phones: [{ number: '+34 612 345 678', type: 'mobile', whatsapp: true, primary: true }],
    birthDate: '1980-05-04',
    status: 'vip',
    gender: 'male',
  });
  return [created];
}

for (const backend of ['memory', 'REST over MSW'] as const) {
  describe(`import-export: export through the ${backend} adapter`, () => {
    let adapter: ClientDataAdapter;
    before(async () => {
      adapter = backend === 'memory' ? createMemoryAdapter({ clientCount: 20, seed: 3 }) : createRestAdapter({ baseUrl: (await mswBackend()).baseUrl });
    });

    it('exports the current filter to CSV: UTF-8 BOM, locale delimiter, labels, formulas escaped', async () => {
      const [client] = await someClients(adapter);
      const file = await exportClients(adapter, { search: 'oscar@ejemplo.es' }, { format: 'csv', context: contextFor(es, 'es'), columns: ['name', 'lastName', 'phone', 'status', 'birthDate', 'totalSales', 'id'] });
      expect(file.fileName).to.match(/^clients-\d{4}-\d{2}-\d{2}\.csv$/);
      expect(file.count).to.be.greaterThan(0);
      const bytes = new Uint8Array(await file.blob.arrayBuffer());
      expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
      const parsed = parseDelimited(decodeText(bytes).text);
      expect(parsed.delimiter).to.equal(';');
      expect(parsed.rows[0]).to.deep.equal(['Nombre', 'Apellidos', 'Teléfono', 'Estado', 'Fecha de nacimiento', 'Ventas totales', 'ID de cliente']);
      const row = parsed.rows.find((candidate) => candidate[6] === client!.id)!;
      expect(row).to.deep.equal(['Óscar =cmd|" /C calc"!A0', '\'=cmd|" /C calc"!A0', '+34 612 345 678', 'VIP', '1980-05-04', '0', client!.id]);
    });

    it('exports a selection (filter.ids) to XLSX with the list’s visible columns', async () => {
      const [client] = await someClients(adapter);
      const columns = exportColumnsForListColumns(['select', 'client', 'contact', 'sales', 'updated']);
      expect(columns).to.deep.equal(['name', 'firstName', 'lastName', 'groups', 'tags', 'email', 'phone', 'totalSales', 'currency', 'updatedAt', 'id']);
      const file = await exportClients(adapter, { filter: { ids: [client!.id] } }, { format: 'xlsx', columns, context: contextFor(en, 'en') });
      expect(file.fileName.endsWith('.xlsx')).to.equal(true);
      expect(file.count).to.equal(1);
      const [sheet] = readWorkbook(new Uint8Array(await file.blob.arrayBuffer()));
      expect(sheet!.rows[0]).to.deep.equal(['Name', 'First name', 'Last name', 'Groups', 'Tags', 'Email', 'Phone', 'Total sales', 'Currency', 'Last updated', 'Client ID']);
      expect(sheet!.rows[1]!.slice(0, 3)).to.deep.equal(['Óscar =cmd|" /C calc"!A0', 'Óscar', '=cmd|" /C calc"!A0']);
      expect(sheet!.rows[1]!.slice(5, 7)).to.deep.equal(['oscar@ejemplo.es', '+34 612 345 678']);
      expect(sheet!.rows[1]![10]).to.equal(client!.id);
    });
  });
}

describe('import-export: export tables', () => {
  it('writes dates as dates, enums as labels, decimals with a comma where the locale does', async () => {
    const adapter = createMemoryAdapter({ clientCount: 0 });
    const [client] = await someClients(adapter);
    const table = exportTable([client!], ['birthDate', 'status', 'gender', 'totalSales'], contextFor(es, 'es'));
    expect(table[1]).to.deep.equal([{ date: '1980-05-04' }, 'VIP', 'Hombre', 0]);
    const csv = exportCsv([{ ...client!, stats: { ...client!.stats, totalSales: { amountMinor: 123456, currency: 'EUR' } } }], ['totalSales'], contextFor(es, 'es'));
    expect(csv).to.equal('\ufeffVentas totales\r\n"1234,56"\r\n'.replace('"1234,56"', '1234,56'));
    const xlsx = await exportClientsFile([client!], { format: 'xlsx', columns: ['birthDate'], context: contextFor(en, 'en') });
    expect(xlsx.blob.type).to.equal('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  });
});
