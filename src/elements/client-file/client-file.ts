import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { AdapterError, isAdapterError } from '../../adapter/adapter-error.js';
import type { ClientDataAdapter } from '../../adapter/contract.js';
import { OptimisticMutation } from '../../controllers/optimistic-mutation.js';
import { ResourceController } from '../../controllers/resource-controller.js';
import { CLIENT_STATUSES, Client, ClientEditable, clientDisplayName } from '../../model/client.js';
import type { ClientStatus } from '../../model/client.js';
import type { Alert, Allergy } from '../../model/clinical.js';
import type { Group, Tag } from '../../model/group.js';
import { avatarStyles, renderAvatar } from '../shared/avatar.js';
import { isForbidden, isNotFound, renderState, rollbackMessage, stateStyles } from '../shared/state-view.js';
import { tokens } from '../shared/tokens.js';
import { ClientelaElement } from '../clientela-element.js';
import type { ClientTabElement } from './client-tab.js';
import { fileStyles } from './client-file.styles.js';
import { contactActions } from './contact.js';
import type { ContactAction, ContactChannel } from './contact.js';
import type { ClientDirtyChangeDetail, ClientUpdatedDetail } from './events.js';
import type { ClientRecordChangeDetail } from './record-events.js';
import { renderBadges, renderContactActions, renderGroupAndTagChips } from './file-header.js';
import { TAB_REGISTRY, loadTab, orderTabs, tabAvailable } from './tab-registry.js';
import type { TabDefinition } from './tab-registry.js';
import { CUSTOM_TAB_ATTRIBUTES, captureErrors, customTabErrorMessage, findCustomTabs, sameCustomTabs } from './custom-tabs.js';
import type { CustomTab } from './custom-tabs.js';
import type { Translation } from '../../i18n/translation.js';
import { NameTruncation } from './name-truncation.js';
import { TabsController } from './tabs-controller.js';
import { fileStrings } from '../../i18n/groups/file.js';

/** `client-tab-change`: the user opened another tab. */
export interface ClientTabChangeDetail {
  tab: string;
  previous: string | null;
}

/** `client-contact`: a contact action was chosen. Cancel it to handle the contact yourself. */
export interface ClientContactDetail {
  clientId: string;
  channel: ContactChannel;
  /** The number or address (null for an appointment). */
  value: string | null;
  /** The link about to be followed (null for an appointment). */
  href: string | null;
}

/** What a `client-appointment-request` asks the host to do. */
export type ClientAppointmentAction = 'create' | 'reschedule' | 'add-payment';

/**
 * `client-appointment-request`: the user asked to create an appointment for this client (the
 * header's button, <client-appointments>), or to reschedule or add a payment to one of its
 * appointments (<client-appointments>). Cancelable.
 */
export interface ClientAppointmentRequestDetail {
  clientId: string;
  action: ClientAppointmentAction;
  /** The appointment acted on (reschedule, add-payment). */
  appointmentId?: string;
  /** The client, when the element that fired it has it loaded. */
  client?: Client;
}

/** `client-back`: the user asked to go back from a client that does not exist. */
export interface ClientBackDetail {
  clientId: string;
}

declare global {
  interface HTMLElementEventMap {
    'client-tab-change': CustomEvent<ClientTabChangeDetail>;
    'client-contact': CustomEvent<ClientContactDetail>;
    'client-appointment-request': CustomEvent<ClientAppointmentRequestDetail>;
    'client-back': CustomEvent<ClientBackDetail>;
  }
}

/** A tab of the strip: a built-in one (from the registry) or a custom one (a host's slotted element). */
export interface FileTab {
  id: string;
  label: (t: Translation) => string;
  /** The registry entry of a built-in tab. */
  builtin?: TabDefinition;
  /** The host's element of a custom tab. */
  custom?: CustomTab;
}

/** Header fields edited in place. */
type HeaderField = 'status' | 'weightKg' | 'bookingBlacklisted';

const listConverter = {
  fromAttribute: (value: string | null) => (value === null ? undefined : value.split(/[\s,]+/).filter(Boolean)),
  toAttribute: (value: readonly string[] | undefined) => value?.join(' '),
};

