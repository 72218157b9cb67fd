import { expect } from '@open-wc/testing';
import { excelSerialToIso, parseDate } from '../../src/import-export/dates.js';
import { parseCountry, parseDecimal, parseGender, parseLanguage, parseStatus } from '../../src/import-export/fields.js';
import { splitFullName } from '../../src/import-export/names.js';
import { normalizePhone, phoneKey, splitPhones } from '../../src/import-export/phones.js';

const now = new Date('2026-11-23T00:00:00Z');

describe('import-export: dates', () => {
  it('reads day-first dates (es, pt) with any separator and two-digit years', () => {
    expect(parseDate('07/03/1985', { order: 'dmy', now })).to.equal('1985-03-07');
    expect(parseDate('7-3-85', { order: 'dmy', now })).to.equal('1985-03-07');
    expect(parseDate('7.3.1985', { order: 'dmy', now })).to.equal('1985-03-07');
    expect(parseDate('01/02/24', { order: 'dmy', now })).to.equal('2024-02-01');
    expect(parseDate('01/02/30', { order: 'dmy', now })).to.equal('1930-02-01');
  });

  it('reads month-first dates, and a first number over 12 as a day whatever the order', () => {
    expect(parseDate('03/07/1985', { order: 'mdy', now })).to.equal('1985-03-07');
    expect(parseDate('31/12/1990', { order: 'mdy', now })).to.equal('1990-12-31');
    expect(parseDate('12/31/1990', { order: 'dmy', now })).to.equal('1990-12-31');
  });

  it('reads ISO dates, date-times and Excel serials', () => {
    expect(parseDate('1985-03-07')).to.equal('1985-03-07');
    expect(parseDate('1985-03-07T10:00:00Z')).to.equal('1985-03-07');
    expect(parseDate('1985/3/7')).to.equal('1985-03-07');
    expect(parseDate('31113')).to.equal('1985-03-07');
    expect(parseDate(31113)).to.equal('1985-03-07');
    expect(excelSerialToIso(61)).to.equal('1900-03-01');
    expect(excelSerialToIso(59)).to.equal('1900-02-28');
    expect(excelSerialToIso(29651, true)).to.equal('1985-03-07');
  });

  it('reads month names in en, es and pt', () => {
    expect(parseDate('7 de marzo de 1985')).to.equal('1985-03-07');
    expect(parseDate('7 mar. 1985')).to.equal('1985-03-07');
    expect(parseDate('7 de março de 1985')).to.equal('1985-03-07');
    expect(parseDate('March 7, 1985')).to.equal('1985-03-07');
    expect(parseDate('7-Dic-1985')).to.equal('1985-12-07');
  });

  it('refuses impossible dates, and tells an empty cell (undefined) from an unreadable one (null)', () => {
    expect(parseDate('30/02/1982')).to.equal(null);
    expect(parseDate('2023-13-01')).to.equal(null);
    expect(parseDate('mañana')).to.equal(null);
    expect(parseDate('1985')).to.equal(null);
    expect(parseDate('   ')).to.equal(undefined);
  });
});

describe('import-export: phones', () => {
  it('adds the default country to national numbers', () => {
    expect(normalizePhone('612 34 56 78', 'ES')).to.deep.equal({ number: '+34612345678' });
    expect(normalizePhone('91-345-67-89', 'ES')).to.deep.equal({ number: '+34913456789' });
    expect(normalizePhone('912 345 678', 'PT')).to.deep.equal({ number: '+351912345678' });
    expect(normalizePhone('(11) 98765-4321', 'BR')).to.deep.equal({ number: '+5511987654321' });
    expect(normalizePhone('021 99876-5432', 'BR')).to.deep.equal({ number: '+5521998765432' });
    expect(normalizePhone('(415) 555-0132', 'US')).to.deep.equal({ number: '+14155550132' });
    expect(normalizePhone('020 7946 0958', 'GB')).to.deep.equal({ number: '+442079460958' });
  });

  it('keeps international numbers (+ or 00) and numbers already carrying the country code', () => {
    expect(normalizePhone('+34 699 11 22 33', 'BR')).to.deep.equal({ number: '+34699112233' });
    expect(normalizePhone('0034 699 11 22 33', 'ES')).to.deep.equal({ number: '+34699112233' });
    expect(normalizePhone('(+351) 912 345 678', 'ES')).to.deep.equal({ number: '+351912345678' });
    expect(normalizePhone('34699112233', 'ES')).to.deep.equal({ number: '+34699112233' });
  });

  it('drops extensions, keeps unplaceable numbers as digits, refuses text and scientific notation', () => {
    expect(normalizePhone('612 345 678 ext. 12', 'ES')).to.deep.equal({ number: '+34612345678' });
    expect(normalizePhone('555-0199', 'US')).to.deep.equal({ number: '5550199' });
    expect(normalizePhone('call me', 'ES')).to.deep.equal({ error: 'invalid-phone' });
    expect(normalizePhone('6.12346E+08', 'ES')).to.deep.equal({ error: 'invalid-phone' });
    expect(normalizePhone('123', 'ES')).to.deep.equal({ error: 'invalid-phone' });
    expect(normalizePhone('', 'ES')).to.equal(undefined);
  });

  it('splits cells with several numbers, and compares numbers on their last nine digits', () => {
    expect(splitPhones('612 345 678 / 913 456 789')).to.deep.equal(['612 345 678', '913 456 789']);
    expect(phoneKey('+34 612 34 56 78')).to.equal(phoneKey('612-345-678'));
  });
});

