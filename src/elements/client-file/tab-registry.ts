/*
 * The tabs <client-file> knows, in their default order. Adding a tab is one line here: its id, its
 * element's tag, the adapter namespaces it needs, optionally a permission, its label, and a dynamic
 * import of its define module (so its code loads the first time the tab opens, never before).
 *
 *   { id: 'wallet', tag: 'client-wallet', requires: ['wallet'], permission: 'wallet.view',
 *     label: (t) => t.file.tabs.wallet, load: () => import('../../define/client-wallet.js') },
 *
 * Only tabs whose element exists are listed: no placeholders.
 */
import type { AdapterNamespace, ClientDataAdapter } from '../../adapter/contract.js';
import type { Translation } from '../../i18n/translation.js';
import type { Permission } from '../../model/session.js';

export interface TabDefinition {
  /** Stable id: the value of `<client-file tab="…">`, of `tabs`, and of `client-tab-change`. */
  id: string;
  /** The tab element's tag; its class extends ClientTabElement. */
  tag: string;
  /** Adapter namespaces the tab needs: it is hidden when the adapter lacks any of them. */
  requires: readonly AdapterNamespace[];
  /** Permission needed to see the tab: it is hidden without it. */
  permission?: Permission;
  /** The tab's label in the current catalog. */
  label: (t: Translation) => string;
  /** Loads the tab's code (its define module registers the tag). */
  load: () => Promise<unknown>;
}

export const TAB_REGISTRY: readonly TabDefinition[] = [
  { id: 'profile', tag: 'client-profile', requires: ['clients'], label: (t) => t.file.tabs.profile, load: () => import('../../define/client-profile.js') },
  { id: 'appointments', tag: 'client-appointments', requires: ['appointments'], permission: 'clients.view', label: (t) => t.file.tabs.appointments, load: () => import('../../define/client-appointments.js') },
  { id: 'preferences', tag: 'client-preferences', requires: ['preferences'], label: (t) => t.file.tabs.preferences, load: () => import('../../define/client-preferences.js') },
  { id: 'disliked-services', tag: 'client-disliked-services', requires: ['dislikedServices'], label: (t) => t.file.tabs.dislikedServices, load: () => import('../../define/client-disliked-services.js') },
  { id: 'allergies', tag: 'client-allergies', requires: ['allergies'], permission: 'clinical.view', label: (t) => t.file.tabs.allergies, load: () => import('../../define/client-allergies.js') },
  { id: 'skin-tests', tag: 'client-skin-tests', requires: ['skinTests'], permission: 'clinical.view', label: (t) => t.file.tabs.skinTests, load: () => import('../../define/client-skin-tests.js') },
  { id: 'alerts', tag: 'client-alerts', requires: ['alerts'], permission: 'clinical.view', label: (t) => t.file.tabs.alerts, load: () => import('../../define/client-alerts.js') },
  { id: 'notes', tag: 'client-notes', requires: ['notes'], label: (t) => t.file.tabs.notes, load: () => import('../../define/client-notes.js') },
  { id: 'comments', tag: 'client-comments', requires: ['comments'], label: (t) => t.file.tabs.comments, load: () => import('../../define/client-comments.js') },
  { id: 'files', tag: 'client-files', requires: ['files'], permission: 'files.view', label: (t) => t.file.tabs.files, load: () => import('../../define/client-files.js') },
  { id: 'forms', tag: 'client-forms', requires: ['forms'], label: (t) => t.file.tabs.forms, load: () => import('../../define/client-forms.js') },
  { id: 'insights', tag: 'client-insights', requires: ['insights'], label: (t) => t.file.tabs.insights, load: () => import('../../define/client-insights.js') },
  { id: 'procedures', tag: 'client-procedures', requires: ['procedures'], permission: 'clients.view', label: (t) => t.file.tabs.procedures, load: () => import('../../define/client-procedures.js') },
  { id: 'reviews', tag: 'client-reviews', requires: ['reviews'], permission: 'clients.view', label: (t) => t.file.tabs.reviews, load: () => import('../../define/client-reviews.js') },
  { id: 'wallet', tag: 'client-wallet', requires: ['wallet'], permission: 'wallet.view', label: (t) => t.file.tabs.wallet, load: () => import('../../define/client-wallet.js') },
  { id: 'invoices', tag: 'client-invoices', requires: ['invoices'], permission: 'invoices.view', label: (t) => t.file.tabs.invoices, load: () => import('../../define/client-invoices.js') },
  { id: 'quotes', tag: 'client-quotes', requires: ['quotes'], label: (t) => t.file.tabs.quotes, load: () => import('../../define/client-quotes.js') },
  { id: 'memberships', tag: 'client-memberships', requires: ['memberships'], label: (t) => t.file.tabs.memberships, load: () => import('../../define/client-memberships.js') },
  { id: 'transactions', tag: 'client-transactions', requires: ['transactions'], permission: 'invoices.view', label: (t) => t.file.tabs.transactions, load: () => import('../../define/client-transactions.js') },
  { id: 'gift-cards', tag: 'client-gift-cards', requires: ['giftCards'], label: (t) => t.file.tabs.giftCards, load: () => import('../../define/client-gift-cards.js') },
];

/** Whether a tab may show: the adapter has every namespace it needs and the user its permission. */
export function tabAvailable(tab: TabDefinition, adapter: ClientDataAdapter, can: (permission: Permission) => boolean): boolean {
  return tab.requires.every((namespace) => adapter[namespace] !== undefined) && (!tab.permission || can(tab.permission));
}

/**
 * The tabs to show, in order: `order` (ids, e.g. the `tabs` property) picks and orders them — ids
 * it leaves out are hidden, unknown ids ignored; without it, the registry's order.
 */
export function orderTabs<T extends { id: string }>(registry: readonly T[], order: readonly string[] | undefined): T[] {
  if (!order) return [...registry];
  const byId = new Map(registry.map((tab) => [tab.id, tab]));
  const seen = new Set<string>();
  const ordered: T[] = [];
  for (const id of order) {
    const tab = byId.get(id);
    if (tab && !seen.has(id)) {
      seen.add(id);
      ordered.push(tab);
    }
  }
  return ordered;
}

/* Tab code loaded so far (tags), and loads in progress: shared by every <client-file> of the page. */
const loads = new Map<string, Promise<void>>();
const loaded = new Set<string>();

/**
 * Loads a tab's code once (later calls share the first load); resolves when its tag is defined.
 * A failed load is forgotten, so opening the tab again retries it.
 */
export function loadTab(tab: TabDefinition): Promise<void> {
  let load = loads.get(tab.tag);
  if (!load) {
    load = tab
      .load()
      .then(() => customElements.whenDefined(tab.tag))
      .then(() => {
        loaded.add(tab.tag);
      });
    load.catch(() => loads.delete(tab.tag));
    loads.set(tab.tag, load);
  }
  return load;
}

/** Tags whose code the lazy loader has loaded (for tests and diagnostics). */
export function loadedTabTags(): ReadonlySet<string> {
  return loaded;
}