/**
 * The 360° client file: a header banner (avatar or initials, name, status editable in place,
 * groups and tags, weight editable, the online-booking block with its meaning, badges for active
 * alerts and allergies, client since, last visit, wallet balance, contact actions) over a tab bar.
 * Each tab is its own element, loaded — code and data — the first time it opens.
 *
 * Tabs follow the WAI-ARIA tabs pattern with manual activation (arrow keys move, Enter or Space
 * opens). Tabs whose adapter namespace is missing are hidden; `tabs` reorders or hides them; tabs
 * that do not fit collapse into a "More" menu.
 *
 * Custom tabs: a child element with `slot="tab"`, `data-tab-id` and `data-tab-label` becomes a tab
 * of its own, after the built-in ones (or where `tabs` puts it, by its id), with the same keyboard,
 * focus and ARIA behaviour:
 *
 * ```html
 * <client-file client-id="c1">
 *   <section slot="tab" data-tab-id="loyalty" data-tab-label="Loyalty">…</section>
 * </client-file>
 * ```
 *
 * The element is displayed only while its tab is selected. The file keeps its `data-client-id`
 * attribute (and its `clientId` property, when the element has one) set to the client shown, and
 * fires `client-tab-activate` on it each time it is shown (`detail.first` the first time for a
 * client: render lazily then). If a `client-tab-activate` listener throws, or the content fires
 * `client-tab-error` (`detail: { error }`), the panel shows the error and a retry button (which
 * activates the tab again); the header and the other tabs keep working. Tabs added or removed at
 * runtime update the strip. Content that fires `client-dirty-change` (`detail: { dirty }`, bubbling)
 * marks its tab as holding unsaved changes, and counts in `hasUnsavedChanges`, like a built-in tab.
 * An id already used by a built-in or an earlier custom tab is ignored with a warning (once); a tab
 * without a label shows its id, with a warning.
 *
 * @tagname client-file
 * @summary The client file: header banner with quick actions, and lazily loaded tabs.
 *
 * @slot tab - Custom tabs: each child with `slot="tab"`, `data-tab-id` (its id, for `tab`, `tabs` and `client-tab-change`) and `data-tab-label` (its label) is a tab of its own, displayed only while selected.
 *
 * @fires client-tab-change - The user opened another tab (built-in or custom). `detail: { tab, previous }`.
 * @fires client-tab-activate - (on a custom tab's element; bubbles) Its tab is being shown. `detail: { tab, clientId, first }`; `first` is true the first time for this client.
 * @fires client-contact - A contact action was chosen: `detail: { clientId, channel: 'phone' | 'whatsapp' | 'email' | 'appointment', value, href }`. Cancelable: `preventDefault()` stops the link (or the appointment request) so the host can handle it.
 * @fires client-appointment-request - The user asked for a new appointment (after an uncanceled `client-contact`). `detail: { clientId, action: 'create', client }`. The host opens its booking flow.
 * @fires client-updated - The client was saved (a header edit, or the profile tab). `detail: { client, fields }`.
 * @fires client-back - The user chose "Back" on a client that does not exist. `detail: { clientId }`. Cancelable; when not canceled the element calls `history.back()`.
 * @fires client-dirty-change - (from a tab) A tab started or stopped holding unsaved changes. `detail: { dirty }`.
 * @fires client-record-change - (from a tab) A tab changed a record the header summarises (e.g. a wallet movement); the header refreshes it. `detail: { clientId, namespace, action, id }`.
 *
 * @cssprop --client-color-surface - Background of the banner and panels.
 * @cssprop --client-color-surface-subtle - Background of the tab bar and chips.
 * @cssprop --client-color-text - Text color.
 * @cssprop --client-color-text-muted - Secondary text (facts, labels).
 * @cssprop --client-color-border - Borders and dividers.
 * @cssprop --client-color-accent - Selected tab, primary action.
 * @cssprop --client-color-danger - Booking blocked, critical alerts, severe allergies.
 * @cssprop --client-color-warning - High-priority alerts, moderate allergies.
 * @cssprop --client-radius - Corner radius.
 * @cssprop --client-spacing - Base spacing unit.
 * @cssprop --client-density - 1 comfortable, 0.75 compact.
 * @cssprop --client-font-family - Font.
 * @cssprop --client-avatar-size - Diameter of the avatar (default 64px).
 *
 * @csspart base - The whole file.
 * @csspart banner - The header banner.
 * @csspart avatar - The avatar or initials.
 * @csspart name - The client's name.
 * @csspart status - The status (select, or text when read-only).
 * @csspart chip - A group or tag (also `group` or `tag`).
 * @csspart badges - The row of badges.
 * @csspart badge - A badge (also `badge-blocked`, `badge-alerts`, `badge-allergy`).
 * @csspart alerts - The disclosure listing the active alerts.
 * @csspart allergies - The list of active allergies.
 * @csspart facts - Client since, last visit, wallet balance, weight.
 * @csspart weight - The weight (value or editor).
 * @csspart blacklist - The online-booking block switch and its explanation.
 * @csspart actions - The contact actions.
 * @csspart action - One contact action (also `action-phone`, `action-whatsapp`, `action-email`, `action-appointment`).
 * @csspart message - The message after a failed header edit.
 * @csspart tabbar - The bar holding the tab list and the overflow menu button.
 * @csspart tablist - The tab list.
 * @csspart tab - A tab (also `tab-selected` on the selected one).
 * @csspart more-button - The button of the overflow menu.
 * @csspart more-menu - The overflow menu.
 * @csspart menu-item - An item of the overflow menu.
 * @csspart panel - A tab panel.
 * @csspart state - A loading, error, not-found or forbidden state (also `state-loading`, `state-error`, `state-not-found`, `state-forbidden`).
 * @csspart state-action - The button of a state.
 * @csspart skeleton - A placeholder bar of the loading state.
 */
export class ClientFileElement extends ClientelaElement {
  static override strings = [fileStrings];

  /* Manual slot assignment: each custom tab's element goes into the slot of its own panel. */
  static override shadowRootOptions: ShadowRootInit = { ...ClientelaElement.shadowRootOptions, slotAssignment: 'manual' };

  static override styles = [tokens, stateStyles, avatarStyles, fileStyles];

  /** The tabs this element knows; a subclass may add its own. */
  static tabRegistry: readonly TabDefinition[] = TAB_REGISTRY;

  /** The id of the client to show. */
  @property({ attribute: 'client-id', reflect: true }) clientId = '';

  /**
   * The selected tab's id (`profile`, `preferences`, `disliked-services`, `insights`, `wallet`,
   * `invoices`, `transactions`, `gift-cards`, … — the ids of `TAB_REGISTRY` — or a custom tab's
   * `data-tab-id`), reflected so a page can deep-link to it. Unset: the first tab.
   */
  @property({ reflect: true }) tab: string | undefined;

