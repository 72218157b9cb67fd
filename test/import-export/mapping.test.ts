import { expect } from '@open-wc/testing';
import { analyzeRows, ExistingIndex } from '../../src/import-export/analyze.js';
import { parseDelimited } from '../../src/import-export/csv.js';
import { autoMap, guessCountry, guessField, mappingProblems } from '../../src/import-export/headers.js';
import { guessDateOrder } from '../../src/import-export/dates.js';
import { mapRow, unescapeCell, type MapOptions } from '../../src/import-export/map-row.js';
import { decodeText } from '../../src/import-export/sniff.js';
import { nextBatch } from '../../src/import-export/batches.js';
import { fixtureBytes, semicolonLatin1Bytes } from '../fixtures/import/files.js';

const ES: MapOptions = { dateOrder: 'dmy', defaultCountry: 'ES', nameStyle: 'es' };

function rowsOf(bytes: Uint8Array) {
  const parsed = parseDelimited(decodeText(bytes).text);
  return { headers: parsed.rows[0]!, rows: parsed.rows.slice(1), rowNumbers: parsed.rowNumbers.slice(1) };
}

describe('import-export: header mapping', () => {
  it('maps Spanish, Portuguese and English headers', () => {
    expect(autoMap(['Nombre', 'Apellidos', 'Teléfono', 'Celular', 'E-mail', 'Correo electrónico', 'Fecha de nacimiento', 'DNI'])).to.deep.equal([
      'firstName', 'lastName', 'phone', 'mobile', 'email', 'ignore', 'birthDate', 'nationalId',
    ]);
    expect(autoMap(['Nome completo', 'Celular', 'E-mail', 'Data de nascimento', 'CPF', 'Cidade', 'Estado'], { locale: 'pt-BR' })).to.deep.equal([
      'fullName', 'mobile', 'email', 'birthDate', 'nationalId', 'city', 'region',
    ]);
    expect(autoMap(['First Name', 'Last Name', 'Email Address', 'Mobile Phone', 'Date of Birth', 'Gender', 'Notes'])).to.deep.equal([
      'firstName', 'lastName', 'email', 'mobile', 'birthDate', 'gender', 'notes',
    ]);
    expect(autoMap(['Correo', 'Móvil', 'Sexo', 'Estado', 'Código postal', 'Población', 'Observaciones'], { locale: 'es' })).to.deep.equal([
      'email', 'mobile', 'gender', 'status', 'postalCode', 'city', 'notes',
    ]);
  });

  it('reads camelCase and PascalCase headers as words (exports of .NET and JSON tools)', () => {
    expect(autoMap(['FirstName', 'LastName', 'EmailAddress', 'MobilePhone', 'DateOfBirth', 'ZipCode'])).to.deep.equal([
      'firstName', 'lastName', 'email', 'mobile', 'birthDate', 'postalCode',
    ]);
    expect(autoMap(['fechaNacimiento', 'codigoPostal', 'DNI'], { locale: 'es' })).to.deep.equal(['birthDate', 'postalCode', 'nationalId']);
  });

  it('prefers specific synonyms, lets several columns feed phones, and reads a lone "Nombre" as a full name', () => {
    expect(guessField('Teléfono móvil').field).to.equal('mobile');
    expect(guessField('Tel. fijo').field).to.equal('homePhone');
    expect(autoMap(['Nombre', 'Teléfono', 'Teléfono 2', 'Email'])).to.deep.equal(['fullName', 'phone', 'phone', 'email']);
    expect(autoMap(['Name', 'E-Mail'])).to.deep.equal(['fullName', 'email']);
    expect(autoMap(['Color favorito', 'foo', ''])).to.deep.equal(['ignore', 'ignore', 'ignore']);
  });

  it('guesses the date order from the values and the country from the header words', () => {
    expect(guessDateOrder(['07/03/1985', '31/12/1990'])).to.equal('dmy');
    expect(guessDateOrder(['03/07/1985', '12/31/1990'])).to.equal('mdy');
    expect(guessDateOrder(['1985-03-07'])).to.equal('ymd');
    expect(guessDateOrder(['01/02/1990', ''])).to.equal(undefined);
    expect(guessCountry(['Nombre', 'Apellidos', 'DNI', 'Móvil'])).to.equal('ES');
    expect(guessCountry(['Nome completo', 'CPF', 'Celular', 'CEP'])).to.equal('BR');
    expect(guessCountry(['Nome', 'Apelido', 'Telemóvel', 'Morada'])).to.equal('PT');
    expect(guessCountry(['First name', 'Email'])).to.equal(undefined);
  });

  it('reports a mapping without a name column and a field fed by two columns', () => {
    expect(mappingProblems(['email', 'phone'])).to.deep.equal([{ kind: 'no-name' }]);
    expect(mappingProblems(['firstName', 'email', 'email', 'phone', 'phone'])).to.deep.equal([{ kind: 'duplicate', target: 'email', columns: [1, 2] }]);
    expect(mappingProblems(['fullName'])).to.deep.equal([]);
  });
});

