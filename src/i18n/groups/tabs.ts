/*
 * Strings of the client file's tabs (<client-profile>, <client-preferences>,
 * <client-disliked-services>, <client-insights>): the interface here, one module per locale beside it
 * (tabs.en.ts, tabs.es.ts, tabs.pt-BR.ts). They load with the tabs, not with the file's header.
 * See ../translation.ts for the kinds of leaves and how areas load.
 */
import type { DraftField } from '../../elements/client-profile/profile-draft.js';
import type { PreferenceChannel, PreferenceTopic } from '../../model/preferences.js';
import type { Labels, PluralForms } from '../translation.js';
import { stringsSource } from '../strings.js';
import { tabsEn } from './tabs.en.js';

/**
 * Labels of the record enums a tab shows (the preferences matrix). The record tabs bring their own
 * labels with their areas (records, clinical, commerce).
 */
export interface RecordEnumStrings {
  preferenceTopic: Labels<PreferenceTopic>;
  preferenceChannel: Labels<PreferenceChannel>;
}

export interface TabStrings {
  /** Labels of the records' enum values. */
  enums: RecordEnumStrings;
  profile: {
    loading: string;
    /** Heading of the form: "Editing María López". */
    editTitle: (name: string) => string;
    saved: string;
    saveFailed: string;
    draftKept: string;
    /** Option meaning "no value" in selects. */
    none: string;
    noAddress: string;
    noCustomFields: string;
    noPhones: string;
    addPhone: string;
    /** "Phone 2", the label of a phone row. */
    phoneNumber: (position: number) => string;
    phoneType: (position: number) => string;
    sections: {
      general: string;
      personal: string;
      contact: string;
      address: string;
      additional: string;
      origin: string;
      groups: string;
    };
    fields: {
      status: string;
      weight: string;
      weightKg: string;
      bookingBlacklisted: string;
      clientSince: string;
      avatarUrl: string;
      firstName: string;
      middleName: string;
      lastName: string;
      birthDate: string;
      gender: string;
      nationalId: string;
      phones: string;
      primary: string;
      email: string;
      preferredLanguage: string;
      line1: string;
      line2: string;
      city: string;
      region: string;
      postalCode: string;
      country: string;
      origin: string;
      referredBy: string;
      referralSearch: string;
      groups: string;
      tags: string;
      center: string;
    };
    hints: {
      avatarUrl: string;
      referralSearch: string;
    };
    /** Names of the fields in the conflict table. */
    fieldNames: Record<DraftField, string>;
    errors: {
      required: string;
      tooLong: (max: number) => string;
      tooBig: (max: number) => string;
      email: string;
      phone: string;
      date: string;
      number: string;
      positive: string;
      country: string;
      language: string;
      url: string;
      invalid: string;
    };
    conflict: {
      title: string;
      caption: string;
      field: string;
      theirs: string;
      yours: string;
      unchanged: string;
      noFieldChanges: string;
      reload: string;
      overwrite: string;
    };
    discard: {
      title: string;
      message: string;
      keep: string;
      discard: string;
    };
  };
  preferences: {
    title: string;
    intro: string;
    loading: string;
    unavailable: string;
    /** Header of the topic column (visually hidden). */
    topic: string;
    /** Accessible name of one switch: "Marketing by SMS". */
    switchLabel: (topic: string, channel: string) => string;
    /** "Last updated {date}". */
    updated: (date: string) => string;
  };
  disliked: {
    title: string;
    intro: string;
    loading: string;
    unavailable: string;
    add: string;
    addTitle: string;
    editTitle: (service: string) => string;
    service: string;
    chooseService: string;
    serviceRequired: string;
    comment: string;
    commentHint: string;
    noComment: string;
    /** "Added on {date}". */
    added: (date: string) => string;
    emptyTitle: string;
    emptyMessage: string;
    conflict: string;
    overwrite: string;
    removeTitle: string;
    removeMessage: (service: string) => string;
  };
  insights: {
    title: string;
    loading: string;
    unavailable: string;
    noVisitsTitle: string;
    noVisitsMessage: (since: string) => string;
    lapsedTitle: string;
    /** "Last came {days} ago; usually every {interval}." */
    lapsedMessage: (since: string, interval: string) => string;
    favourites: string;
    frequency: string;
    /** "Every 3 weeks" / "Every 21 days". */
    every: (interval: string) => string;
    perMonth: (visits: string) => string;
    lastVisit: string;
    never: string;
    clientSince: string;
    anniversary: (date: string, inDays: string) => string;
    anniversaryToday: string;
    reliability: string;
    showRate: string;
    lifetimeSpend: string;
    averageTicket: (amount: string) => string;
    amountDue: string;
    days: PluralForms;
    visits: PluralForms;
    noShows: PluralForms;
    lateCancellations: PluralForms;
  };
}

/** The tabs' strings: English bundled, the other locales loaded on first use. */
export const tabStrings = stringsSource('tabs', tabsEn, {
  es: () => import('./tabs.es.js').then((m) => m.tabsEs),
  'pt-BR': () => import('./tabs.pt-BR.js').then((m) => m.tabsPtBR),
});