  /**
   * Which tabs to show and in which order, by id (attribute: space- or comma-separated), built-in
   * and custom alike. Ids left out are hidden; unknown ids are ignored. Unset: every tab the adapter
   * supports, then the custom tabs in document order.
   */
  @property({ converter: listConverter }) tabs: string[] | undefined;

  /** Tab ids opened at least once (their element exists). @internal */
  @state() private opened = new Set<string>();
  /** Tab ids with unsaved changes. @internal */
  @state() private dirtyTabs = new Set<string>();
  /** Weight editor: open, its text, and its error. @internal */
  @state() private weightEditor: { value: string; error: string | undefined } | undefined;
  /** Tab loads that failed, by id. @internal */
  @state() private tabErrors = new Map<string, unknown>();

  private readonly panels = new Map<string, ClientTabElement>();

  /** The host's custom tabs (slotted children), in document order. @internal */
  @state() private customTabs: CustomTab[] = [];
  /** Custom tabs shown at least once for the current client. */
  private activatedCustom = new Set<string>();
  /** The custom tab (and client) last announced with `client-tab-activate`. */
  private announcedCustom: string | undefined;
  /** Problems with custom tabs already warned about (warn once each). */
  private readonly warned = new Set<string>();
  private childObserver: MutationObserver | undefined;

  /** May view clients, or may not know yet (the provider is loading the session). */
  private get mayView(): boolean {
    return this.can('clients.view') || this.permissionsPending;
  }

  private readonly client = new ResourceController(this, {
    args: () => (this.adapter && this.clientId && this.mayView ? ([this.adapter, this.clientId] as const) : undefined),
    load: ([adapter, id], { signal }) => adapter.clients.get(id, { signal }),
  });

  private readonly alerts = new ResourceController(this, {
    args: () => (this.adapter?.alerts && this.clientId && this.can('clinical.view') ? ([this.adapter, this.clientId] as const) : undefined),
    load: async ([adapter, id], { signal }): Promise<Alert[]> =>
      (await adapter.alerts!.list(id, { limit: 100, filter: { active: true } }, { signal })).items,
  });

  private readonly allergies = new ResourceController(this, {
    args: () =>
      this.adapter?.allergies && this.clientId && this.can('clinical.view') ? ([this.adapter, this.clientId] as const) : undefined,
    load: async ([adapter, id], { signal }): Promise<Allergy[]> =>
      (await adapter.allergies!.list(id, { limit: 100, filter: { active: true } }, { signal })).items,
  });

  private readonly groups = new ResourceController(this, {
    args: () => (this.adapter?.groups ? ([this.adapter] as const) : undefined),
    load: ([adapter], { signal }): Promise<Group[]> => adapter.groups!.list({ signal }),
  });

  private readonly tags = new ResourceController(this, {
    args: () => (this.adapter?.tags ? ([this.adapter] as const) : undefined),
    load: ([adapter], { signal }): Promise<Tag[]> => adapter.tags!.list({ signal }),
  });

  private readonly mutation = new OptimisticMutation(this, {
    describeFailure: (error) => rollbackMessage(error, this.localize.t),
  });

  private readonly nameTruncation = new NameTruncation(this, () => this.renderRoot.querySelector<HTMLElement>('.name'));

  private readonly tabsController = new TabsController(this, {
    tabs: () => this.visibleTabs().map((tab) => tab.id),
    selected: () => this.selectedTab()?.id,
    activate: (id) => this.selectTab(id),
    root: () => this.renderRoot,
  });

  /** Whether a tab holds changes not saved yet (check before moving to another client). */
  get hasUnsavedChanges(): boolean {
    // A custom tab says so with `client-dirty-change`, as the built-in tabs do (onCustomTabDirty).
    return [...this.panels.values()].some((panel) => panel.hasUnsavedChanges) || this.customTabs.some((tab) => this.dirtyTabs.has(tab.id));
  }

  /** The loaded client, once loaded. */
  get clientRecord(): Client | undefined {
    return this.client.value;
  }

  /** Settles when the client (and the badges' lists) have loaded or failed. */
  get dataSettled(): Promise<void> {
    return Promise.all([this.client.settled, this.alerts.settled, this.allergies.settled]).then(() => undefined);
  }

  /** Every tab this file could show: the registry's, then the custom ones. */
  private allTabs(): FileTab[] {
    const registry = (this.constructor as typeof ClientFileElement).tabRegistry;
    return [
      ...registry.map((tab): FileTab => ({ id: tab.id, label: tab.label, builtin: tab })),
      ...this.customTabs.map((custom): FileTab => ({ id: custom.id, label: () => custom.label, custom })),
    ];
  }

  /**
   * The tabs shown: registry and custom tabs (ordered by `tabs`) minus the built-in ones the adapter
   * or the user cannot have.
   */
  visibleTabs(): FileTab[] {
    const adapter = this.adapter;
    if (!adapter) return [];
    const can = (permission: Parameters<ClientelaElement['can']>[0]) => this.can(permission);
    return orderTabs(this.allTabs(), this.tabs).filter((tab) => !tab.builtin || tabAvailable(tab.builtin, adapter, can));
  }

  /** The tab shown: `tab` if it is available, else the first. */
  private selectedTab(): FileTab | undefined {
    const tabs = this.visibleTabs();
    return tabs.find((tab) => tab.id === this.tab) ?? tabs[0];
  }

