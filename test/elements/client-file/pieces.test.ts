import { expect } from '@open-wc/testing';
import { callPhone, contactActions, telNumber, whatsappDigits, whatsappPhone } from '../../../src/elements/client-file/contact.js';
import { bySeverity, highestPriority } from '../../../src/elements/client-file/file-header.js';
import { TAB_REGISTRY, orderTabs, tabAvailable } from '../../../src/elements/client-file/tab-registry.js';
import { computeOverflow } from '../../../src/elements/client-file/tabs-controller.js';
import type { Phone } from '../../../src/model/client.js';
import { memory } from './helpers.js';

const phone = (number: string, extra: Partial<Phone> = {}): Phone => ({ number, type: 'mobile', whatsapp: false, primary: false, ...extra });

describe('contact links', () => {
  it('normalizes numbers for tel: and wa.me', () => {
    expect(telNumber('+34 612 34 56 78')).to.equal('+34612345678');
    expect(telNumber('0034 612-345-678')).to.equal('+34612345678');
    expect(telNumber('(11) 91234-5678')).to.equal('11912345678');
    expect(whatsappDigits('+55 (11) 91234-5678')).to.equal('5511912345678');
    expect(whatsappDigits('0044 7700 900123')).to.equal('447700900123');
  });

  it('picks the primary phone for calls and a WhatsApp phone for messages', () => {
    const phones = [phone('+34 600 000 001'), phone('+34 600 000 002', { primary: true }), phone('+34 600 000 003', { whatsapp: true })];
    expect(callPhone(phones)!.number).to.equal('+34 600 000 002');
    expect(whatsappPhone(phones)!.number).to.equal('+34 600 000 003');
  });

  it('builds only tel:, https://wa.me/ and mailto: links, leaving out channels without data', () => {
    const actions = contactActions({ phones: [phone('+351 912 345 678', { whatsapp: true, primary: true })], email: 'ana@example.com' });
    expect(actions.map((action) => action.href)).to.deep.equal(['tel:+351912345678', 'https://wa.me/351912345678', 'mailto:ana@example.com', null]);
    expect(contactActions({ phones: [], email: 'javascript:alert(1)' }).map((action) => action.channel)).to.deep.equal(['appointment']);
    expect(contactActions({ phones: [], email: 'a@b.c?cc=evil@x.y' })[0]!.channel, 'not an address').to.equal('appointment');
    expect(contactActions({ phones: [], email: 'ana+spa@example.com' })[0]!.href).to.equal('mailto:ana%2Bspa@example.com');
  });
});

describe('header helpers', () => {
  it('finds the highest alert priority and sorts allergies by severity', () => {
    expect(highestPriority([{ priority: 'low' }, { priority: 'high' }, { priority: 'medium' }])).to.equal('high');
    expect(highestPriority([])).to.equal(undefined);
    expect(bySeverity([{ allergen: 'B', severity: 'mild' }, { allergen: 'A', severity: 'life-threatening' }]).map((a) => a.allergen)).to.deep.equal(['A', 'B']);
  });
});

describe('tab registry', () => {
  it('lists only tabs whose element exists, each loaded by dynamic import', async () => {
    expect(TAB_REGISTRY[0]!.id).to.equal('profile');
    expect(new Set(TAB_REGISTRY.map((tab) => tab.id)).size, 'tab ids are unique').to.equal(TAB_REGISTRY.length);
    for (const tab of TAB_REGISTRY) {
      expect(tab.load.toString()).to.contain('import(');
      await tab.load();
      expect(customElements.get(tab.tag), `<${tab.tag}> is defined by its module`).not.to.equal(undefined);
    }
  });

  it('orders by the host’s list and hides what the adapter or the user cannot have', () => {
    expect(orderTabs(TAB_REGISTRY, ['insights', 'x', 'profile', 'insights']).map((tab) => tab.id)).to.deep.equal(['insights', 'profile']);
    const adapter = memory({ without: ['preferences'] });
    const available = TAB_REGISTRY.filter((tab) => tabAvailable(tab, adapter, () => true)).map((tab) => tab.id);
    expect(available).to.deep.equal(TAB_REGISTRY.map((tab) => tab.id).filter((id) => id !== 'preferences'));
    const guarded = { ...TAB_REGISTRY[0]!, permission: 'wallet.view' as const };
    expect(tabAvailable(guarded, adapter, () => false)).to.equal(false);
  });
});

describe('tab overflow', () => {
  const widths = new Map([
    ['a', 80],
    ['b', 100],
    ['c', 120],
    ['d', 90],
  ]);
  it('keeps everything when it fits', () => {
    expect(computeOverflow(['a', 'b', 'c', 'd'], widths, 400, 60, 0, 'a')).to.deep.equal([]);
  });
  it('moves what does not fit (with the More button) into the menu', () => {
    expect(computeOverflow(['a', 'b', 'c', 'd'], widths, 300, 60, 0, 'a')).to.deep.equal(['c', 'd']);
  });
  it('keeps the selected tab visible', () => {
    expect(computeOverflow(['a', 'b', 'c', 'd'], widths, 300, 60, 0, 'd')).to.deep.equal(['b', 'c']);
  });
  it('always shows at least the selected tab', () => {
    expect(computeOverflow(['a', 'b', 'c', 'd'], widths, 50, 60, 0, 'c')).to.deep.equal(['a', 'b', 'd']);
  });
});
