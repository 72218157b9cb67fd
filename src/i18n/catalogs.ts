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
import { recordsEn } from './groups/records.en.js';
import { recordsEs } from './groups/records.es.js';
import { recordsPtBR } from './groups/records.pt-BR.js';
import { commerceEn } from './groups/commerce.en.js';
import { commerceEs } from './groups/commerce.es.js';
import { commercePtBR } from './groups/commerce.pt-BR.js';
import { clinicalEn } from './groups/clinical.en.js';
import { clinicalEs } from './groups/clinical.es.js';
import { clinicalPtBR } from './groups/clinical.pt-BR.js';
import { visitsEn } from './groups/visits.en.js';
import { visitsEs } from './groups/visits.es.js';
import { visitsPtBR } from './groups/visits.pt-BR.js';
import { salesEn } from './groups/sales.en.js';
import { salesEs } from './groups/sales.es.js';
import { salesPtBR } from './groups/sales.pt-BR.js';
import { formsEn } from './groups/forms.en.js';
import { formsEs } from './groups/forms.es.js';
import { formsPtBR } from './groups/forms.pt-BR.js';
import type { Locale } from './locale.js';
import { ptBRBase } from './pt-BR.js';
import type { Translation } from './translation.js';

/** English (default) catalog. */
export const en: Translation = { ...enBase, list: listEn, file: fileEn, tabs: tabsEn, records: recordsEn, import: importEn, demo: demoEn, commerce: commerceEn, clinical: clinicalEn, visits: visitsEn, sales: salesEn, forms: formsEn };
/** Spanish catalog (neutral: understood in Spain and Latin America). */
export const es: Translation = { ...esBase, list: listEs, file: fileEs, tabs: tabsEs, records: recordsEs, import: importEs, demo: demoEs, commerce: commerceEs, clinical: clinicalEs, visits: visitsEs, sales: salesEs, forms: formsEs };
/** Brazilian Portuguese catalog. */
export const ptBR: Translation = { ...ptBRBase, list: listPtBR, file: filePtBR, tabs: tabsPtBR, records: recordsPtBR, import: importPtBR, demo: demoPtBR, commerce: commercePtBR, clinical: clinicalPtBR, visits: visitsPtBR, sales: salesPtBR, forms: formsPtBR };

/** Every complete catalog, by locale. */
export const catalogs: Readonly<Record<Locale, Translation>> = { en, es, 'pt-BR': ptBR };

export function translationFor(locale: Locale): Translation {
  return catalogs[locale];
}
