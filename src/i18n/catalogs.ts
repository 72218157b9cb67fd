/*
 * Every complete catalog, all parts of all locales in one object each: for hosts that want to read
 * or check strings, for tests and for the demo. Elements do not import this module; they read the
 * parts they need through strings.ts, so a page does not download every language.
 */
import { enBase } from './en.js';
import { esBase } from './es.js';
import { demoEn } from './groups/demo.en.js';
import { demoEs } from './groups/demo.es.js';
import { demoPtBR } from './groups/demo.pt-BR.js';
import { fileEn } from './groups/file.en.js';
import { fileEs } from './groups/file.es.js';
import { filePtBR } from './groups/file.pt-BR.js';
import { importEn } from './groups/import.en.js';
import { importEs } from './groups/import.es.js';
import { importPtBR } from './groups/import.pt-BR.js';
import { listEn } from './groups/list.en.js';
import { listEs } from './groups/list.es.js';
import { listPtBR } from './groups/list.pt-BR.js';
import { tabsEn } from './groups/tabs.en.js';
import { tabsEs } from './groups/tabs.es.js';
import { tabsPtBR } from './groups/tabs.pt-BR.js';
import type { Locale } from './locale.js';
import { ptBRBase } from './pt-BR.js';
import type { Translation } from './translation.js';

/** English (default) catalog. */
export const en: Translation = { ...enBase, list: listEn, file: fileEn, tabs: tabsEn, import: importEn, demo: demoEn };
/** Spanish catalog (neutral: understood in Spain and Latin America). */
export const es: Translation = { ...esBase, list: listEs, file: fileEs, tabs: tabsEs, import: importEs, demo: demoEs };
/** Brazilian Portuguese catalog. */
export const ptBR: Translation = { ...ptBRBase, list: listPtBR, file: filePtBR, tabs: tabsPtBR, import: importPtBR, demo: demoPtBR };

/** Every complete catalog, by locale. */
export const catalogs: Readonly<Record<Locale, Translation>> = { en, es, 'pt-BR': ptBR };

export function translationFor(locale: Locale): Translation {
  return catalogs[locale];
}
