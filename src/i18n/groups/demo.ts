/*
 * Strings of the demo host page (index.html, demo/): the interface here, one module per locale
 * beside it. Not part of any element's bundle: only the demo page reads them.
 */
import type { PluralForms } from '../translation.js';
import { stringsSource } from '../strings.js';
import { demoEn } from './demo.en.js';

/** Strings of the demo host page (index.html), not of the library's elements. */
export interface DemoStrings {
  /** Button that forgets every demo edit kept in this browser. */
  resetData: string;
  /** Shown where the client file goes until a client is chosen. */
  pickClient: string;
  title: string;
  subtitle: string;
  language: string;
  theme: string;
  themeLight: string;
  themeDark: string;
  backend: string;
  backendMemory: string;
  backendRest: string;
  /** The reference server over PostgreSQL (?backend=server). */
  backendServer: string;
  overviewHeading: string;
  totalClients: string;
  groups: string;
  tags: string;
  totalReviews: string;
  averageRating: string;
  /** The average rating, e.g. "4.3 of 5". */
  ratingValue: (rating: string) => string;
  noRating: string;
  totalSales: string;
  /** Heading of the per-client record counts, naming the client. */
  firstClientHeading: (name: string) => string;
  noClients: string;
  recentHeading: string;
  /** Caption of the clients table: "First {count} clients". */
  recentCaption: PluralForms;
  columnName: string;
  columnPhone: string;
  columnEmail: string;
  columnSales: string;
  columnUpdated: string;
  /** "{count} records". */
  records: PluralForms;
  /** Title of the sheet the client file opens in on narrow screens. */
  fileSheetTitle: string;
  /** Button that closes that sheet. */
  closeFile: string;
  /** Under the list: how many clients were generated and how many of them start in the trash. */
  dataNote: (generated: string, trashed: string) => string;
}

/** The demo page's strings: English bundled, the other locales loaded on first use. */
export const demoStrings = stringsSource('demo', demoEn, {
  es: () => import('./demo.es.js').then((m) => m.demoEs),
  'pt-BR': () => import('./demo.pt-BR.js').then((m) => m.demoPtBR),
});
