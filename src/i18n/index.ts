export type * from './translation.js';
export { en } from './en.js';
export { es } from './es.js';
export { ptBR } from './pt-BR.js';
export { catalogs, translationFor } from './catalogs.js';
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