  /** Opens a tab as the user would (loads it if needed, fires `client-tab-change`). */
  selectTab(id: string): void {
    const tab = this.visibleTabs().find((candidate) => candidate.id === id);
    const previous = this.selectedTab()?.id ?? null;
    if (!tab || previous === id) return;
    this.tab = id;
    this.emit('client-tab-change', { tab: id, previous });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('clientId')) {
      this.weightEditor = undefined;
      this.mutation.dismiss();
      // Another client: tabs open again lazily (their code stays loaded; their data loads when shown).
      if (changed.get('clientId') !== undefined && (this.panels.size || this.opened.size)) {
        this.panels.clear();
        this.opened = new Set();
        this.dirtyTabs = new Set();
        this.tabErrors = new Map();
      }
      this.activatedCustom = new Set();
      this.announcedCustom = undefined;
    }
    const adapter = this.adapter;
    if (adapter) {
      // A deep link to a tab that cannot exist here (unknown, or its namespace is missing) falls
      // back to the first tab; a tab hidden only by permissions keeps the link (they may load later).
      const known = orderTabs(this.allTabs(), this.tabs).filter((tab) => !tab.builtin || tab.builtin.requires.every((namespace) => adapter[namespace] !== undefined));
      if (known.length && (!this.tab || !known.some((tab) => tab.id === this.tab))) this.tab = known[0]!.id;
      // A tab's code and data load the first time it is shown, once the client is there.
      const selected = this.selectedTab();
      if (this.client.status === 'ready' && selected && !this.opened.has(selected.id)) {
        if (selected.builtin) this.openTab(selected.builtin, adapter);
        else this.opened = new Set(this.opened).add(selected.id);
      }
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const visible = this.visibleTabs();
    for (const [id, panel] of this.panels) {
      if (!visible.some((tab) => tab.id === id)) continue;
      this.syncPanel(panel);
    }
    this.syncCustomTabs(visible);
  }

  /* ----------------------------------------------------------------------------------------------
   * Custom tabs: the host's slotted elements.
   */

  /** Finds the custom tabs among the children again (on connect, and when they change). */
  private scanCustomTabs(): void {
    const registry = (this.constructor as typeof ClientFileElement).tabRegistry;
    const found = findCustomTabs(this, new Set(registry.map((tab) => tab.id)), (key, message) => {
      if (this.warned.has(key)) return;
      this.warned.add(key);
      console.warn(message);
    });
    if (!sameCustomTabs(found, this.customTabs)) this.customTabs = found;
  }

  /**
   * After each render: every custom element gets the client id; each opened custom panel's slot
   * holds its element; the selected custom tab is announced when it is newly shown.
   */
  private syncCustomTabs(visible: readonly FileTab[]): void {
    for (const { element } of this.customTabs) {
      if (element.dataset['clientId'] !== this.clientId) element.dataset['clientId'] = this.clientId;
      if ('clientId' in element && (element as { clientId: unknown }).clientId !== this.clientId) (element as { clientId: unknown }).clientId = this.clientId;
    }
    for (const slot of this.renderRoot.querySelectorAll<HTMLSlotElement>('slot[data-custom-tab]')) {
      const element = this.customTabs.find((tab) => tab.id === slot.dataset['customTab'])?.element;
      const assigned = slot.assignedElements();
      if (element && (assigned.length !== 1 || assigned[0] !== element)) slot.assign(element);
      else if (!element && assigned.length) slot.assign();
    }
    const selected = this.selectedTab();
    const custom = selected?.custom;
    const key = custom && this.opened.has(custom.id) && visible.some((tab) => tab.id === custom.id) ? `${custom.id}\u0000${this.clientId}` : undefined;
    if (key === this.announcedCustom) return;
    this.announcedCustom = key;
    // After this update: the listener may render, and a failure sets state (a new update, not this one).
    if (custom && key) queueMicrotask(() => this.activateCustom(custom));
  }

  /** Tells a custom tab it is shown; a listener that throws fails the tab (its panel shows why). */
  private activateCustom(custom: CustomTab): void {
    if (!this.customTabs.includes(custom) || this.selectedTab()?.id !== custom.id || this.tabErrors.has(custom.id)) return;
    const first = !this.activatedCustom.has(custom.id);
    this.activatedCustom.add(custom.id);
    const detail = { tab: custom.id, clientId: this.clientId, first };
    const failure = captureErrors(() => custom.element.dispatchEvent(new CustomEvent('client-tab-activate', { detail, bubbles: true })));
    // The browser has already reported (and logged) the exception.
    if (failure) this.failCustom(custom.id, failure.error);
  }

  private failCustom(id: string, error: unknown): void {
    this.tabErrors = new Map(this.tabErrors).set(id, error);
  }

  /** A custom tab's content reported a failure. */
  private readonly onCustomTabError = (event: CustomEvent<{ error: unknown }>): void => {
    const path = event.composedPath();
    const custom = this.customTabs.find((tab) => path.includes(tab.element));
    if (!custom) return;
    event.stopPropagation();
    console.error(`[clientela] <client-file>: custom tab "${custom.id}" failed:`, event.detail?.error);
    this.failCustom(custom.id, event.detail?.error);
  };

  /** A custom tab's content started or stopped holding unsaved changes (its tab shows the mark). */
  private readonly onCustomTabDirty = (event: CustomEvent<ClientDirtyChangeDetail>): void => {
    const path = event.composedPath();
    const custom = this.customTabs.find((tab) => path.includes(tab.element));
    if (custom) this.markDirty(custom.id, Boolean(event.detail?.dirty));
  };

