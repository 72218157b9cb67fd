/*
 * `client-record-change`: a tab created, changed or removed one of the client's records. The file
 * listens for it to refresh what it shows of that namespace (the header's alert and allergy badges);
 * a host can listen too (it bubbles and is composed).
 */
import type { AdapterNamespace } from '../../adapter/contract.js';

export interface ClientRecordChangeDetail {
  clientId: string;
  /** The adapter namespace of the record, e.g. `allergies`. */
  namespace: AdapterNamespace;
  action: 'create' | 'update' | 'remove';
  /** The record's id. */
  id: string;
}

declare global {
  interface HTMLElementEventMap {
    'client-record-change': CustomEvent<ClientRecordChangeDetail>;
  }
}
