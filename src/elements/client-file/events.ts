/*
 * Events shared by <client-file> and its tab elements (declared once here; each element module
 * declares its own events next to its class). Every event is a CustomEvent that bubbles and is
 * composed, so a host listens on the element or any ancestor.
 */
import type { Client } from '../../model/client.js';

/** `client-updated`: a client was saved (header edit or profile form). */
export interface ClientUpdatedDetail {
  /** The client as saved (with its new version). */
  client: Client;
  /** The top-level fields the save changed. */
  fields: string[];
}

/** `client-dirty-change`: a tab started or stopped holding unsaved changes. */
export interface ClientDirtyChangeDetail {
  dirty: boolean;
}

declare global {
  interface HTMLElementEventMap {
    'client-updated': CustomEvent<ClientUpdatedDetail>;
    'client-dirty-change': CustomEvent<ClientDirtyChangeDetail>;
  }
}