describe('import-export: names', () => {
  it('splits full names the Spanish way: two surnames', () => {
    expect(splitFullName('Ana García López', 'es')).to.deep.equal({ firstName: 'Ana', middleName: null, lastName: 'García López' });
    expect(splitFullName('María José García López', 'es')).to.deep.equal({ firstName: 'María José', middleName: null, lastName: 'García López' });
    expect(splitFullName('Juan de la Fuente Pérez', 'es')).to.deep.equal({ firstName: 'Juan', middleName: null, lastName: 'de la Fuente Pérez' });
    expect(splitFullName('Pepe', 'es')).to.deep.equal({ firstName: 'Pepe', middleName: null, lastName: null });
  });

  it('splits Portuguese and English names, and “Last, First”', () => {
    expect(splitFullName('Ana Paula Souza', 'pt')).to.deep.equal({ firstName: 'Ana', middleName: null, lastName: 'Paula Souza' });
    expect(splitFullName('João da Silva', 'pt')).to.deep.equal({ firstName: 'João', middleName: null, lastName: 'da Silva' });
    expect(splitFullName('John Michael Smith', 'en')).to.deep.equal({ firstName: 'John', middleName: 'Michael', lastName: 'Smith' });
    expect(splitFullName('Ludwig van Beethoven', 'en')).to.deep.equal({ firstName: 'Ludwig', middleName: null, lastName: 'van Beethoven' });
    expect(splitFullName('García López,  María', 'es')).to.deep.equal({ firstName: 'María', middleName: null, lastName: 'García López' });
    expect(splitFullName('   ', 'es')).to.equal(null);
  });
});

describe('import-export: values', () => {
  it('reads genders in en/es/pt, with H/M columns meaning hombre/mujer', () => {
    expect(parseGender('Mujer')).to.equal('female');
    expect(parseGender('feminino')).to.equal('female');
    expect(parseGender('Masculino')).to.equal('male');
    expect(parseGender('M')).to.equal('male');
    expect(parseGender('M', true)).to.equal('female');
    expect(parseGender('No binario')).to.equal('non-binary');
    expect(parseGender('Prefiere no decirlo')).to.equal('undisclosed');
    expect(parseGender('??')).to.equal(null);
  });

  it('reads statuses, decimals, countries and languages', () => {
    expect(parseStatus('Activo')).to.equal('active');
    expect(parseStatus('inativo')).to.equal('inactive');
    expect(parseStatus('VIP')).to.equal('vip');
    expect(parseStatus('quizá')).to.equal(null);
    expect(parseDecimal('65,5')).to.equal(65.5);
    expect(parseDecimal('1.234,5')).to.equal(1234.5);
    expect(parseDecimal('70 kg')).to.equal(70);
    expect(parseDecimal('setenta')).to.equal(null);
    expect(parseCountry('España')).to.equal('ES');
    expect(parseCountry('Brasil')).to.equal('BR');
    expect(parseCountry('pt')).to.equal('PT');
    expect(parseCountry('Estados Unidos')).to.equal('US');
    expect(parseLanguage('Español')).to.equal('es');
    expect(parseLanguage('pt_BR')).to.equal('pt-BR');
    expect(parseLanguage('klingon!')).to.equal(null);
  });
});
