import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ContextSubscription } from '../context/context-subscription.js';
import { localeContext, stringsContext } from '../context/keys.js';
import type { ProvidedLocaleSettings } from '../context/keys.js';
import type { Money } from '../model/primitives.js';
import {
  defaultTimeZone,
  formatDate,
  formatDateTime,
  formatMoney,
  formatNumber,
  formatPercent,
  formatRelativeTime,
  selectPlural,
} from './format.js';
import { DEFAULT_LOCALE } from './locale.js';
import type { Locale } from './locale.js';
import { overlayCatalog, overrideLayers, resolveWithOverrides } from './overrides.js';
import type { ResolvedLocale, StringOverrides } from './overrides.js';
import { baseStrings, hasStrings, loadStrings, stringsFor } from './strings.js';
import type { StringsSource } from './strings.js';
import type { PluralForms, Translation } from './translation.js';

type Host = ReactiveControllerHost & HTMLElement;

/** The `lang` of the nearest element (the host itself included) that has one, crossing shadow roots. */
export function closestLang(element: Element): string | undefined {
  let node: Element | null = element;
  while (node) {
    const found = node.closest('[lang]:not([lang=""])');
    if (found) return found.getAttribute('lang') ?? undefined;
    const root = node.getRootNode() as Partial<ShadowRoot>;
    node = root.host ?? null;
  }
  const html = element.ownerDocument?.documentElement;
  return html?.getAttribute('lang') || undefined;
}

/*
 * One MutationObserver per document (created when the first controller connects, never at module
 * scope) tells every connected controller that a `lang` attribute changed.
 */
const langWatchers = new WeakMap<Document, { observer: MutationObserver; listeners: Set<() => void> }>();

