export type * from './translation.js';
export { en, es, ptBR, catalogs, translationFor } from './catalogs.js';
export { baseStrings, hasStrings, loadStrings, stringsFor, stringsSource } from './strings.js';
export type { StringsPart, StringsSource } from './strings.js';
export { listStrings } from './groups/list.js';
export { fileStrings } from './groups/file.js';
export { tabStrings } from './groups/tabs.js';
export { importStrings } from './groups/import.js';
export { LOCALES, DEFAULT_LOCALE, resolveLocale, resolveLocaleOrUndefined } from './locale.js';
export type { Locale } from './locale.js';
export { LocalizeController, closestLang } from './localize-controller.js';
export {
  currencyFractionDigits,
  dateTimeFormat,
  defaultTimeZone,
  formatDate,
  formatDateTime,
  formatMoney,
  formatNumber,
  formatPercent,
  formatRelativeTime,
  minorToDecimalString,
  numberFormat,
  pluralCategory,
  pluralRules,
  relativeTimeFormat,
  selectPlural,
} from './format.js';
export { overlayCatalog, resolveWithOverrides } from './overrides.js';
export type { DeepPartial, StringOverrides, StringsOverride } from './overrides.js';
