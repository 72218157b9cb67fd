/* The states the commercial tabs share: what stops them from loading, and a failed load. */
import type { TemplateResult } from 'lit';
import type { ClientDataAdapter } from '../../adapter/contract.js';
import type { Translation } from '../../i18n/translation.js';
import { isForbidden, isNotFound, renderState } from '../shared/state-view.js';

export interface TabPreconditions {
  adapter: ClientDataAdapter | undefined;
  /** The adapter has the tab's namespace. */
  available: boolean;
  /** The empty state's title when it has not. */
  unavailableTitle: string;
  clientId: string;
  /** The user has the tab's permission (true when it needs none). */
  allowed: boolean;
  /** The provider is still loading the session. */
  permissionsPending: boolean;
}

/** The state to show instead of the tab's data, or undefined when it can load. */
export function blockedState(tab: TabPreconditions, t: Translation): TemplateResult | undefined {
  if (!tab.adapter) return renderState({ kind: 'error', error: new Error(t.provider.noAdapter), title: t.provider.noAdapter }, t);
  if (!tab.available) return renderState({ kind: 'empty', title: tab.unavailableTitle }, t);
  if (!tab.clientId) return renderState({ kind: 'empty', title: t.file.noClientTitle, message: t.file.noClientMessage }, t);
  if (!tab.allowed) return renderState(tab.permissionsPending ? { kind: 'loading', label: t.provider.loadingSession } : { kind: 'forbidden' }, t);
  return undefined;
}

export function renderLoadError(error: unknown, retry: () => void, t: Translation): TemplateResult {
  if (isNotFound(error)) return renderState({ kind: 'not-found' }, t);
  if (isForbidden(error)) return renderState({ kind: 'forbidden' }, t);
  return renderState({ kind: 'error', error, retry }, t);
}