function watchLang(doc: Document, listener: () => void): () => void {
  let watcher = langWatchers.get(doc);
  if (!watcher) {
    const listeners = new Set<() => void>();
    const observer = new MutationObserver(() => {
      for (const notify of [...listeners]) notify();
    });
    observer.observe(doc.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    watcher = { observer, listeners };
    langWatchers.set(doc, watcher);
  }
  watcher.listeners.add(listener);
  const current = watcher;
  return () => {
    current.listeners.delete(listener);
    if (current.listeners.size === 0) {
      current.observer.disconnect();
      langWatchers.delete(doc);
    }
  };
}

/**
 * Gives an element its text and formatting. The locale comes from the nearest `<client-provider>`'s
 * `locale`, else the nearest `lang` attribute (crossing shadow roots), else `<html lang>`, else `en`;
 * `es-*` maps to the `es` catalog, `pt*` to `pt-BR`, anything else to `en`. The provider's `strings`
 * are laid over the catalog, and a tag they name that is not built in (`fr`) is an extra locale: its
 * strings over English, Intl formatting in its tag. It follows changes at runtime (the provider's
 * contexts, and `lang` attributes of the document) and re-renders the host.
 *
 * The base catalog is always available; pass the areas the host reads (`[listStrings]`). English is
 * bundled; another locale's strings load the first time they are needed, so the host must wait for
 * `ready()` before rendering — `ClientelaElement` does it in `scheduleUpdate`:
 *
 * ```ts
 * class MyElement extends LitElement {
 *   private readonly localize = new LocalizeController(this, [listStrings]);
 *   protected override scheduleUpdate(): void | Promise<unknown> {
 *     const strings = this.localize.ready();
 *     return strings ? strings.then(() => this.scheduleUpdate()) : super.scheduleUpdate();
 *   }
 *   render() {
 *     const { t } = this.localize;
 *     return html`<button>${t.common.retry}</button> ${this.localize.money(total)}`;
 *   }
 * }
 * ```
 */
export class LocalizeController implements ReactiveController {
  private current: Locale = DEFAULT_LOCALE;
  private resolved: ResolvedLocale = { catalog: DEFAULT_LOCALE, tag: DEFAULT_LOCALE };
  private settings: ProvidedLocaleSettings | undefined;
  private overrides: StringOverrides | undefined;
  private stopWatchingLang: (() => void) | undefined;
  private readonly subscription: ContextSubscription<typeof localeContext>;

  private readonly sources: readonly StringsSource[];

  constructor(
    private readonly host: Host,
    areas: readonly StringsSource[] = [],
  ) {
    this.sources = [baseStrings, ...areas];
    this.subscription = new ContextSubscription(host, localeContext, (settings) => {
      const changed =
        settings?.currency !== this.settings?.currency || settings?.timeZone !== this.settings?.timeZone;
      this.settings = settings;
      if (!this.refresh() && changed) this.host.requestUpdate();
    });
    new ContextSubscription(host, stringsContext, (overrides) => {
      if (overrides === this.overrides) return;
      this.overrides = overrides;
      if (!this.refresh()) this.host.requestUpdate();
    });
    host.addController(this);
  }

  /** The built-in catalog locale in use (`en` under an extra locale such as `fr`). */
  get locale(): Locale {
    return this.current;
  }

  /** The BCP 47 tag numbers, money, dates and plurals are formatted in (`fr` under an extra locale). */
  get tag(): string {
    return this.resolved.tag;
  }

  /**
   * The catalog of the current locale (its base and the host's areas; see `ready()`), with the
   * provider's string overrides over it.
   */
  get t(): Translation {
    let catalog = stringsFor(this.current);
    for (const { layer, tag } of overrideLayers(this.resolved, this.overrides)) catalog = overlayCatalog(catalog, layer, tag);
    return catalog;
  }

  /**
   * Undefined when the current locale's strings are all here; otherwise loads them and returns the
   * promise, which always resolves (a part that fails to load falls back to English).
   */
  ready(): Promise<void> | undefined {
    return hasStrings(this.current, this.sources) ? undefined : loadStrings(this.current, this.sources);
  }

  /** ISO 4217 code for new amounts: the provider's, else EUR. */
  get currency(): string {
    return this.settings?.currency ?? 'EUR';
  }

  /** IANA time zone for instants: the provider's, else the browser's. */
  get timeZone(): string {
    return this.settings?.timeZone ?? defaultTimeZone();
  }

  /** Whether a `<client-provider>` answered with locale settings. */
  get hasProvider(): boolean {
    return this.subscription.answered && this.settings !== undefined;
  }

  hostConnected(): void {
    const doc = this.host.ownerDocument;
    if (doc?.documentElement) this.stopWatchingLang = watchLang(doc, () => this.refresh());
    this.refresh();
  }

  hostDisconnected(): void {
    this.stopWatchingLang?.();
    this.stopWatchingLang = undefined;
  }

  /** Re-resolves the locale; requests a host update and returns true when it changed. */
  refresh(): boolean {
    const requested = this.settings?.tag ?? this.settings?.locale ?? (this.host.isConnected ? closestLang(this.host) : undefined);
    const resolved = resolveWithOverrides(requested, this.overrides) ?? { catalog: DEFAULT_LOCALE, tag: DEFAULT_LOCALE };
    const next = resolved.catalog;
    if (next === this.current && resolved.extra === this.resolved.extra && resolved.tag === this.resolved.tag) return false;
    this.resolved = resolved;
    this.current = next;
    void this.ready(); // start fetching now; the host's update waits for it
    this.host.requestUpdate();
    return true;
  }

  /** Money in its own currency: {amountMinor: 123456, currency: 'EUR'} → "1.234,56 €" (es). */
  money(money: Money, options?: Intl.NumberFormatOptions): string {
    return formatMoney(money, this.tag, options);
  }

  number(value: number, options?: Intl.NumberFormatOptions): string {
    return formatNumber(value, this.tag, options);
  }

  /** A ratio (0.25) as a percentage ("25%"). */
  percent(ratio: number, options?: Intl.NumberFormatOptions): string {
    return formatPercent(ratio, this.tag, options);
  }

  /** A calendar date, or the date of an instant in the provider's time zone. */
  date(iso: string, options?: Intl.DateTimeFormatOptions): string {
    return formatDate(iso, this.tag, this.timeZone, options);
  }

  /** An instant with date and time in the provider's time zone. */
  dateTime(iso: string, options?: Intl.DateTimeFormatOptions): string {
    return formatDateTime(iso, this.tag, this.timeZone, options);
  }

  /** "3 days ago", "in 2 hours". */
  relativeTime(iso: string, now?: number | Date): string {
    return formatRelativeTime(iso, this.tag, now);
  }

  /** The plural form for `count` (Intl.PluralRules) with `{count}` formatted. */
  plural(count: number, forms: PluralForms): string {
    return selectPlural(count, forms, this.tag);
  }
}
