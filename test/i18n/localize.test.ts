import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { defineElement } from '../../src/define/define.js';
import { catalogs, en, es, importStrings, listStrings, ptBR } from '../../src/i18n/index.js';
import { hasStrings, loadStrings, stringsFor, stringsSource } from '../../src/i18n/strings.js';
import {
  currencyFractionDigits,
  formatDate,
  formatDateTime,
  formatMoney,
  formatPercent,
  formatRelativeTime,
  minorToDecimalString,
  pluralCategory,
  selectPlural,
} from '../../src/i18n/format.js';
import { resolveLocale } from '../../src/i18n/locale.js';
import { LocalizeController } from '../../src/i18n/localize-controller.js';
import type { PluralForms } from '../../src/i18n/translation.js';

/** Intl puts (narrow) no-break spaces in money and dates; compare with plain spaces. */
const plain = (value: string) => value.replace(/[\u00a0\u202f]/g, ' ');

class LocalizedProbe extends LitElement {
  readonly localize = new LocalizeController(this);
  protected override scheduleUpdate(): void | Promise<unknown> {
    const strings = this.localize.ready();
    return strings ? strings.then(() => this.scheduleUpdate()) : super.scheduleUpdate();
  }
  override render() {
    return litHtml`<p>${this.localize.t.common.loading}</p>`;
  }
}
defineElement('test-localized-probe', LocalizedProbe);

/** Hosts a probe inside its shadow root, to test lang lookup across shadow boundaries. */
class ShadowHost extends LitElement {
  override render() {
    return litHtml`<test-localized-probe></test-localized-probe>`;
  }
}
defineElement('test-shadow-host', ShadowHost);

declare global {
  interface HTMLElementTagNameMap {
    'test-localized-probe': LocalizedProbe;
    'test-shadow-host': ShadowHost;
  }
}

const text = (el: LocalizedProbe) => el.shadowRoot?.querySelector('p')?.textContent ?? '';