describe('import-export: rows to clients', () => {
  it('maps a row into ClientInput data: names, phones, dates, gender, address, notes', () => {
    const headers = ['Nombre completo', 'Móvil', 'Teléfono', 'Email', 'Nacimiento', 'Sexo', 'Ciudad', 'CP', 'Notas', 'Color'];
    const mapping = ['fullName', 'mobile', 'phone', 'email', 'birthDate', 'gender', 'city', 'postalCode', 'notes', 'custom:color'] as const;
    const { data, issues } = mapRow(
      ['María José García López', '612 34 56 78', '91 345 67 89 / 612 345 678', 'Maria@Ejemplo.ES', '07/03/1985', 'Mujer', 'Málaga', '29001', 'Línea 1\nLínea 2', 'azul'],
      [...mapping],
      headers,
      ES,
    );
    expect(issues).to.deep.equal([]);
    expect(data).to.deep.include({ firstName: 'María José', lastName: 'García López', email: 'maria@ejemplo.es', birthDate: '1985-03-07', gender: 'female' });
    expect(data!.phones).to.deep.equal([
      { number: '+34612345678', type: 'mobile', whatsapp: false, primary: true },
      { number: '+34913456789', type: 'other', whatsapp: false, primary: false },
    ]);
    expect(data!.address).to.deep.equal({ line1: '', line2: null, city: 'Málaga', region: null, postalCode: '29001', country: 'ES' });
    expect(data!.customFields).to.deep.equal({ notes: 'Línea 1\nLínea 2', color: 'azul' });
  });

  it('leaves out what is not in the file (an update never blanks a field)', () => {
    const { data } = mapRow(['Ana', ''], ['firstName', 'email'], ['Nombre', 'Email'], ES);
    expect(data).to.deep.equal({ firstName: 'Ana' });
  });

  it('reports issues per field, tied to their column, in the model’s terms', () => {
    const headers = ['Nombre', 'Email', 'Teléfono', 'Fecha', 'Sexo', 'Peso'];
    const mapping = ['firstName', 'email', 'phone', 'birthDate', 'gender', 'weightKg'] as const;
    const { data, issues } = mapRow(['', 'nope', 'llámame', '30/02/1990', '??', 'setenta'], [...mapping], headers, ES);
    expect(data).to.equal(null);
    const byPath = Object.fromEntries(issues.map((issue) => [issue.path, [issue.code, issue.column, issue.value]]));
    expect(byPath).to.deep.equal({
      'phones.0.number': ['invalid-phone', 2, 'llámame'],
      birthDate: ['invalid-date', 3, '30/02/1990'],
      gender: ['invalid-gender', 4, '??'],
      weightKg: ['invalid-number', 5, 'setenta'],
      firstName: ['required', null, ''],
      email: ['invalid-email', 1, 'nope'],
    });
  });

  it('reads back cells a spreadsheet export escaped against formulas', () => {
    expect(unescapeCell("'+34 612 345 678")).to.equal('+34 612 345 678');
    expect(unescapeCell("'=SUM(A1)")).to.equal('=SUM(A1)');
    expect(unescapeCell("'O'Brien")).to.equal("'O'Brien");
  });
});

