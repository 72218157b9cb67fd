import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { draftFromSearch } from '../../../src/elements/client-list/client-draft.js';
import {
  cleanFilter,
  countCriteria,
  loadSavedFilters,
  parseFilter,
  sameFilter,
  savedFiltersKey,
  storeSavedFilters,
  toggleValue,
} from '../../../src/elements/client-list/filters.js';
import { highlightText, phoneMatches, textMatches } from '../../../src/elements/client-list/highlight.js';
import { searchTerms } from '../../../src/model/text.js';
import { memory } from './helpers.js';

describe('client-list pieces', () => {
  describe('match highlighting', () => {
    it('finds terms accent- and case-insensitively and maps them back to the stored text', () => {
      expect(textMatches('José Muñoz', searchTerms('jose'))).to.deep.equal([[0, 4]]);
      expect(textMatches('María José Muñoz', searchTerms('MUNOZ jos'))).to.deep.equal([
        [6, 9],
        [11, 16],
      ]);
      expect(textMatches('Ana', searchTerms('zzz'))).to.deep.equal([]);
    });

    it('finds phone digits whatever the formatting', () => {
      const phone = '+34 612 34 56 78';
      const [range] = phoneMatches(phone, searchTerms('612-345'));
      expect(phone.slice(range![0], range![1])).to.equal('612 34 5');
      expect(phoneMatches(phone, searchTerms('ana'))).to.deep.equal([]);
    });

    it('renders matches as <mark> with text content only (markup in data stays text)', () => {
      const host = document.createElement('div');
      const name = '<img src=x onerror=alert(1)> Ana';
      render(html`${highlightText(name, searchTerms('ana'))}`, host);
      expect(host.querySelector('img')).to.equal(null);
      expect(host.querySelector('mark')!.textContent).to.equal('Ana');
      expect(host.textContent).to.equal(name);
    });
  });

  describe('filters', () => {
    it('drops empty criteria and compares filters by content', () => {
      expect(cleanFilter({ groupIds: [], statuses: ['vip', 'vip'], blacklisted: undefined })).to.deep.equal({ statuses: ['vip'] });
      expect(sameFilter({ statuses: ['vip'], groupIds: [] }, { statuses: ['vip'] })).to.equal(true);
      expect(countCriteria({ statuses: ['vip', 'active'], hasActiveAlerts: true })).to.equal(2);
      expect(toggleValue({ tagIds: ['a'] }, 'tagIds', 'a', false)).to.deep.equal({});
    });

    it('parses a host’s filter with the model schema, keeping valid criteria only', () => {
      expect(parseFilter({ statuses: ['vip'], birthdayMonth: 13, lastVisitFrom: 'yesterday', blacklisted: true })).to.deep.equal({
        blacklisted: true,
        statuses: ['vip'],
      });
      expect(parseFilter('nonsense')).to.deep.equal({});
    });

    it('stores saved filters per key and ignores broken storage', () => {
      const key = savedFiltersKey('pieces-test');
      expect(key).to.equal('clientela:list-filters:pieces-test');
      expect(savedFiltersKey(undefined)).to.equal('clientela:list-filters:default');
      storeSavedFilters(key, [{ name: 'VIP', filter: { statuses: ['vip'] }, search: 'ana' }]);
      expect(loadSavedFilters(key)).to.deep.equal([{ name: 'VIP', filter: { statuses: ['vip'] }, search: 'ana' }]);
      localStorage.setItem(key, '{not json');
      expect(loadSavedFilters(key)).to.deep.equal([]);
      localStorage.setItem(key, JSON.stringify([{ name: '' }, { name: 'Bad', filter: { birthdayMonth: 99 } }]));
      expect(loadSavedFilters(key)).to.deep.equal([{ name: 'Bad', filter: {}, search: '' }]);
      localStorage.removeItem(key);
    });
  });

  describe('create from search', () => {
    it('turns the typed search into a draft', () => {
      expect(draftFromSearch('ana maría lópez')).to.deep.equal({ firstName: 'Ana', lastName: 'María López' });
      expect(draftFromSearch('ana@example.com')).to.deep.equal({ email: 'ana@example.com' });
      expect(draftFromSearch('+34 612 34')).to.deep.equal({ phone: '+34 612 34' });
      expect(draftFromSearch('  ')).to.deep.equal({});
    });
  });
});