  private markDirty(id: string, dirty: boolean): void {
    if (this.dirtyTabs.has(id) === dirty) return;
    const next = new Set(this.dirtyTabs);
    if (dirty) next.add(id);
    else next.delete(id);
    this.dirtyTabs = next;
  }

  /** Retry: forget the failure, and show the tab as if for the first time. */
  private retryCustom(id: string): void {
    const errors = new Map(this.tabErrors);
    errors.delete(id);
    this.tabErrors = errors;
    this.activatedCustom.delete(id);
    this.announcedCustom = undefined;
  }

  private syncPanel(panel: ClientTabElement): void {
    panel.clientId = this.clientId;
    panel.inClientFile = true;
    panel.client = this.client.status === 'ready' && this.client.value?.id === this.clientId ? this.client.value : undefined;
    panel.adapter = this.adapter;
    panel.permissions = this.permissions;
  }

  private openTab(tab: TabDefinition, adapter: ClientDataAdapter): void {
    this.opened = new Set(this.opened).add(tab.id);
    void loadTab(tab).then(
      () => {
        if (this.panels.has(tab.id) || this.adapter !== adapter) return;
        const element = document.createElement(tab.tag) as ClientTabElement;
        element.addEventListener('client-dirty-change', (event: CustomEvent<ClientDirtyChangeDetail>) => this.markDirty(tab.id, event.detail.dirty));
        this.syncPanel(element);
        this.panels.set(tab.id, element);
        this.requestUpdate();
      },
      (error: unknown) => {
        // The module could not be fetched (offline, a deploy replaced it): a network error to retry.
        const reason = isAdapterError(error) ? error : new AdapterError('network', `Loading the ${tab.id} tab failed: ${String(error)}`, { cause: error });
        this.tabErrors = new Map(this.tabErrors).set(tab.id, reason);
      },
    );
  }

  private retryTab(tab: TabDefinition): void {
    const errors = new Map(this.tabErrors);
    errors.delete(tab.id);
    this.tabErrors = errors;
    const opened = new Set(this.opened);
    opened.delete(tab.id);
    this.opened = opened;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('client-updated', this.onClientUpdated);
    this.addEventListener('client-record-change', this.onRecordChange);
    this.addEventListener('client-tab-error', this.onCustomTabError);
    this.addEventListener('client-dirty-change', this.onCustomTabDirty);
    this.scanCustomTabs();
    // Custom tabs added, removed or relabelled at runtime (subtree: attributes of the children only).
    this.childObserver ??= new MutationObserver((records) => {
      if (records.some((record) => record.type === 'childList' ? record.target === this : record.target.parentNode === this)) this.scanCustomTabs();
    });
    this.childObserver.observe(this, { childList: true, subtree: true, attributes: true, attributeFilter: CUSTOM_TAB_ATTRIBUTES });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('client-updated', this.onClientUpdated);
    this.removeEventListener('client-record-change', this.onRecordChange);
    this.removeEventListener('client-tab-error', this.onCustomTabError);
    this.removeEventListener('client-dirty-change', this.onCustomTabDirty);
    this.childObserver?.disconnect();
  }

  /** A tab changed a record the header summarises: refresh that piece (without a loading flash). */
  private readonly onRecordChange = (event: CustomEvent<ClientRecordChangeDetail>): void => {
    const { clientId, namespace } = event.detail;
    const adapter = this.adapter;
    if (clientId !== this.clientId || !adapter) return;
    // The badges keep showing their last lists while these reload.
    if (namespace === 'allergies') void this.allergies.reload();
    if (namespace === 'alerts') void this.alerts.reload();
    if (namespace === 'wallet' && adapter.wallet) {
      void adapter.wallet.get(clientId).then(
        (wallet) => {
          const current = this.client.value;
          if (current?.id === clientId) this.client.set({ ...current, stats: { ...current.stats, walletBalance: wallet.balance } });
        },
        () => undefined, // the header keeps the last balance it had; the wallet tab shows its own
      );
    }
  };

  /** A tab saved the client: show the saved record in the header. */
  private readonly onClientUpdated = (event: CustomEvent<ClientUpdatedDetail>): void => {
    if (event.composedPath()[0] === this) return; // our own header edit
    const saved = event.detail.client;
    const current = this.client.value;
    if (saved.id === this.clientId && (!current || saved.version >= current.version)) this.client.set(saved);
  };

  /* ----------------------------------------------------------------------------------------------
   * Header edits: optimistic, one at a time, rolled back with a message on failure.
   */

  private saveField<F extends HeaderField>(field: F, value: Client[F]): void {
    const adapter = this.adapter;
    const before = this.client.value;
    if (!adapter || !before || before[field] === value) return;
    void this.mutation.run({
      key: field,
      apply: () => {
        const previous = this.client.value![field];
        this.client.set({ ...this.client.value!, [field]: value });
        return () => {
          if (this.client.value) this.client.set({ ...this.client.value, [field]: previous });
        };
      },
      commit: async () => {
        const base = this.client.value!;
        const patch = { [field]: value };
        try {
          return await adapter.clients.update(base.id, patch, { expectedVersion: base.version });
        } catch (error) {
          // Someone saved another field meanwhile: a one-field edit still applies to the new version.
          const parsed = isAdapterError(error) && error.kind === 'conflict' ? Client.safeParse(error.current) : undefined;
          if (parsed?.success && parsed.data[field] === before[field]) {
            return adapter.clients.update(base.id, patch, { expectedVersion: parsed.data.version });
          }
          if (parsed?.success) this.client.set({ ...parsed.data, [field]: value });
          throw error;
        }
      },
      onCommitted: (saved) => {
        this.client.set(saved);
        this.emit('client-updated', { client: saved, fields: [field] });
      },
    });
  }

