import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { isAdapterError } from '../../adapter/adapter-error.js';
import type * as z from 'zod/mini';
import type { ClientDataAdapter, ReadCollection } from '../../adapter/contract.js';
import { OptimisticMutation } from '../../controllers/optimistic-mutation.js';
import { ResourceController } from '../../controllers/resource-controller.js';
import type { Catalog } from '../../model/catalog.js';
import type { Permission } from '../../model/session.js';
import { ConfirmDialogController } from '../shared/confirm-dialog.js';
import { isNotFound, renderState, rollbackMessage } from '../shared/state-view.js';
import { ClientTabElement } from './client-tab.js';
import { abortable, catalogOf } from './lookups.js';
import type { ClientRecordChangeDetail } from './record-events.js';

export interface RecordBase {
  id: string;
  version: number;
}

export interface RecordData<T> {
  items: T[];
  catalog: Catalog | undefined;
}

/** The namespaces of the record tabs built on this class. */
export type RecordNamespace = 'allergies' | 'skinTests' | 'alerts' | 'forms' | 'quotes' | 'memberships';

/** What the base class calls on the tab's namespace. */
export interface RecordApi<T> extends ReadCollection<T, never> {
  remove(clientId: string, id: string): Promise<void>;
}

/**
 * Base of the tabs that list one collection of the client's records (allergies, skin tests, alerts,
 * forms): loading the records with the catalog, the states (no adapter, capability missing, not
 * allowed, loading, error with retry), removal after a confirmation and optimistic changes, both
 * rolled back with a message when the adapter refuses, and `client-record-change` after every
 * change. Without `viewPermission` the tab shows the forbidden state and never requests its data.
 */
export abstract class RecordTabElement<T extends RecordBase> extends ClientTabElement {
  protected abstract readonly namespace: RecordNamespace;
  protected abstract readonly viewPermission: Permission;
  protected abstract readonly managePermission: Permission;
  /** The record's schema (reads the record a conflict error carries). */
  protected abstract readonly schema: z.ZodMiniType<T>;

  /** The adapter namespace of the tab, as the operations the base uses. */
  protected api(adapter: ClientDataAdapter): RecordApi<T> {
    return adapter[this.namespace] as unknown as RecordApi<T>;
  }

  /** The tab once its data is loaded. */
  protected abstract renderReady(data: RecordData<T>): TemplateResult;
  /** The texts of the loading and capability-missing states. */
  protected abstract stateTexts(): { loading: string; unavailable: string };
  /** After a conflict, the record as it is now (undefined when the error carries none). */
  protected latestFrom(error: unknown): T | undefined {
    const parsed = isAdapterError(error) && error.kind === 'conflict' ? this.schema.safeParse(error.current) : undefined;
    return parsed?.success ? parsed.data : undefined;
  }

  /** Message after a failed change that is not a rolled-back optimistic one. @internal */
  @state() protected message = '';

  protected readonly confirm = new ConfirmDialogController(this);

  protected readonly mutation = new OptimisticMutation(this, {
    describeFailure: (error) => rollbackMessage(error, this.localize.t),
  });

  protected readonly data = new ResourceController(this, {
    args: () => {
      const adapter = this.adapter;
      return adapter?.[this.namespace] && this.clientId && this.can(this.viewPermission) ? ([adapter, this.clientId] as const) : undefined;
    },
    load: async ([adapter, clientId], { signal }): Promise<RecordData<T>> => {
      const [page, catalog] = await Promise.all([this.api(adapter).list(clientId, { limit: 200 }, { signal }), abortable(catalogOf(adapter), signal)]);
      return { items: page.items, catalog };
    },
  });

  /** The records, once loaded. */
  get items(): readonly T[] {
    return this.data.value?.items ?? [];
  }

  /** Whether the user may change the records (else the tab is read-only). */
  protected get canManage(): boolean {
    return this.can(this.managePermission);
  }

  protected setItems(items: T[]): void {
    const data = this.data.value;
    if (data) this.data.set({ ...data, items });
  }

  protected replaceItem(record: T): void {
    this.setItems(this.items.map((item) => (item.id === record.id ? record : item)));
  }

