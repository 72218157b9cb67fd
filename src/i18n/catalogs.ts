import { en } from './en.js';
import { es } from './es.js';
import type { Locale } from './locale.js';
import { ptBR } from './pt-BR.js';
import type { Translation } from './translation.js';

/** Every complete catalog, by locale. */
export const catalogs: Readonly<Record<Locale, Translation>> = { en, es, 'pt-BR': ptBR };

export function translationFor(locale: Locale): Translation {
  return catalogs[locale];
}