describe('LocalizeController', () => {
  const htmlLang = document.documentElement.getAttribute('lang');
  afterEach(() => {
    if (htmlLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', htmlLang);
  });

  describe('locale resolution', () => {
    it('maps language tags to catalogs', () => {
      expect(resolveLocale('es')).to.equal('es');
      expect(resolveLocale('es-MX')).to.equal('es');
      expect(resolveLocale('ES_ar')).to.equal('es');
      expect(resolveLocale('pt')).to.equal('pt-BR');
      expect(resolveLocale('pt-PT')).to.equal('pt-BR');
      expect(resolveLocale('fr')).to.equal('en');
      expect(resolveLocale('')).to.equal('en');
      expect(resolveLocale(undefined)).to.equal('en');
    });

    it('falls back to the nearest lang attribute', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="es-AR"><section><test-localized-probe></test-localized-probe></section></div>`,
      );
      const probe = wrapper.querySelector('test-localized-probe')!;
      await probe.updateComplete;
      expect(probe.localize.locale).to.equal('es');
      expect(text(probe)).to.equal('Cargando…');
    });

    it('crosses shadow roots to find lang', async () => {
      const host = await fixture<ShadowHost>(html`<div lang="pt"><test-shadow-host></test-shadow-host></div>`);
      const shadowHost = host.querySelector('test-shadow-host')!;
      await shadowHost.updateComplete;
      const probe = shadowHost.shadowRoot!.querySelector('test-localized-probe')!;
      await probe.updateComplete;
      expect(probe.localize.locale).to.equal('pt-BR');
      expect(text(probe)).to.equal('Carregando…');
    });

    it('uses <html lang>, else English', async () => {
      document.documentElement.setAttribute('lang', 'es');
      const probe = await fixture<LocalizedProbe>(html`<test-localized-probe></test-localized-probe>`);
      expect(probe.localize.locale).to.equal('es');
      document.documentElement.removeAttribute('lang');
      await waitUntil(() => probe.localize.locale === 'en');
      await probe.updateComplete;
      expect(text(probe)).to.equal('Loading…');
    });

    it('follows a change of <html lang> at runtime', async () => {
      document.documentElement.setAttribute('lang', 'en');
      const probe = await fixture<LocalizedProbe>(html`<test-localized-probe></test-localized-probe>`);
      expect(text(probe)).to.equal('Loading…');
      document.documentElement.setAttribute('lang', 'pt-BR');
      await waitUntil(() => text(probe) === 'Carregando…', 'did not follow <html lang>');
      document.documentElement.setAttribute('lang', 'es');
      await waitUntil(() => text(probe) === 'Cargando…', 'did not follow <html lang> twice');
    });

    it('follows a change of an ancestor lang attribute', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><test-localized-probe></test-localized-probe></div>`);
      const probe = wrapper.querySelector('test-localized-probe')!;
      wrapper.lang = 'es';
      await waitUntil(() => text(probe) === 'Cargando…', 'did not follow the ancestor lang');
    });
  });

  describe('money', () => {
    it('knows each currency’s minor unit from Intl', () => {
      expect(currencyFractionDigits('EUR')).to.equal(2);
      expect(currencyFractionDigits('JPY')).to.equal(0);
      expect(currencyFractionDigits('BHD')).to.equal(3);
      expect(minorToDecimalString(123456, 2)).to.equal('1234.56');
      expect(minorToDecimalString(-5, 2)).to.equal('-0.05');
      expect(minorToDecimalString(1500, 0)).to.equal('1500');
    });

    it('formats per locale', () => {
      const money = { amountMinor: 123456, currency: 'EUR' };
      expect(plain(formatMoney(money, 'en'))).to.equal('€1,234.56');
      expect(plain(formatMoney(money, 'es'))).to.equal('1234,56 €'); // es groups from 5 digits
      expect(plain(formatMoney({ amountMinor: 1234567, currency: 'EUR' }, 'es'))).to.equal('12.345,67 €');
      expect(plain(formatMoney({ amountMinor: 123456, currency: 'BRL' }, 'pt-BR'))).to.equal('R$ 1.234,56');
      expect(plain(formatMoney({ amountMinor: -2550, currency: 'USD' }, 'en'))).to.equal('-$25.50');
    });

    it('formats zero-decimal currencies (JPY) without dividing by 100', () => {
      expect(plain(formatMoney({ amountMinor: 1500, currency: 'JPY' }, 'en'))).to.equal('¥1,500');
      expect(plain(formatMoney({ amountMinor: 1500, currency: 'JPY' }, 'pt-BR'))).to.equal('JP¥ 1.500');
      expect(plain(formatMoney({ amountMinor: 12345, currency: 'BHD' }, 'en'))).to.equal('BHD 12.345');
    });

    it('keeps exact amounts beyond float precision', () => {
      expect(plain(formatMoney({ amountMinor: 900719925474099, currency: 'EUR' }, 'en'))).to.equal('€9,007,199,254,740.99');
    });
  });

  describe('numbers and dates', () => {
    it('formats percentages', () => {
      expect(formatPercent(0.256, 'en')).to.equal('25.6%');
      expect(plain(formatPercent(0.5, 'es'))).to.equal('50 %');
    });

    it('never shifts a calendar date by the time zone', () => {
      expect(formatDate('2026-03-01', 'en', 'Pacific/Honolulu')).to.equal('Mar 1, 2026');
      expect(formatDate('2026-03-01', 'en', 'Pacific/Kiritimati')).to.equal('Mar 1, 2026');
    });

    it('shows instants in the given time zone', () => {
      const iso = '2026-03-01T23:30:00Z';
      expect(formatDate(iso, 'en', 'UTC')).to.equal('Mar 1, 2026');
      expect(formatDate(iso, 'en', 'Europe/Madrid')).to.equal('Mar 2, 2026');
      expect(plain(formatDateTime(iso, 'en', 'Europe/Madrid'))).to.equal('Mar 2, 2026, 12:30 AM');
      expect(formatDateTime(iso, 'es', 'America/Sao_Paulo')).to.equal('1 mar 2026, 20:30');
    });

    it('formats relative times', () => {
      const now = Date.parse('2026-03-10T12:00:00Z');
      expect(formatRelativeTime('2026-03-07T12:00:00Z', 'en', now)).to.equal('3 days ago');
      expect(formatRelativeTime('2026-03-09T12:00:00Z', 'en', now)).to.equal('yesterday');
      expect(formatRelativeTime('2026-03-09T12:00:00Z', 'es', now)).to.equal('ayer');
      expect(formatRelativeTime('2026-03-10T14:00:00Z', 'pt-BR', now)).to.equal('em 2 horas');
      expect(formatRelativeTime('2026-03-10T12:00:10Z', 'en', now)).to.equal('in 10 seconds');
      expect(formatRelativeTime('2025-03-10T12:00:00Z', 'en', now)).to.equal('last year');
    });
  });

  describe('plurals', () => {
    const forms: PluralForms = { one: '{count} client', other: '{count} clients' };

    it('selects forms with Intl.PluralRules', () => {
      expect(selectPlural(1, forms, 'en')).to.equal('1 client');
      expect(selectPlural(0, forms, 'en')).to.equal('0 clients');
      expect(selectPlural(2500, forms, 'en')).to.equal('2,500 clients');
      // Brazilian Portuguese treats 0 and 1 as singular.
      expect(pluralCategory(0, 'pt-BR')).to.equal('one');
      expect(selectPlural(0, { one: '{count} cliente', other: '{count} clientes' }, 'pt-BR')).to.equal('0 cliente');
      expect(pluralCategory(0, 'es')).to.equal('other');
    });

    it('falls back to `other` for a category the catalog does not give', () => {
      // Spanish has "many" for round millions.
      expect(pluralCategory(1_000_000, 'es')).to.equal('many');
      expect(selectPlural(1_000_000, { one: '{count} cliente', other: '{count} clientes' }, 'es')).to.equal(
        '1.000.000 clientes',
      );
    });

    it("uses an '=0' form for exactly zero when the catalog gives one", () => {
      const withZero: PluralForms = { '=0': 'Nenhum registro', one: '{count} registro', other: '{count} registros' };
      expect(selectPlural(0, withZero, 'pt-BR')).to.equal('Nenhum registro');
      expect(selectPlural(1, withZero, 'pt-BR')).to.equal('1 registro');
      expect(selectPlural(2, withZero, 'pt-BR')).to.equal('2 registros');
    });

    it('reads catalog plurals through the controller', async () => {
      const probe = await fixture<LocalizedProbe>(html`<div lang="es"><test-localized-probe></test-localized-probe></div>`);
      const el = probe.querySelector('test-localized-probe')!;
      expect(el.localize.plural(3, el.localize.t.common.results)).to.equal('3 resultados');
      expect(el.localize.plural(1, el.localize.t.common.results)).to.equal('1 resultado');
    });
  });

  describe('strings by area', () => {
    it('loads an area of another locale on first use, and only that area', async () => {
      expect(hasStrings('es', [listStrings])).to.equal(false);
      await loadStrings('es', [listStrings]);
      expect(hasStrings('es', [listStrings])).to.equal(true);
      expect(stringsFor('es').list).to.deep.equal(es.list);
      expect(stringsFor('es').common).to.deep.equal(es.common);
      expect(hasStrings('es', [importStrings]), 'the import area was not asked for').to.equal(false);
    });

    it('has English at once, without loading anything', () => {
      expect(hasStrings('en', [listStrings])).to.equal(true);
      expect(stringsFor('en').list).to.equal(en.list);
    });

    it('falls back to English, with a warning, when a locale chunk fails to load', async () => {
      const broken = stringsSource('import', en.import, {
        es: () => Promise.reject(new Error('chunk lost')),
        'pt-BR': () => Promise.resolve(ptBR.import),
      });
      const warn = console.warn;
      const warnings: unknown[][] = [];
      console.warn = (...args: unknown[]) => void warnings.push(args);
      try {
        await loadStrings('es', [broken]);
      } finally {
        console.warn = warn;
      }
      expect(stringsFor('es').import.title).to.equal(en.import.title);
      expect(String(warnings[0]?.[0])).to.contain('"import"');
    });

    it('survives a locale switched while the previous one loads: renders the last one asked for', async () => {
      const probe = await fixture<HTMLElement>(html`<div lang="en"><test-localized-probe></test-localized-probe></div>`);
      const el = probe.querySelector('test-localized-probe')!;
      probe.setAttribute('lang', 'es');
      await Promise.resolve();
      probe.setAttribute('lang', 'pt-BR');
      await waitUntil(() => el.shadowRoot!.textContent!.includes(ptBR.common.loading), 'not in Portuguese');
      await el.updateComplete;
      expect(el.shadowRoot!.textContent).to.contain(ptBR.common.loading);
    });

    it('renders an element in Spanish only once its strings are here', async () => {
      const probe = await fixture<HTMLElement>(html`<div lang="pt-BR"><test-localized-probe></test-localized-probe></div>`);
      const el = probe.querySelector('test-localized-probe')!;
      expect(el.shadowRoot!.textContent).to.contain(ptBR.common.loading);
    });
  });

  describe('catalogs', () => {
    type Shape = Record<string, string>;
    /** key path → leaf kind (string, function/arity, plural categories). */
    function shape(value: unknown, path = '', out: Shape = {}): Shape {
      if (typeof value === 'string') out[path] = 'string';
      else if (typeof value === 'function') out[path] = `function/${value.length}`;
      else if (value && typeof value === 'object' && typeof (value as { other?: unknown }).other === 'string' && isPlural(value)) {
        out[path] = 'plural';
      } else if (value && typeof value === 'object') {
        for (const [key, child] of Object.entries(value)) shape(child, path ? `${path}.${key}` : key, out);
      } else out[path] = typeof value;
      return out;
    }
    const PLURAL_KEYS = new Set(['=0', 'zero', 'one', 'two', 'few', 'many', 'other']);
    function isPlural(value: object): boolean {
      return Object.entries(value).every(([key, v]) => PLURAL_KEYS.has(key) && typeof v === 'string');
    }

    for (const [locale, catalog] of Object.entries(catalogs)) {
      it(`${locale} has the same keys and leaf kinds as en`, () => {
        expect(shape(catalog)).to.deep.equal(shape(en));
      });

      it(`${locale} has no empty strings`, () => {
        const strings: [string, string][] = [];
        const collect = (value: unknown, path: string): void => {
          if (typeof value === 'string') strings.push([path, value]);
          else if (value && typeof value === 'object') {
            for (const [key, child] of Object.entries(value)) collect(child, `${path}.${key}`);
          }
        };
        collect(catalog, locale);
        expect(strings.length).to.be.greaterThan(100);
        for (const [path, value] of strings) expect(value.trim(), path).to.not.equal('');
      });
    }

    it('pt-BR and es are not copies of en', () => {
      expect(catalogs.es.common.retry).to.not.equal(en.common.retry);
      expect(catalogs['pt-BR'].common.retry).to.not.equal(en.common.retry);
    });
  });
});
