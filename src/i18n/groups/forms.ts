/*
 * Strings of <client-forms> (intake and consent forms assigned to the client): the interface here,
 * one module per locale beside it. They load with that tab only. See ../translation.ts.
 */
import type { FORM_STATUSES, FormAssignment } from '../../model/files.js';
import type { Labels, PluralForms, Values } from '../translation.js';
import { stringsSource } from '../strings.js';
import { formsEn } from './forms.en.js';

export interface FormsStrings {
  title: string;
  intro: string;
  loading: string;
  unavailable: string;
  emptyTitle: string;
  emptyMessage: string;
  assign: string;
  assignTitle: string;
  search: string;
  /** No template matches the search. */
  noMatches: (query: string) => string;
  /** The catalog has no templates. */
  noTemplates: string;
  alreadyAssigned: string;
  /** The submit button: "Assign 2 forms". */
  assignSelected: PluralForms;
  nothingSelected: string;
  assignFailed: string;
  /** Shown after some forms were assigned and a later one failed. */
  partlyAssigned: PluralForms;
  statuses: Labels<Values<typeof FORM_STATUSES>>;
  sources: Labels<FormAssignment['source']>;
  assigned: (date: string) => string;
  completed: (date: string) => string;
  viewResponses: string;
  /** Why a started or filled form has no remove button. */
  keptReason: string;
  remove: string;
  removeTitle: string;
  removeMessage: (name: string) => string;
  /** The backend refused the removal (the client started or filled the form meanwhile). */
  refused: (name: string) => string;
}

/** The forms tab's strings: English bundled, the other locales loaded on first use. */
export const formsStrings = stringsSource('forms', formsEn, {
  es: () => import('./forms.es.js').then((m) => m.formsEs),
  'pt-BR': () => import('./forms.pt-BR.js').then((m) => m.formsPtBR),
});
