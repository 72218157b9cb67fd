/** The locales with a complete catalog. */
export const LOCALES = ['en', 'es', 'pt-BR'] as const;
export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'en';

/**
 * The supported locale for any BCP 47 tag: `es`, `es-MX`, `es-419` → `es`; `pt`, `pt-BR`, `pt-PT` →
 * `pt-BR`; anything else (or nothing) → `en`. Case-insensitive; `_` is accepted as a separator.
 */
export function resolveLocale(tag: string | null | undefined): Locale {
  const language = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  if (language === 'es') return 'es';
  if (language === 'pt') return 'pt-BR';
  return 'en';
}

/** `resolveLocale`, but undefined for an empty or missing tag (so a caller can fall back further). */
export function resolveLocaleOrUndefined(tag: string | null | undefined): Locale | undefined {
  return tag && tag.trim() ? resolveLocale(tag) : undefined;
}
