import { expect } from '@open-wc/testing';
import { parseDelimited, unclosedQuoteLine } from '../../src/import-export/csv.js';
import { detectDelimiter } from '../../src/import-export/delimiter.js';
import { ImportFileError } from '../../src/import-export/errors.js';
import { decodeText, detectEncoding, sniffKind } from '../../src/import-export/sniff.js';
import { binaryBytes, excelStyleWorkbook, fixtureBytes, legacyXlsBytes, semicolonLatin1Bytes } from '../fixtures/import/files.js';

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return (error as ImportFileError).code;
  }
  return undefined;
}

describe('import-export: sniffing and decoding', () => {
  it('tells workbooks, old .xls files, text, binary data and empty files apart', () => {
    expect(sniffKind(excelStyleWorkbook())).to.equal('xlsx');
    expect(sniffKind(new TextEncoder().encode('a,b\n1,2'))).to.equal('text');
    expect(codeOf(() => sniffKind(legacyXlsBytes()))).to.equal('legacy-xls');
    expect(codeOf(() => sniffKind(new Uint8Array()))).to.equal('empty');
    expect(codeOf(() => decodeText(binaryBytes()))).to.equal('binary');
    expect(codeOf(() => decodeText(new TextEncoder().encode(' \r\n \n')))).to.equal('empty');
  });

  it('decodes Windows-1252 (Latin-1) exports, with € and accents', async () => {
    const bytes = semicolonLatin1Bytes();
    expect(detectEncoding(bytes)).to.equal('windows-1252');
    const { text } = decodeText(bytes);
    expect(text).to.contain('Teléfono;Móvil');
    expect(text).to.contain('Muñoz Pequeño');
    expect(text).to.contain('debe 20 €');
    expect(text).to.contain('Conceição');
  });

  it('decodes UTF-8 with a BOM (dropping it) and without', async () => {
    const bytes = await fixtureBytes('bom-crlf.csv');
    expect(detectEncoding(bytes)).to.equal('utf-8-bom');
    const { text } = decodeText(bytes);
    expect(text.startsWith('Nome completo')).to.equal(true);
    expect(text).to.contain('São Paulo');
    expect(detectEncoding(await fixtureBytes('multiline-notes.csv'))).to.equal('utf-8');
  });

  it('decodes UTF-16 (Excel’s “Unicode text”)', () => {
    const text = 'Nombre\tEmail\r\nJosé\tjose@ejemplo.es\r\n';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let index = 0; index < text.length; index++) bytes[2 + index * 2] = text.charCodeAt(index);
    const decoded = decodeText(bytes);
    expect(decoded.encoding).to.equal('utf-16le');
    expect(decoded.text).to.equal(text);
  });
});

describe('import-export: delimiters and CSV parsing', () => {
  it('detects comma, semicolon, tab and pipe, ignoring delimiters inside quotes', () => {
    expect(detectDelimiter('a,b,c\n1,2,3')).to.equal(',');
    expect(detectDelimiter('Nombre;Notas\n"Ana";"uno, dos, tres"\n"Bea";"x, y"')).to.equal(';');
    expect(detectDelimiter('a\tb\n1\t2')).to.equal('\t');
    expect(detectDelimiter('a|b|c\n1|2|3')).to.equal('|');
    expect(detectDelimiter('sep=;\na,b;c\n1,2;3')).to.equal(';');
    expect(detectDelimiter('"Last, First",Email\n"Doe, Jane",jane@example.com')).to.equal(',');
  });

  it('parses the semicolon Latin-1 export with CRLF and quoted delimiters', async () => {
    const { text } = decodeText(semicolonLatin1Bytes());
    const parsed = parseDelimited(text);
    expect(parsed.delimiter).to.equal(';');
    expect(parsed.rows).to.have.length(7);
    expect(parsed.rows[0]).to.have.length(11);
    expect(parsed.rows[2]![8]).to.equal('Alergia: látex; debe 20 €');
    expect(parsed.rowNumbers).to.deep.equal([1, 2, 3, 4, 5, 6, 7]);
  });

  it('keeps quoted multi-line notes in one cell and counts rows as a spreadsheet does', async () => {
    const { text } = decodeText(await fixtureBytes('multiline-notes.csv'));
    const parsed = parseDelimited(text);
    expect(parsed.rows).to.have.length(5);
    expect(parsed.rows[1]![4]).to.equal('Prefers mornings.\nAllergic to "fragrance-free" products, oddly.');
    expect(parsed.rows[2]![4]).to.equal('Line one\nLine two\n\nLine four after a blank line');
    expect(parsed.rows[3]![4]).to.equal('=HYPERLINK("http://evil.example","click")');
    expect(parsed.rowNumbers).to.deep.equal([1, 2, 3, 4, 5]);
  });

  it('keeps rows with missing and extra columns, drops blank lines, keeps row numbers', async () => {
    const { text } = decodeText(await fixtureBytes('missing-extra-columns.tsv'));
    const parsed = parseDelimited(text);
    expect(parsed.delimiter).to.equal('\t');
    expect(parsed.rows.map((row) => row.length)).to.deep.equal([4, 4, 2, 6, 1]);
    expect(parsed.rowNumbers).to.deep.equal([1, 2, 3, 5, 7]);
  });

  it('reports a quoted field that never closes, with its line', async () => {
    const { text } = decodeText(await fixtureBytes('unclosed-quote.csv'));
    expect(unclosedQuoteLine(text, ',')).to.equal(2);
    let error: ImportFileError | undefined;
    try {
      parseDelimited(text);
    } catch (caught) {
      error = caught as ImportFileError;
    }
    expect(error?.code).to.equal('malformed');
    expect(error?.detail.line).to.equal(2);
    expect(unclosedQuoteLine('a,"b\n""c"""\nd', ',')).to.equal(null);
  });
});
