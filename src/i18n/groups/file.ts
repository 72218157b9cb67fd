/*
 * Strings of the <client-file> area, in en, es and pt-BR. The interface is the contract: a string
 * missing from one locale fails the type check. Owned by the file elements; see ../translation.ts.
 */

export interface FileStrings {
  /** The element's accessible name. */
  label: string;
}

export const fileEn: FileStrings = {
  label: 'Client file',
};

export const fileEs: FileStrings = {
  label: 'Ficha del cliente',
};

export const filePtBR: FileStrings = {
  label: 'Ficha do cliente',
};