describe('import-export: analysis of whole files', () => {
  it('checks the Latin-1 semicolon export: errors per row, duplicates inside the file', () => {
    const { headers, rows, rowNumbers } = rowsOf(semicolonLatin1Bytes());
    const mapping = autoMap(headers, { locale: 'es' });
    const { analysis, state } = analyzeRows(rows, rowNumbers, headers, mapping, ES);
    expect(analysis.total).to.equal(6);
    expect(analysis.valid).to.equal(3);
    expect(analysis.invalidRows.map((row) => [row.rowNumber, row.issues.map((issue) => issue.code)])).to.deep.equal([
      [4, ['invalid-email']],
      [5, ['required']],
      [6, ['invalid-date']],
    ]);
    // José (row 2) is "H": with H in the column, M is mujer.
    expect(state.valid[0]!.data).to.deep.include({ firstName: 'José', lastName: 'Muñoz Pequeño', gender: 'male', birthDate: '1985-03-07' });
    expect(state.valid[1]!.data).to.deep.include({ gender: 'female', email: 'maria.garcia@ejemplo.es' });
    expect(analysis.duplicates).to.deep.equal([
      { rowNumber: 7, kind: 'file', reasons: ['phone'], matchRowNumber: 2, clientId: null, matchName: 'José Muñoz Pequeño' },
    ]);
    expect(analysis.preview).to.have.length(6);
  });

  it('finds duplicates of existing clients by email (any case) and phone (any format)', async () => {
    const { headers, rows, rowNumbers } = rowsOf(await fixtureBytes('bom-crlf.csv'));
    const mapping = autoMap(headers, { locale: 'pt-BR' });
    const existing = new ExistingIndex([{ id: 'cl-1', name: 'João Silva', email: null, phones: ['+55 11 91234 5678'] }]);
    const { analysis } = analyzeRows(rows, rowNumbers, headers, mapping, { dateOrder: 'dmy', defaultCountry: 'BR', nameStyle: 'pt' }, existing);
    expect(analysis.valid).to.equal(4);
    expect(analysis.duplicates).to.deep.equal([
      { rowNumber: 3, kind: 'existing', reasons: ['phone'], matchRowNumber: null, clientId: 'cl-1', matchName: 'João Silva' },
      { rowNumber: 5, kind: 'file', reasons: ['email', 'phone'], matchRowNumber: 2, clientId: null, matchName: 'Ana Paula Souza' },
    ]);
    expect(analysis.preview[0]!.data).to.deep.include({ firstName: 'Ana', lastName: 'Paula Souza', birthDate: '1985-03-07', nationalId: '123.456.789-09', status: 'active' });
    expect(analysis.preview[2]!.data!.phones![0]!.number).to.equal('+5521998765432');
  });

  it('plans batches in file order: same onConflict per batch, skipped duplicates not sent', () => {
    const valid = [2, 3, 4, 5, 6, 7].map((rowNumber) => ({ rowNumber, data: { firstName: `R${rowNumber}` } }));
    const duplicates = new Map([
      [3, { rowNumber: 3, kind: 'existing' as const, reasons: ['email' as const], matchRowNumber: null, clientId: 'c1', matchName: 'X' }],
      [5, { rowNumber: 5, kind: 'file' as const, reasons: ['phone' as const], matchRowNumber: 2, clientId: null, matchName: 'R2' }],
      [6, { rowNumber: 6, kind: 'existing' as const, reasons: ['phone' as const], matchRowNumber: null, clientId: 'c2', matchName: 'Y' }],
    ]);
    const plan = { defaultPolicy: 'skip' as const, overrides: { 5: 'update' as const } };
    const first = nextBatch({ valid, duplicates }, plan, 0, 10);
    expect(first.rows.map((row) => row.rowNumber)).to.deep.equal([2, 4]);
    expect(first.onConflict).to.equal('skip');
    expect(first.skipped.map((duplicate) => duplicate.rowNumber)).to.deep.equal([3]);
    const second = nextBatch({ valid, duplicates }, plan, first.next!, 10);
    expect([second.rows.map((row) => row.rowNumber), second.onConflict, second.skipped.map((d) => d.rowNumber)]).to.deep.equal([[5], 'update', [6]]);
    const third = nextBatch({ valid, duplicates }, plan, second.next!, 10);
    expect([third.rows.map((row) => row.rowNumber), third.skipped.map((d) => d.rowNumber), third.next]).to.deep.equal([[7], [], null]);
    const small = nextBatch({ valid: valid.slice(0, 1).concat(valid.slice(2, 3)), duplicates }, plan, 0, 1);
    expect([small.rows.length, small.next]).to.deep.equal([1, 1]);
  });
});
