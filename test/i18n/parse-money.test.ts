import { expect } from '@open-wc/testing';
import { parseAmountInput } from '../../src/i18n/parse-money.js';

const ok = (text: string, locale: string, currency = 'EUR') => {
  const parsed = parseAmountInput(text, locale, currency);
  return parsed.ok ? parsed.amountMinor : parsed.reason;
};

describe('parseAmountInput', () => {
  it('reads amounts as each locale writes them, exactly, in minor units', () => {
    expect(ok('25.50', 'en')).to.equal(2550);
    expect(ok('1,234.5', 'en')).to.equal(123450);
    expect(ok('€25.5', 'en')).to.equal(2550);
    expect(ok('25,50', 'es')).to.equal(2550);
    expect(ok('1.234,5', 'es')).to.equal(123450);
    expect(ok('25,50 €', 'es')).to.equal(2550);
    expect(ok('R$ 25,50', 'pt-BR', 'BRL')).to.equal(2550);
    expect(ok('0.29', 'en')).to.equal(29); // no floating point: 0.29 * 100 would be 28.999…
    expect(ok('1000', 'en', 'JPY')).to.equal(1000);
  });

  it('takes a lone other separator with up to two decimals as the decimal point', () => {
    expect(ok('25.50', 'es')).to.equal(2550);
    expect(ok('25,5', 'en')).to.equal(2550);
    expect(ok('1.234', 'es')).to.equal(123400); // three digits after it: a thousands separator
  });

  it('says why it refuses', () => {
    expect(ok('', 'en')).to.equal('required');
    expect(ok('   ', 'en')).to.equal('required');
    expect(ok('abc', 'en')).to.equal('invalid');
    expect(ok('1.999', 'en')).to.equal('too-precise');
    expect(ok('2.5', 'en', 'JPY')).to.equal('too-precise');
    expect(ok('0', 'en')).to.equal('not-positive');
    expect(ok('-3', 'en')).to.equal('not-positive');
    expect(ok('9'.repeat(20), 'en')).to.equal('invalid');
  });
});
