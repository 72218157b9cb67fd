import { css, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { isAdapterError } from '../../adapter/adapter-error.js';
import type { WalletApi } from '../../adapter/contract.js';
import { ResourceController } from '../../controllers/resource-controller.js';
import { commerceStrings } from '../../i18n/groups/commerce.js';
import type { WalletOperation } from '../../i18n/groups/commerce.js';
import { fileStrings } from '../../i18n/groups/file.js';
import { parseAmountInput } from '../../i18n/parse-money.js';
import type { Page } from '../../model/page.js';
import type { WalletMovement, WalletOperationResult, WalletSummary } from '../../model/wallet.js';
import { ClientTabElement } from '../client-file/client-tab.js';
import type {} from '../client-file/record-events.js';
import { commerceTabStyles } from '../commerce/commerce-styles.js';
import { blockedState, renderLoadError } from '../commerce/tab-states.js';
import { renderMoreRow } from '../commerce/more-row.js';
import { deepActiveElement, returnFocus } from '../shared/confirm-dialog.js';
import { collectPages } from '../shared/collect-pages.js';
import { lastMonths, miniChartStyles, monthKey, monthLabel, renderStepChart } from '../shared/mini-chart.js';
import { renderState } from '../shared/state-view.js';
import { submissionKey } from '../shared/submission-key.js';
import { renderWalletDialog } from './wallet-dialog.js';
import type { WalletDraft } from './wallet-dialog.js';
import { renderHistory } from './wallet-history.js';

/** `client-wallet-change`: a wallet operation went through. */
export interface ClientWalletChangeDetail {
  clientId: string;
  operation: WalletOperation;
  /** The wallet after it, and the movement it made. */
  wallet: WalletSummary;
  movement: WalletMovement;
}

declare global {
  interface HTMLElementEventMap {
    'client-wallet-change': CustomEvent<ClientWalletChangeDetail>;
  }
}

/** Movements per page of the history. */
const PAGE_SIZE = 20;

interface Data {
  wallet: WalletSummary;
  movements: WalletMovement[];
  total: number;
  nextCursor: string | null;
}

const OPERATIONS: readonly WalletOperation[] = ['add-funds', 'deduct-funds', 'reward'];

/**
 * The client's wallet: balance, total spent and rewards available; add funds, deduct funds and
 * assign a reward, each in a dialog with a confirmation step; and the full movement history, paged,
 * with the balance after each movement.
 *
 * Money operations are idempotent: the idempotency key is made once per submission, so a double
 * click, or a retry after a response lost on the way back, makes exactly one movement. A deduction
 * never takes the balance below zero, unless the adapter's wallet reports an `overdraftLimit` (the
 * host's backend allows and enforces the overdraft; the element shows it and checks against it).
 * Operating needs the `wallet.edit` permission; without it the wallet is read-only.
 *
 * @tagname client-wallet
 * @summary The wallet: figures, add / deduct funds and rewards (idempotent, confirmed), movement history.
 *
 * @fires client-wallet-change - An operation went through. `detail: { clientId, operation, wallet, movement }`.
 * @fires client-record-change - After an operation, for the file's header: `detail: { clientId, namespace: 'wallet', action: 'create', id }` (the movement's id).
 *
 * @cssprop --client-color-surface - Background of figures and dialogs.
 * @cssprop --client-color-border - Borders.
 * @cssprop --client-color-accent - Primary buttons.
 * @cssprop --client-color-danger - Errors and negative amounts.
 * @cssprop --client-radius - Corner radius.
 * @cssprop --client-spacing - Base spacing unit.
 *
 * @csspart figures - The balance, total spent and rewards.
 * @csspart actions - The operation buttons.
 * @csspart button - A button (also `button-primary`).
 * @csspart dialog - The dialog of an operation.
 * @csspart history - The movements table.
 * @csspart movement - One movement's row.
 * @csspart message - The announcement after an operation.
 * @csspart state - A loading, empty, error or not-found state (also `state-loading`, `state-empty`, `state-error`, `state-not-found`).
 * @csspart state-action - The button of a state.
 * @csspart skeleton - A placeholder bar of the loading state.
 */
export class ClientWallet extends ClientTabElement {
  static override strings = [fileStrings, commerceStrings];

  static override styles = [
    ...commerceTabStyles,
    miniChartStyles,
    css`
      .header {
        align-items: center;
      }
      h3 {
        margin-inline-end: auto;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: var(--_space);
      }
      .intro {
        margin: 0 0 calc(var(--_space) * 1.5);
        color: var(--_fg-muted);
        font-size: var(--_font-size-small);
      }
      h4.history-title {
        margin: calc(var(--_space) * 2) 0 var(--_space);
      }
      .operation-form,
      .operation-confirm {
        display: grid;
        gap: calc(var(--_space) * 1.25);
        min-width: min(22rem, 80vw);
      }
      .operation-confirm p {
        margin: 0;
      }
      .question {
        font-weight: 600;
      }
      .note-preview {
        white-space: pre-wrap;
        overflow-wrap: anywhere;
        color: var(--_fg-muted);
      }
      .button[aria-disabled='true'] {
        opacity: 0.6;
        cursor: progress;
      }
      td.note {
        white-space: pre-wrap;
        overflow-wrap: anywhere;
      }
    `,
  ];

  /** The open operation dialog's draft. @internal */
  @state() private draft: WalletDraft | undefined;
  /** Announcement after an operation. @internal */
  @state() private message = '';
  /** Loading the next page of movements, or why it failed. @internal */
  @state() private more: { loading: boolean; error: unknown } = { loading: false, error: undefined };

  private returnTo: Element | null = null;

  private readonly data = new ResourceController(this, {
    args: () => (this.adapter?.wallet && this.clientId ? ([this.adapter.wallet, this.clientId] as const) : undefined),
    load: async ([wallet, id], { signal }): Promise<Data> => {
      const [summary, page] = await Promise.all([wallet.get(id, { signal }), wallet.movements(id, { limit: PAGE_SIZE }, { signal })]);
      return { wallet: summary, movements: page.items, total: page.total, nextCursor: page.nextCursor };
    },
  });

  /** Balance movements back to the first one before the last 12 months (newest first), for the chart. */
  private readonly balanceMovements = new ResourceController(this, {
    args: () => (this.adapter?.wallet && this.clientId ? ([this.adapter.wallet, this.clientId, this.localize.timeZone] as const) : undefined),
    load: ([wallet, id, timeZone], { signal }) => {
      const start = lastMonths(Date.now(), timeZone)[0]!;
      return collectPages(
        (range) => wallet.movements(id, { ...range, filter: { pocket: 'balance' } }, { signal }),
        (last) => monthKey(last.occurredAt, timeZone) < start,
      );
    },
  });

  /** The wallet, once loaded. */
  get wallet(): WalletSummary | undefined {
    return this.data.value?.wallet;
  }

  /** The movements loaded so far (newest first). */
  get movements(): readonly WalletMovement[] {
    return this.data.value?.movements ?? [];
  }

  private get canEdit(): boolean {
    return this.can('wallet.edit');
  }

  /** The most a deduction may take now: the balance plus the overdraft the backend allows. */
  private deductible(wallet: WalletSummary): number {
    return Math.max(0, wallet.balance.amountMinor + (wallet.overdraftLimit?.amountMinor ?? 0));
  }

  /** Opens the dialog of an operation. */
  open(kind: WalletOperation): void {
    if (!this.canEdit || !this.wallet) return;
    this.returnTo = deepActiveElement();
    this.message = '';
    this.draft = { kind, amountText: '', note: '', step: 'edit', amountMinor: undefined, amountProblem: undefined, error: undefined, busy: false, key: undefined, keyFor: undefined };
    void this.updateComplete.then(() => {
      const dialog = this.renderRoot.querySelector<HTMLDialogElement>('dialog.operation');
      if (dialog && !dialog.open) dialog.showModal();
      this.renderRoot.querySelector<HTMLElement>('#wallet-amount')?.focus();
    });
  }

  private close(): void {
    const kind = this.draft?.kind;
    this.renderRoot.querySelector<HTMLDialogElement>('dialog.operation')?.close();
    this.draft = undefined;
    // Back to where the user was; opened by a script (no focus in the element): the operation's button.
    const back = this.returnTo && this.returnTo !== document.body ? this.returnTo : this.renderRoot.querySelector(`[data-operation="${kind}"]`);
    this.returnTo = null;
    void this.updateComplete.then(() => returnFocus(back));
  }

  private focusIn(selector: string): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(selector)?.focus());
  }

  /** Checks the amount; on success moves to the confirmation step. */
  private review(): void {
    const draft = this.draft;
    const wallet = this.wallet;
    if (!draft || !wallet) return;
    const a = this.localize.t.commerce.amount;
    const parsed = parseAmountInput(draft.amountText, this.localize.tag, wallet.balance.currency);
    let problem: string | undefined;
    if (!parsed.ok) {
      problem = { required: a.required, invalid: a.invalid, 'too-precise': a.tooPrecise(parsed.fractionDigits), 'not-positive': a.positive }[parsed.reason];
    } else if (draft.kind === 'deduct-funds' && parsed.amountMinor > this.deductible(wallet)) {
      problem = this.localize.t.commerce.wallet.insufficient(this.localize.money({ ...wallet.balance, amountMinor: this.deductible(wallet) }));
    }
    if (problem || !parsed.ok) {
      this.draft = { ...draft, amountProblem: problem, amountMinor: undefined };
      this.focusIn('#wallet-amount');
      return;
    }
    this.draft = { ...draft, amountProblem: undefined, amountMinor: parsed.amountMinor, step: 'confirm' };
    this.focusIn('dialog.operation .confirm');
  }

  private operation(wallet: WalletApi, kind: WalletOperation) {
    if (kind === 'add-funds') return wallet.addFunds.bind(wallet);
    if (kind === 'deduct-funds') return wallet.deductFunds.bind(wallet);
    return wallet.assignReward.bind(wallet);
  }

  /** Runs the confirmed operation once; a retry of the same submission reuses its key. */
  async confirm(): Promise<void> {
    const draft = this.draft;
    const data = this.data.value;
    const wallet = this.adapter?.wallet;
    if (!draft || draft.busy || draft.amountMinor === undefined || !data || !wallet) return;
    const note = draft.note.trim();
    const submission = JSON.stringify([draft.kind, draft.amountMinor, note]);
    const key = draft.keyFor === submission && draft.key ? draft.key : submissionKey('wal');
    this.draft = { ...draft, busy: true, error: undefined, key, keyFor: submission };
    const clientId = this.clientId;
    let result: WalletOperationResult;
    try {
      result = await this.operation(wallet, draft.kind)(clientId, {
        amount: { amountMinor: draft.amountMinor, currency: data.wallet.balance.currency },
        ...(note ? { note } : {}),
        idempotencyKey: key,
      });
    } catch (error) {
      await this.failed(error);
      return;
    }
    this.applied(draft.kind, result);
  }

  private async failed(error: unknown): Promise<void> {
    const current = this.draft;
    if (!current) return;
    const insufficient = isAdapterError(error) && error.kind === 'validation' && error.issues.some((issue) => issue.path[0] === 'amount');
    if (insufficient) {
      // The balance changed elsewhere: show the latest figures and say how much can be taken.
      await this.refreshSummary();
      if (this.draft !== current) return;
      const wallet = this.wallet!;
      const cap = this.localize.money({ ...wallet.balance, amountMinor: this.deductible(wallet) });
      this.draft = { ...current, busy: false, step: 'edit', error: undefined, amountProblem: this.localize.t.commerce.wallet.insufficient(cap) };
      this.focusIn('#wallet-amount');
      return;
    }
    this.draft = { ...current, busy: false, step: 'edit', error };
    this.focusIn('dialog.operation .review');
  }

  private async refreshSummary(): Promise<void> {
    const wallet = this.adapter?.wallet;
    if (!wallet) return;
    try {
      const summary = await wallet.get(this.clientId);
      const data = this.data.value;
      if (data) this.data.set({ ...data, wallet: summary });
    } catch {
      // the figures shown stay; the next operation reports its own failure
    }
  }

  private applied(kind: WalletOperation, result: WalletOperationResult): void {
    const data = this.data.value;
    if (data) {
      const known = data.movements.some((movement) => movement.id === result.movement.id);
      this.data.set({
        ...data,
        wallet: result.wallet,
        movements: known ? data.movements : [result.movement, ...data.movements],
        total: known ? data.total : data.total + 1,
      });
    }
    const chart = this.balanceMovements.value;
    if (chart && result.movement.pocket === 'balance' && !chart.some((movement) => movement.id === result.movement.id)) this.balanceMovements.set([result.movement, ...chart]);
    const w = this.localize.t.commerce.wallet;
    const amount = this.localize.money({ ...result.movement.amount, amountMinor: Math.abs(result.movement.amount.amountMinor) });
    this.message = w.done[kind](amount, this.localize.money(kind === 'reward' ? result.wallet.rewards : result.wallet.balance));
    this.close();
    const clientId = this.clientId;
    this.emit('client-wallet-change', { clientId, operation: kind, wallet: result.wallet, movement: result.movement });
    this.emit('client-record-change', { clientId, namespace: 'wallet', action: 'create', id: result.movement.id });
  }

  /** Loads the next page of movements. */
  async loadMore(): Promise<void> {
    const data = this.data.value;
    const wallet = this.adapter?.wallet;
    if (!data || !wallet || this.more.loading || data.movements.length >= data.total) return;
    this.more = { loading: true, error: undefined };
    try {
      const query = data.nextCursor ? { cursor: data.nextCursor, limit: PAGE_SIZE } : { offset: data.movements.length, limit: PAGE_SIZE };
      const page: Page<WalletMovement> = await wallet.movements(this.clientId, query);
      const current = this.data.value ?? data;
      const seen = new Set(current.movements.map((movement) => movement.id));
      this.data.set({ ...current, movements: [...current.movements, ...page.items.filter((movement) => !seen.has(movement.id))], total: page.total, nextCursor: page.nextCursor });
      this.more = { loading: false, error: undefined };
    } catch (error) {
      this.more = { loading: false, error };
    }
  }

  override render() {
    const { t } = this.localize;
    const w = t.commerce.wallet;
    const blocked = blockedState(
      { adapter: this.adapter, available: !!this.adapter?.wallet, unavailableTitle: w.unavailable, clientId: this.clientId, allowed: this.can('wallet.view'), permissionsPending: this.permissionsPending },
      t,
    );
    if (blocked) return blocked;
    return html`${this.data.render({
      loading: () => renderState({ kind: 'loading', shape: 'rows', lines: 4, label: w.loading }, t),
      error: (error) => renderLoadError(error, () => void this.data.reload(), t),
      ready: (data) => this.renderWallet(data),
    })}`;
  }

  private renderWallet(data: Data): TemplateResult {
    const { t } = this.localize;
    const localize = this.localize;
    const w = t.commerce.wallet;
    const { wallet } = data;
    const overdraft = wallet.overdraftLimit && wallet.overdraftLimit.amountMinor > 0 ? wallet.overdraftLimit : undefined;
    return html`<div class="header">
        <h3 tabindex="-1">${w.title}</h3>
        ${this.canEdit
          ? html`<div class="actions" part="actions">
              ${OPERATIONS.map(
                (kind) => html`<button type="button" class="button ${kind === 'add-funds' ? 'primary' : ''}" part=${kind === 'add-funds' ? 'button button-primary' : 'button'} data-operation=${kind} @click=${() => this.open(kind)}>
                  ${w.operations[kind]}
                </button>`,
              )}
            </div>`
          : nothing}
      </div>
      ${this.canEdit ? nothing : html`<p class="intro">${w.readOnly}</p>`}
      <dl class="figures" part="figures">
        <div class="figure balance">
          <dt>${w.balance}</dt>
          <dd class=${wallet.balance.amountMinor < 0 ? 'negative' : ''}>${localize.money(wallet.balance)}</dd>
        </div>
        <div class="figure spent">
          <dt>${w.totalSpent}</dt>
          <dd>${localize.money(wallet.totalSpent)}</dd>
        </div>
        <div class="figure rewards">
          <dt>${w.rewards}</dt>
          <dd>${localize.money(wallet.rewards)}</dd>
        </div>
      </dl>
      ${overdraft ? html`<p class="intro overdraft">${w.overdraft(localize.money(overdraft))}</p>` : nothing}
      <p class="message" part="message" role="status">${this.message}</p>
      ${this.renderBalanceChart()}
      <h4 class="history-title">${w.history}</h4>
      ${data.movements.length
        ? html`${renderHistory(data.movements, localize)} ${this.renderMore(data)}`
        : renderState({ kind: 'empty', title: w.historyEmptyTitle, message: w.historyEmptyMessage }, t)}
      ${this.draft ? renderWalletDialog(this.draft, wallet, localize, this.dialogHandlers) : nothing}`;
  }

  /** The balance at the end of each of the last 12 months, from the first month with a movement; nothing until loaded. */
  private renderBalanceChart(): TemplateResult | typeof nothing {
    const movements = this.balanceMovements.value;
    if (!movements?.length) return nothing;
    const localize = this.localize;
    const points = [];
    let next = movements.length - 1; // oldest first
    let balance: WalletMovement['balanceAfter'] | undefined;
    for (const key of lastMonths(Date.now(), localize.timeZone)) {
      while (next >= 0 && monthKey(movements[next]!.occurredAt, localize.timeZone) <= key) balance = movements[next--]!.balanceAfter;
      if (balance) points.push({ label: monthLabel(key, localize.tag), value: balance.amountMinor, text: localize.money(balance) });
    }
    return points.length ? renderStepChart(localize.t.commerce.wallet.balanceChart, points) : nothing;
  }

  private renderMore(data: Data): TemplateResult {
    return renderMoreRow(data.movements.length, data.total, this.more, this.localize, () => void this.loadMore());
  }

  private readonly dialogHandlers = {
    input: (patch: Partial<Pick<WalletDraft, 'amountText' | 'note'>>) => {
      if (this.draft) this.draft = { ...this.draft, ...patch, ...('amountText' in patch ? { amountProblem: undefined } : {}) };
    },
    review: () => this.review(),
    back: () => {
      if (this.draft && !this.draft.busy) this.draft = { ...this.draft, step: 'edit' };
      this.focusIn('#wallet-amount');
    },
    confirm: () => void this.confirm(),
    cancel: () => {
      if (!this.draft?.busy) this.close();
    },
  };
}
