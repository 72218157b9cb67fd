/*
 * Strings of the <client-list> area, in en, es and pt-BR. The interface is the contract: a string
 * missing from one locale fails the type check. Owned by the list elements; see ../translation.ts.
 */

export interface ListStrings {
  /** The element's accessible name. */
  label: string;
}

export const listEn: ListStrings = {
  label: 'Clients',
};

export const listEs: ListStrings = {
  label: 'Clientes',
};

export const listPtBR: ListStrings = {
  label: 'Clientes',
};
