/**
 * The name of a country's national identity document, as people there say it (the same in every
 * language of the UI): a Spanish client has a DNI, a Brazilian one a CPF. Unknown country: none.
 */
const DOCUMENT_BY_COUNTRY: Readonly<Record<string, string>> = {
  ES: 'DNI / NIE',
  BR: 'CPF',
  PT: 'NIF',
  MX: 'CURP',
  AR: 'DNI',
  CL: 'RUT',
  CO: 'CC',
  US: 'SSN',
  GB: 'NI number',
};

/** "National ID (DNI / NIE)" for a client in Spain; the plain label when the country is unknown. */
export function nationalIdLabel(label: string, country: string | null | undefined): string {
  const document = country ? DOCUMENT_BY_COUNTRY[country] : undefined;
  return document ? `${label} (${document})` : label;
}
