import { property } from 'lit/decorators.js';
import type { Client } from '../../model/client.js';
import { ClientelaElement } from '../clientela-element.js';
import type {} from './events.js';
import { fileStrings } from '../../i18n/groups/file.js';
import type { StringsSource } from '../../i18n/strings.js';

/**
 * Base class of the tab elements of <client-file> (`client-profile`, `client-preferences`, …).
 * Every tab is a standalone element too: give it `client-id` and an adapter (from a provider or
 * the `adapter` property) and it loads its own data when connected.
 *
 * The contract with <client-file>:
 * - `clientId` (attribute `client-id`): the client whose data the tab shows. The file sets it.
 * - `client`: the client record the file already loaded, kept in sync after every save (header
 *   edits included). A tab that needs the client uses it instead of loading it again; standalone,
 *   it is undefined and the tab loads the client itself.
 * - `inClientFile`: true inside the file, whose header shows the client's name and summary.
 * - `adapter` and `permissions` are set by the file to its own (so a file given an adapter as a
 *   property, without a provider, still feeds its tabs).
 * - A tab that can hold unsaved changes overrides `hasUnsavedChanges` and fires
 *   `client-dirty-change` when it changes; the file marks the tab and warns before the page unloads.
 * - A tab that saves the client fires `client-updated` with the saved record; the file updates its
 *   header from it.
 * - A tab loads its data only once connected (the file connects it the first time it is opened).
 */
export class ClientTabElement extends ClientelaElement {
  /** The file's strings; a tab adds its own area (`[fileStrings, tabStrings]`, `[fileStrings, clinicalStrings]`…). */
  static override strings: readonly StringsSource[] = [fileStrings];

  /** The id of the client whose data the tab shows. */
  @property({ attribute: 'client-id', reflect: true }) clientId = '';

  /**
   * The client record, when the embedding element already has it (saves a request, stays in sync
   * with saves made elsewhere in the file). Property only.
   */
  @property({ attribute: false }) client: Client | undefined;

  /**
   * Set by <client-file>, whose header already shows the client's name, status, weight, online
   * booking block and client-since date: the tab leaves them out instead of repeating them.
   * Property only.
   */
  @property({ attribute: false }) inClientFile = false;

  /** Whether the tab holds changes not saved yet. */
  get hasUnsavedChanges(): boolean {
    return false;
  }
}