  protected emitChange(action: ClientRecordChangeDetail['action'], id: string): void {
    this.emit('client-record-change', { clientId: this.clientId, namespace: this.namespace, action, id });
  }

  /** Asks to confirm, then removes the record at once; puts it back with a message if removing fails. */
  protected async confirmRemove(item: T, question: { title: string; message: string; confirmLabel?: string }): Promise<void> {
    const { t } = this.localize;
    const confirmed = await this.confirm.ask({ confirmLabel: t.common.delete, ...question, cancelLabel: t.common.cancel, danger: true });
    const adapter = this.adapter;
    if (!confirmed || !adapter) return;
    this.message = '';
    const clientId = this.clientId;
    const outcome = await this.mutation.run({
      key: item.id,
      apply: () => {
        const before = [...this.items];
        this.setItems(before.filter((entry) => entry.id !== item.id));
        return () => this.setItems(this.mergeBack(before, item));
      },
      commit: () => this.api(adapter).remove(clientId, item.id).catch((error: unknown) => {
        if (!isNotFound(error)) throw error; // already gone: what the user wanted
      }),
    });
    if (outcome.ok) this.emitChange('remove', item.id);
    else this.onRemoveRefused(item, outcome.error);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('h3')?.focus();
  }

  /** Hook: a removal the adapter refused (after the rollback). */
  protected onRemoveRefused(_item: T, _error: unknown): void {}

  /** The list before a removal, with the item put back where it was (other changes kept). */
  private mergeBack(before: readonly T[], item: T): T[] {
    const current = new Map(this.items.map((entry) => [entry.id, entry]));
    return before.filter((entry) => entry.id === item.id || current.has(entry.id)).map((entry) => current.get(entry.id) ?? entry);
  }

  /**
   * Applies a change to a record at once and saves it; rolls back with a message if saving fails.
   * `save` gets the record's latest version (an earlier change may have produced it).
   */
  protected changeNow(item: T, change: Partial<T>, save: (adapter: ClientDataAdapter, version: number) => Promise<T>): void {
    const adapter = this.adapter;
    if (!adapter) return;
    this.message = '';
    void this.mutation
      .run({
        key: item.id,
        apply: () => {
          const before = this.items.find((entry) => entry.id === item.id) ?? item;
          this.replaceItem({ ...before, ...change });
          return () => this.replaceItem(before);
        },
        commit: () => save(adapter, this.items.find((entry) => entry.id === item.id)?.version ?? item.version),
        onCommitted: (saved) => this.replaceItem(saved),
      })
      .then((outcome) => {
        if (outcome.ok) this.emitChange('update', item.id);
        else {
          // Changed elsewhere: show it as it is now (the message says the change was undone).
          const latest = this.latestFrom(outcome.error);
          if (latest) this.replaceItem(latest);
        }
      });
  }

  /** The live region for messages after failed changes. */
  protected renderMessage(): TemplateResult {
    return html`<p class="message" part="message" role="status">${this.mutation.message ?? this.message}</p>`;
  }

  override render() {
    const { t } = this.localize;
    const texts = this.stateTexts();
    const adapter = this.adapter;
    if (!adapter) return renderState({ kind: 'error', error: new Error(t.provider.noAdapter), title: t.provider.noAdapter }, t);
    if (!adapter[this.namespace]) return renderState({ kind: 'empty', title: texts.unavailable }, t);
    if (!this.clientId) return renderState({ kind: 'empty', title: t.file.noClientTitle, message: t.file.noClientMessage }, t);
    const loading = () => renderState({ kind: 'loading', shape: 'rows', lines: 3, label: texts.loading }, t);
    if (this.permissionsPending) return loading();
    if (!this.can(this.viewPermission)) return renderState({ kind: 'forbidden' }, t);
    return html`${this.data.render({
      loading,
      error: (error) =>
        isNotFound(error) ? renderState({ kind: 'not-found' }, t) : renderState({ kind: 'error', error, retry: () => void this.data.reload() }, t),
      ready: (data) => this.renderReady(data),
    })}${this.confirm.render()}`;
  }
}
