/*
 * Strings of the clinical tabs (<client-allergies>, <client-skin-tests>, <client-alerts>): the
 * interface here, one module per locale beside it (clinical.en.ts, clinical.es.ts,
 * clinical.pt-BR.ts). They load with those tabs only. See ../translation.ts for the kinds of leaves.
 */
import type { ALLERGY_TYPES, SKIN_TEST_STATUSES } from '../../model/clinical.js';
import type { Labels, PluralForms, Values } from '../translation.js';
import { stringsSource } from '../strings.js';
import { clinicalEn } from './clinical.en.js';

/** What the add / edit forms of the clinical tabs share. */
export interface RecordFormStrings {
  saveFailed: string;
  /** The record changed elsewhere while it was edited: the draft is kept. */
  conflict: string;
  /** Saves the draft over the other change. */
  overwrite: string;
  /** Discards the draft and shows the other change. */
  reloadLatest: string;
  required: string;
  invalidDate: string;
  tooLong: (max: number) => string;
  /** The backend refused a field's value. */
  invalidValue: string;
}

export interface ClinicalStrings {
  form: RecordFormStrings;
  allergies: {
    title: string;
    intro: string;
    loading: string;
    unavailable: string;
    emptyTitle: string;
    emptyMessage: string;
    add: string;
    addTitle: string;
    editTitle: (allergen: string) => string;
    allergen: string;
    allergenRequired: string;
    type: string;
    types: Labels<Values<typeof ALLERGY_TYPES>>;
    severity: string;
    symptoms: string;
    symptomsHint: string;
    /** Too many symptoms, or one too long. */
    symptomsInvalid: string;
    notes: string;
    diagnosedAt: string;
    diagnosed: (date: string) => string;
    active: string;
    inactive: string;
    activeHint: string;
    deactivate: string;
    reactivate: string;
    inactiveSection: string;
    removeTitle: string;
    removeMessage: (allergen: string) => string;
  };
  skinTests: {
    title: string;
    intro: string;
    loading: string;
    unavailable: string;
    emptyTitle: string;
    emptyMessage: string;
    filteredEmpty: string;
    add: string;
    addTitle: string;
    editTitle: (subject: string) => string;
    filter: string;
    allStates: string;
    status: string;
    statuses: Labels<Values<typeof SKIN_TEST_STATUSES>>;
    subject: string;
    subjectRequired: string;
    service: string;
    noService: string;
    performedAt: string;
    expiresAt: string;
    expiryBeforePerformed: string;
    responsible: string;
    noResponsible: string;
    description: string;
    performed: (date: string) => string;
    notPerformed: string;
    expires: (date: string) => string;
    expired: (date: string) => string;
    /** "Expires in 3 days" ('=0': today). */
    expiring: PluralForms;
    responsibleName: (name: string) => string;
    /** Buttons that move the test to a state. */
    moveTo: Labels<Exclude<Values<typeof SKIN_TEST_STATUSES>, 'pending'>>;
    final: string;
    removeTitle: string;
    removeMessage: (subject: string) => string;
  };
  alerts: {
    title: string;
    intro: string;
    loading: string;
    unavailable: string;
    emptyTitle: string;
    emptyMessage: string;
    add: string;
    addTitle: string;
    editTitle: (type: string) => string;
    type: string;
    chooseType: string;
    typeRequired: string;
    /** An alert whose type is not in the catalog. */
    unknownType: string;
    priority: string;
    description: string;
    descriptionRequired: string;
    active: string;
    inactive: string;
    activeHint: string;
    /** Accessible name of an alert's switch: "Active: Payment". */
    toggle: (type: string) => string;
    added: (date: string) => string;
    removeTitle: string;
    removeMessage: (type: string) => string;
  };
}

/** The clinical tabs' strings: English bundled, the other locales loaded on first use. */
export const clinicalStrings = stringsSource('clinical', clinicalEn, {
  es: () => import('./clinical.es.js').then((m) => m.clinicalEs),
  'pt-BR': () => import('./clinical.pt-BR.js').then((m) => m.clinicalPtBR),
});