  private onStatusChange(event: Event): void {
    const value = (event.target as HTMLSelectElement).value as ClientStatus;
    if ((CLIENT_STATUSES as readonly string[]).includes(value)) this.saveField('status', value);
  }

  private onBlacklistChange(event: Event): void {
    this.saveField('bookingBlacklisted', (event.target as HTMLInputElement).checked);
  }

  private openWeightEditor(): void {
    const weight = this.client.value?.weightKg;
    this.weightEditor = { value: weight === null || weight === undefined ? '' : String(weight), error: undefined };
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#weight-input')?.focus());
  }

  private closeWeightEditor(): void {
    this.weightEditor = undefined;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#weight-button')?.focus());
  }

  private submitWeight(event?: Event): void {
    event?.preventDefault();
    const editor = this.weightEditor;
    if (!editor) return;
    const text = editor.value.trim().replace(',', '.');
    const number = text === '' ? null : Number(text);
    const parsed = ClientEditable.shape.weightKg.safeParse(number === null || Number.isFinite(number) ? number : Number.NaN);
    if (!parsed.success) {
      this.weightEditor = { ...editor, error: this.localize.t.file.header.weightInvalid };
      return;
    }
    this.saveField('weightKg', parsed.data === null ? null : Math.round(parsed.data * 10) / 10);
    this.closeWeightEditor();
  }

