/*
 * The catalogs elements read at runtime, assembled part by part. English is bundled with each part
 * (it is the default and the fallback); Spanish and Portuguese parts are separate chunks loaded the
 * first time an element needs them, so a page in English never downloads them and an element never
 * downloads another area's strings.
 */
import { enBase } from './en.js';
import type { Locale } from './locale.js';
import type { BaseTranslation, StringArea, Translation } from './translation.js';

export type StringsPart = StringArea | 'base';
type PartStrings<P extends StringsPart> = P extends StringArea ? Translation[P] : BaseTranslation;
type OtherLocale = Exclude<Locale, 'en'>;

/** One part of the catalog: its English strings and how to load the others. */
export interface StringsSource<P extends StringsPart = StringsPart> {
  readonly part: P;
  readonly en: PartStrings<P>;
  readonly load: Readonly<Record<OtherLocale, () => Promise<PartStrings<P>>>>;
}

export function stringsSource<P extends StringsPart>(
  part: P,
  en: PartStrings<P>,
  load: Record<OtherLocale, () => Promise<PartStrings<P>>>,
): StringsSource<P> {
  return { part, en, load };
}

/** The base catalog: every element reads it. */
export const baseStrings = stringsSource('base', enBase, {
  es: () => import('./es.js').then((m) => m.esBase),
  'pt-BR': () => import('./pt-BR.js').then((m) => m.ptBRBase),
});

/*
 * Per locale, the parts that have arrived, merged into one object shaped like `Translation`. The
 * other locales' objects inherit from the English one, so a part read before it arrives (a locale
 * switched while an element was rendering) shows English instead of failing.
 */
const english: Partial<Translation> = {};
const assembled: Record<Locale, { catalog: Partial<Translation>; parts: Set<StringsPart> }> = {
  en: { catalog: english, parts: new Set() },
  es: { catalog: Object.create(english) as Partial<Translation>, parts: new Set() },
  'pt-BR': { catalog: Object.create(english) as Partial<Translation>, parts: new Set() },
};
const loading = new Map<string, Promise<void>>();

function put(locale: Locale, part: StringsPart, strings: unknown): void {
  const entry = assembled[locale];
  if (part === 'base') Object.assign(entry.catalog, strings);
  else (entry.catalog as Record<string, unknown>)[part] = strings;
  entry.parts.add(part);
}

function hasPart(locale: Locale, source: StringsSource): boolean {
  if (!assembled.en.parts.has(source.part)) put('en', source.part, source.en);
  return assembled[locale].parts.has(source.part);
}

/** Whether every part of `sources` is available in `locale` (English always is). */
export function hasStrings(locale: Locale, sources: readonly StringsSource[]): boolean {
  return sources.every((source) => hasPart(locale, source));
}

/**
 * Loads the parts of `sources` missing in `locale`. A part that fails to load (a chunk lost to the
 * network) is replaced by its English strings, with a console warning, so an element still renders.
 */
export function loadStrings(locale: Locale, sources: readonly StringsSource[]): Promise<void> {
  const missing = sources.filter((source) => !hasPart(locale, source)); // puts the English parts too
  if (locale === 'en' || missing.length === 0) return Promise.resolve();
  return Promise.all(
    missing.map((source) => {
      const key = `${locale}:${source.part}`;
      let pending = loading.get(key);
      if (!pending) {
        pending = source.load[locale]().then(
          (strings) => put(locale, source.part, strings),
          (error: unknown) => {
            console.warn(`clientela: the ${locale} strings of "${source.part}" did not load; showing English.`, error);
            put(locale, source.part, source.en);
          },
        );
        loading.set(key, pending);
      }
      return pending;
    }),
  ).then(() => undefined);
}

/**
 * The catalog of `locale` as loaded so far: the parts `hasStrings` / `loadStrings` have confirmed
 * (`LocalizeController` makes sure of that before its host renders), English for the others.
 */
export function stringsFor(locale: Locale): Translation {
  return assembled[locale].catalog as Translation;
}
