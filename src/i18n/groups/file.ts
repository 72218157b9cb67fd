/*
 * Strings of the <client-file> area (its header and tab bar; the tabs have theirs in tabs.ts): the interface here, one module per locale beside
 * it (file.en.ts, file.es.ts, file.pt-BR.ts). The interface is the contract: a string missing from one
 * locale fails the type check. See ../translation.ts for the kinds of leaves and how areas load.
 */
import type { PluralForms } from '../translation.js';
import { stringsSource } from '../strings.js';
import { fileEn } from './file.en.js';

export interface FileStrings {
  /** The element's accessible name. */
  label: string;
  loadingClient: string;
  /** "Loading Profile…" while a tab's code loads. */
  loadingTab: (tab: string) => string;
  /** Empty state: no client-id given. */
  noClientTitle: string;
  noClientMessage: string;
  /** Accessible name of the tab list. */
  tabsLabel: string;
  /** A tab marked as holding unsaved changes. */
  unsavedChanges: string;
  /** Title of a host's custom tab that failed: "The Loyalty tab could not be shown". */
  customTabFailed: (tab: string) => string;
  tabs: {
    profile: string;
    preferences: string;
    dislikedServices: string;
    allergies: string;
    skinTests: string;
    alerts: string;
    forms: string;
    notes: string;
    comments: string;
    files: string;
    insights: string;
    wallet: string;
    invoices: string;
    transactions: string;
    giftCards: string;
    quotes: string;
    memberships: string;
    appointments: string;
    reviews: string;
    procedures: string;
  };
  header: {
    status: string;
    groups: string;
    tags: string;
    clientSince: string;
    lastVisit: string;
    noVisits: string;
    nextVisit: string;
    walletBalance: string;
    weight: string;
    /** Read after the weight on its button (visually hidden): "62.5 kg, edit weight". */
    editWeight: string;
    /** The weight button when no weight is recorded. */
    addWeight: string;
    weightInput: string;
    weightInvalid: string;
    /** The switch's label. */
    blacklistLabel: string;
    /** Badge and read-only text when the block is on / off. */
    blacklistOn: string;
    blacklistOff: string;
    /** What the block means. */
    blacklistHelp: string;
    /** "{count} active alerts". */
    alertCount: PluralForms;
    /** "highest: Critical". */
    highestPriority: (priority: string) => string;
    allergies: string;
    badgesFailed: string;
    inTrash: string;
    /** Accessible name of the contact actions group. */
    contact: string;
    call: string;
    whatsapp: string;
    email: string;
    newAppointment: string;
  };
}

/** The file area's strings: English bundled, the other locales loaded on first use. */
export const fileStrings = stringsSource('file', fileEn, {
  es: () => import('./file.es.js').then((m) => m.fileEs),
  'pt-BR': () => import('./file.pt-BR.js').then((m) => m.filePtBR),
});