  private onWeightKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      event.preventDefault();
      this.closeWeightEditor();
    }
  }

  /* ----------------------------------------------------------------------------------------------
   * Contact actions and navigation events.
   */

  private onContact(event: Event, action: ContactAction): void {
    const client = this.client.value;
    if (!client) return;
    const contact = this.emit(
      'client-contact',
      { clientId: client.id, channel: action.channel, value: action.value, href: action.href },
      { cancelable: true },
    );
    if (contact.defaultPrevented) {
      event.preventDefault();
      return;
    }
    if (action.channel === 'appointment') {
      this.emit('client-appointment-request', { clientId: client.id, action: 'create', client }, { cancelable: true });
    }
  }

  private goBack(): void {
    const back = this.emit('client-back', { clientId: this.clientId }, { cancelable: true });
    if (!back.defaultPrevented && history.length > 1) history.back();
  }

  /* ----------------------------------------------------------------------------------------------
   * Rendering.
   */

  override render() {
    const { t } = this.localize;
    if (!this.adapter) return html`<div part="base" class="file">${renderState({ kind: 'error', error: new Error(t.provider.noAdapter), title: t.provider.noAdapter }, t)}</div>`;
    if (!this.can('clients.view')) {
      const pending = this.permissionsPending;
      return html`<div part="base" class="file">
        ${renderState(pending ? { kind: 'loading', shape: 'banner', label: t.provider.loadingSession } : { kind: 'forbidden' }, t)}
      </div>`;
    }
    return html`<section part="base" class="file" aria-labelledby="client-name" aria-busy=${this.client.status === 'loading' ? 'true' : 'false'}>
      ${this.client.render({
        idle: () => html`<h2 id="client-name" class="visually-hidden">${t.file.label}</h2>
          ${renderState({ kind: 'empty', title: t.file.noClientTitle, message: t.file.noClientMessage }, t)}`,
        loading: () => html`<h2 id="client-name" class="visually-hidden">${t.file.label}</h2>
          ${renderState({ kind: 'loading', shape: 'banner', label: t.file.loadingClient }, t)}`,
        error: (error) => html`<h2 id="client-name" class="visually-hidden">${t.file.label}</h2>${this.renderLoadError(error)}`,
        ready: (client) => html`${this.renderBanner(client)} ${this.renderTabs()}`,
      })}
    </section>`;
  }

  private renderLoadError(error: unknown): TemplateResult {
    const { t } = this.localize;
    if (isNotFound(error)) return renderState({ kind: 'not-found', back: { label: t.common.back, onClick: () => this.goBack() } }, t);
    if (isForbidden(error)) return renderState({ kind: 'forbidden' }, t);
    return renderState({ kind: 'error', error, retry: () => void this.client.reload() }, t);
  }

  private renderBanner(client: Client): TemplateResult {
    const { t } = this.localize;
    const name = clientDisplayName(client);
    const canEdit = this.can('clients.edit') && !client.trashedAt;
    return html`<header class="banner" part="banner">
      <div class="top">
        <div class="identity">
          ${renderAvatar({ id: client.id, name, url: client.avatarUrl })}
          <div class="identity-text">
            <h2 id="client-name" class="name" part="name" @blur=${this.nameTruncation.check}>${name}</h2>
            <div class="identity-row">
              ${this.renderStatus(client, canEdit)}
              ${renderGroupAndTagChips(client, this.groups.value, this.tags.value, this.localize)}
            </div>
          </div>
        </div>
        ${renderContactActions(contactActions(client), this.localize, (event, action) => this.onContact(event, action))}
      </div>
      ${client.trashedAt ? html`<p class="trashed" role="note">${t.file.header.inTrash}</p>` : nothing}
      ${this.renderBadgeRow(client)}
      <div class="details">
        ${this.renderFacts(client, canEdit)} ${this.renderBlacklist(client, canEdit)}
      </div>
      <p class="message" part="message" role="status">${this.mutation.message ?? ''}</p>
    </header>`;
  }

  private renderStatus(client: Client, canEdit: boolean): TemplateResult {
    const { t } = this.localize;
    if (!canEdit) {
      return html`<span class="status status-${client.status}" part="status"><span class="visually-hidden">${t.file.header.status}: </span>${t.enums.clientStatus[client.status]}</span>`;
    }
    return html`<label class="status-field">
      <span class="visually-hidden">${t.file.header.status}</span>
      <select class="status status-${client.status}" part="status" .value=${client.status} @change=${this.onStatusChange} aria-busy=${this.mutation.isPending('status') ? 'true' : 'false'}>
        ${CLIENT_STATUSES.map((status) => html`<option value=${status} ?selected=${status === client.status}>${t.enums.clientStatus[status]}</option>`)}
      </select>
    </label>`;
  }

  private renderBadgeRow(client: Client): TemplateResult {
    const { t } = this.localize;
    const failed = this.alerts.status === 'error' || this.allergies.status === 'error';
    return html`${renderBadges({ alerts: this.alerts.value, allergies: this.allergies.value, blacklisted: client.bookingBlacklisted }, this.localize)}
    ${failed
      ? html`<p class="badges-failed">
          ${t.file.header.badgesFailed}
          <button type="button" class="link-button" @click=${() => {
            if (this.alerts.status === 'error') void this.alerts.reload();
            if (this.allergies.status === 'error') void this.allergies.reload();
          }}>${t.common.retry}</button>
        </p>`
      : nothing}`;
  }

  private renderFacts(client: Client, canEdit: boolean): TemplateResult {
    const { t } = this.localize;
    const localize = this.localize;
    const lastVisit = client.stats.lastVisitAt;
    const nextVisit = client.stats.nextVisitAt;
    const showWallet = this.can('wallet.view') && this.adapter?.wallet !== undefined;
    return html`<dl class="facts" part="facts">
      <div class="fact">
        <dt>${t.file.header.clientSince}</dt>
        <dd>${localize.date(client.createdAt)}</dd>
      </div>
      <div class="fact">
        <dt>${t.file.header.lastVisit}</dt>
        <dd>${lastVisit ? html`<time datetime=${lastVisit} title=${localize.dateTime(lastVisit)}>${localize.relativeTime(lastVisit)}</time>` : t.file.header.noVisits}</dd>
      </div>
      ${nextVisit
        ? html`<div class="fact">
            <dt>${t.file.header.nextVisit}</dt>
            <dd><time datetime=${nextVisit}>${localize.dateTime(nextVisit)}</time></dd>
          </div>`
        : nothing}
      ${showWallet
        ? html`<div class="fact">
            <dt>${t.file.header.walletBalance}</dt>
            <dd class="money">${localize.money(client.stats.walletBalance)}</dd>
          </div>`
        : nothing}
      <div class="fact weight" part="weight">
        <dt id="weight-label">${t.file.header.weight}</dt>
        <dd>${this.renderWeight(client, canEdit)}</dd>
      </div>
    </dl>`;
  }

  private formatWeight(weight: number): string {
    return this.localize.number(weight, { style: 'unit', unit: 'kilogram', maximumFractionDigits: 1 });
  }

  private renderWeight(client: Client, canEdit: boolean): TemplateResult {
    const { t } = this.localize;
    const shown = client.weightKg === null ? t.common.empty : this.formatWeight(client.weightKg);
    if (!canEdit) return html`${shown}`;
    const editor = this.weightEditor;
    if (!editor) {
      return html`<button type="button" id="weight-button" class="inline-edit" @click=${this.openWeightEditor}>
        ${client.weightKg === null
          ? html`<span>${t.file.header.addWeight}</span>`
          : html`<span>${shown}</span><span class="visually-hidden">, ${t.file.header.editWeight}</span>`}
        <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M4 17.2V20h2.8l8.3-8.3-2.8-2.8zM19.7 7.1a1 1 0 0 0 0-1.4L18.3 4.3a1 1 0 0 0-1.4 0l-1.3 1.3 2.8 2.8z" /></svg>
      </button>`;
    }
    return html`<form class="weight-form" @submit=${this.submitWeight} novalidate>
      <input
        id="weight-input"
        type="text"
        inputmode="decimal"
        autocomplete="off"
        size="5"
        aria-label=${t.file.header.weightInput}
        aria-invalid=${editor.error ? 'true' : 'false'}
        aria-describedby=${editor.error ? 'weight-error' : nothing}
        .value=${editor.value}
        @input=${(event: Event) => (this.weightEditor = { value: (event.target as HTMLInputElement).value, error: undefined })}
        @keydown=${this.onWeightKeydown}
      />
      <span aria-hidden="true">kg</span>
      <button type="submit" class="small primary">${t.common.save}</button>
      <button type="button" class="small" @click=${this.closeWeightEditor}>${t.common.cancel}</button>
      ${editor.error ? html`<span id="weight-error" class="field-error" role="alert">${editor.error}</span>` : nothing}
    </form>`;
  }

  private renderBlacklist(client: Client, canEdit: boolean): TemplateResult {
    const { t } = this.localize;
    if (!canEdit) {
      return html`<div class="blacklist" part="blacklist">
        <p class="blacklist-state">${client.bookingBlacklisted ? t.file.header.blacklistOn : t.file.header.blacklistOff}</p>
        <p class="help">${t.file.header.blacklistHelp}</p>
      </div>`;
    }
    return html`<div class="blacklist" part="blacklist">
      <label class="switch">
        <input
          type="checkbox"
          role="switch"
          .checked=${client.bookingBlacklisted}
          aria-describedby="blacklist-help"
          aria-busy=${this.mutation.isPending('bookingBlacklisted') ? 'true' : 'false'}
          @change=${this.onBlacklistChange}
        />
        <span class="switch-track" aria-hidden="true"></span>
        <span>${t.file.header.blacklistLabel}</span>
      </label>
      <p id="blacklist-help" class="help">${t.file.header.blacklistHelp}</p>
    </div>`;
  }

  private renderTabs(): TemplateResult {
    const { t } = this.localize;
    const tabs = this.visibleTabs();
    if (!tabs.length) return html``;
    const selected = this.selectedTab()!;
    const controller = this.tabsController;
    const visible = controller.visible;
    const overflow = controller.overflow;
    const focused = controller.focused;
    const label = (tab: FileTab) => tab.label(t);
    const dirtyMark = (tab: FileTab) =>
      this.dirtyTabs.has(tab.id) ? html`<span class="dirty" title=${t.file.unsavedChanges}><span class="visually-hidden">(${t.file.unsavedChanges})</span></span>` : nothing;
    const byId = new Map(tabs.map((tab) => [tab.id, tab]));
    return html`<div class="tabbar" part="tabbar">
        <div role="tablist" aria-label=${t.file.tabsLabel} part="tablist" @keydown=${controller.onKeydown} @focusout=${controller.onFocusout}>
          ${visible.map((id) => {
            const tab = byId.get(id)!;
            const isSelected = tab.id === selected.id;
            return html`<button
              type="button"
              role="tab"
              id="tab-${tab.id}"
              data-tab=${tab.id}
              class="tab"
              part=${isSelected ? 'tab tab-selected' : 'tab'}
              aria-selected=${isSelected ? 'true' : 'false'}
              aria-controls=${this.opened.has(tab.id) ? `panel-${tab.id}` : nothing}
              tabindex=${focused === tab.id ? '0' : '-1'}
              @click=${() => this.selectTab(tab.id)}
            >
              ${label(tab)}${dirtyMark(tab)}
            </button>`;
          })}
        </div>
        ${overflow.length
          ? html`<button type="button" class="more" part="more-button" aria-haspopup="menu" aria-expanded="false" popovertarget="more-menu" @keydown=${controller.onMoreKeydown}>
                ${t.common.more}<span aria-hidden="true" class="caret">▾</span>
              </button>
              <div id="more-menu" class="menu" role="menu" popover aria-label=${t.common.more} part="more-menu" @keydown=${controller.onMenuKeydown} @toggle=${controller.onMenuToggle}>
                ${overflow.map((id) => {
                  const tab = byId.get(id)!;
                  return html`<button type="button" role="menuitem" tabindex="-1" class="menu-item" part="menu-item" data-tab=${tab.id} @click=${() => this.chooseFromMenu(tab.id)}>
                    ${label(tab)}${dirtyMark(tab)}
                  </button>`;
                })}
              </div>`
          : nothing}
        <div class="measure-box" aria-hidden="true">
          <div class="measure">
            ${tabs.map((tab) => html`<span class="tab" data-tab=${tab.id}>${label(tab)}${this.dirtyTabs.has(tab.id) ? html`<span class="dirty"></span>` : nothing}</span>`)}
            <span class="more measure-more">${t.common.more}<span class="caret">▾</span></span>
          </div>
        </div>
      </div>
      ${repeat(
        tabs.filter((tab) => this.opened.has(tab.id)),
        (tab) => tab.id,
        (tab) => html`<div
          role="tabpanel"
          id="panel-${tab.id}"
          class="panel"
          part="panel"
          aria-labelledby="tab-${tab.id}"
          tabindex="0"
          ?hidden=${tab.id !== selected.id}
        >
          ${this.renderPanelContent(tab)}
        </div>`,
      )}`;
  }

  private renderPanelContent(tab: FileTab): unknown {
    const { t } = this.localize;
    if (tab.custom) return this.renderCustomPanel(tab.custom);
    const element = this.panels.get(tab.id);
    if (element) return element;
    if (this.tabErrors.has(tab.id)) {
      return renderState({ kind: 'error', error: this.tabErrors.get(tab.id), retry: () => this.retryTab(tab.builtin!) }, t);
    }
    return renderState({ kind: 'loading', label: t.file.loadingTab(tab.label(t)) }, t);
  }

  /** A custom tab's panel: its element (assigned to this slot after render), or why it failed. */
  private renderCustomPanel(custom: CustomTab): TemplateResult {
    const { t } = this.localize;
    if (!this.tabErrors.has(custom.id)) return html`<slot data-custom-tab=${custom.id}></slot>`;
    const message = customTabErrorMessage(this.tabErrors.get(custom.id));
    return html`<div class="state state-error" part="state state-error" role="alert">
      <p class="state-title">${t.file.customTabFailed(custom.label)}</p>
      <p class="state-message">${message || t.errors.unexpected}</p>
      <button type="button" class="state-button primary" part="state-action" @click=${() => this.retryCustom(custom.id)}>${t.common.retry}</button>
    </div>`;
  }

  private chooseFromMenu(id: string): void {
    this.renderRoot.querySelector<HTMLElement>('[role="menu"]')?.hidePopover();
    this.selectTab(id);
    this.tabsController.focusTab(id);
  }
}
