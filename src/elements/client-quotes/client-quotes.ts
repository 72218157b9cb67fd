import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { clinicalStrings } from '../../i18n/groups/clinical.js';
import { fileStrings } from '../../i18n/groups/file.js';
import { salesStrings, type QuoteMove } from '../../i18n/groups/sales.js';
import type { StringsSource } from '../../i18n/strings.js';
import type { Money } from '../../model/primitives.js';
import { QUOTE_STATUSES, QUOTE_TRANSITIONS, Quote, QuoteInput, quoteLineTotalMinor, quoteTotals, type QuoteStatus } from '../../model/sales.js';
import { DatedRecordEditorTab } from '../client-file/record-date-tab.js';
import type { Problems, Validation } from '../client-file/record-editor-tab.js';
import type { RecordData } from '../client-file/record-tab.js';
import { recordTabSheets } from '../client-file/record-tab.styles.js';
import { errorMessage } from '../shared/state-view.js';
import { quotesStyles } from './client-quotes.styles.js';
import { linesOf, newLine, parseLine, readLines, validLines, withService, writeLines, type LineDraft, type QuoteLine } from './quote-lines.js';

interface QuoteDraft extends Record<string, string | boolean> {
  /** The quote's title (not `title`: the form's heading has the id quote-title). */
  name: string;
  validUntil: string;
  notes: string;
  /** The lines as JSON (see quote-lines.ts). */
  lines: string;
}

/**
 * The client's quotes (proposals): create one with lines from the service catalog, each with its
 * quantity, discount and tax (prices include tax), a validity date and notes, the totals computed as
 * you type; move it draft → sent → accepted / rejected / expired (only the steps the workflow allows;
 * the adapter refuses others); every quote with its lines and status history, filtered by state;
 * duplicate one as a new draft. Only drafts are edited.
 *
 * Needs `clients.view` to show and `quotes.manage` to change.
 *
 * @tagname client-quotes
 * @summary Quotes: create from the catalog with discount, tax and validity, move through the workflow, duplicate.
 *
 * @fires client-record-change - A quote was created, duplicated, changed or removed. `detail: { clientId, namespace: 'quotes', action, id }`.
 * @fires client-dirty-change - The form started or stopped holding unsaved changes. `detail: { dirty }`.
 *
 * @cssprop --client-color-surface - Background of entries.
 * @cssprop --client-color-border - Borders.
 * @cssprop --client-color-accent - Primary buttons, sent quotes.
 * @cssprop --client-color-danger - Rejected and expired quotes, errors.
 * @cssprop --client-color-success - Accepted quotes.
 *
 * @csspart filter - The state filter.
 * @csspart list - The list of quotes.
 * @csspart item - One quote.
 * @csspart status - A quote's state.
 * @csspart total - A quote's total.
 * @csspart details - A quote's lines and history.
 * @csspart totals - The totals (before discount, discount, tax included, total).
 * @csspart form - The add / edit form.
 * @csspart field - A field of the form.
 * @csspart line - A line of the form.
 * @csspart button - A button (also `button-primary`).
 * @csspart message - The message after a failed change.
 * @csspart confirm-dialog - The confirmation before deleting.
 * @csspart state - A loading, empty, error, not-found or forbidden state.
 */
export class ClientQuotes extends DatedRecordEditorTab<Quote, QuoteDraft, QuoteInput> {
  // The record form's shared texts (t.clinical.form) come with the clinical strings.
  static override strings: readonly StringsSource[] = [fileStrings, clinicalStrings, salesStrings];
  static override styles = [...recordTabSheets, quotesStyles];

  /** The state shown ('' for all). @internal */
  @state() private statusFilter: QuoteStatus | '' = '';
  /** Quotes being duplicated. @internal */
  @state() private duplicating = new Set<string>();

  protected readonly namespace = 'quotes' as const;
  protected readonly viewPermission = 'clients.view' as const;
  protected readonly managePermission = 'quotes.manage' as const;
  protected readonly schema = Quote;
  protected readonly idPrefix = 'quote';
  protected readonly firstField = 'name' as const;

  protected stateTexts() {
    const s = this.localize.t.sales.quotes;
    return { loading: s.loading, unavailable: s.unavailable };
  }

  protected emptyDraft(): QuoteDraft {
    return { name: '', validUntil: '', notes: '', lines: writeLines([newLine()]) };
  }

  protected draftOf(item: Quote): QuoteDraft {
    return { name: item.title, validUntil: item.validUntil ?? '', notes: item.notes, lines: writeLines(linesOf(item)) };
  }

  protected validate(draft: QuoteDraft): Validation<QuoteDraft, QuoteInput> {
    const { t } = this.localize;
    const s = t.sales.quotes;
    const problems: Problems<QuoteDraft> = {};
    const lines: QuoteLine[] = [];
    const drafts = readLines(draft.lines);
    if (!drafts.length) problems.lines = s.linesRequired;
    for (const line of drafts) {
      const parsed = parseLine(line);
      if ('line' in parsed) lines.push(parsed.line);
      else problems.lines ??= parsed.problem === 'service' ? s.serviceRequired : parsed.problem === 'quantity' ? s.invalidQuantity : s.invalidPercent;
    }
    const parsed = QuoteInput.safeParse({ title: draft.name, validUntil: draft.validUntil || null, notes: draft.notes, lines });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = (issue.path[0] === 'title' ? 'name' : String(issue.path[0])) as keyof QuoteDraft & string;
        problems[field] ??= field === 'name' ? (draft.name.trim() ? t.clinical.form.tooLong(200) : s.nameRequired) : field === 'validUntil' ? t.clinical.form.invalidDate : t.clinical.form.invalidValue;
      }
    }
    return parsed.success && !Object.keys(problems).length ? { value: parsed.data } : { problems };
  }

  /** Moves a quote to another state at once (the adapter refuses steps the workflow does not allow). */
  moveTo(item: Quote, status: QuoteMove): void {
    this.patchNow(item, { status });
  }

  /** Creates a new draft with the quote's title, lines, validity and notes. */
  async duplicate(item: Quote): Promise<void> {
    const adapter = this.adapter;
    if (!adapter?.quotes || this.duplicating.has(item.id)) return;
    const s = this.localize.t.sales.quotes;
    this.message = '';
    this.duplicating = new Set([...this.duplicating, item.id]);
    const clientId = this.clientId;
    try {
      const lines = item.lines.map(({ id: _id, total: _total, ...line }) => line);
      const copy = await adapter.quotes.create(clientId, { title: s.copyOf(item.title).slice(0, 200), validUntil: item.validUntil, notes: item.notes, lines });
      this.setItems([copy, ...this.items]);
      this.emitChange('create', copy.id);
    } catch (error) {
      this.message = errorMessage(error, this.localize.t);
    } finally {
      const rest = new Set(this.duplicating);
      rest.delete(item.id);
      this.duplicating = rest;
    }
  }

  askRemove(item: Quote): void {
    const s = this.localize.t.sales.quotes;
    void this.confirmRemove(item, { title: s.removeTitle, message: s.removeMessage(item.title) });
  }

  private get currency(): string {
    return this.data.value?.catalog?.services[0]?.price.currency ?? this.items[0]?.total.currency ?? 'EUR';
  }

  protected renderReady(data: RecordData<Quote>): TemplateResult {
    const s = this.localize.t.sales.quotes;
    const shown = this.statusFilter ? data.items.filter((item) => item.status === this.statusFilter) : data.items;
    const filter = data.items.length
      ? html`<label class="toolbar" part="filter"
          >${s.filter}
          <select class="status-filter" @change=${(event: Event) => (this.statusFilter = (event.target as HTMLSelectElement).value as QuoteStatus | '')}>
            <option value="" ?selected=${this.statusFilter === ''}>${s.allStates}</option>
            ${QUOTE_STATUSES.map((status) => html`<option value=${status} ?selected=${this.statusFilter === status}>${s.statuses[status]}</option>`)}
          </select></label
        >`
      : nothing;
    return html`${this.renderHeader(s, data.items.length > 0, filter)}
      ${data.items.length
        ? shown.length
          ? html`<ul class="list" part="list">
              ${shown.map((item) => (this.editor?.item?.id === item.id ? html`<li>${this.renderForm()}</li>` : this.renderItem(item)))}
            </ul>`
          : html`<p class="intro filtered-empty" role="status">${s.filteredEmpty}</p>`
        : this.renderEmpty(s)}
      ${this.renderMessage()}`;
  }

  private renderTotals(lines: readonly Parameters<typeof quoteTotals>[0][number][], currency: string): TemplateResult {
    const s = this.localize.t.sales.quotes;
    const totals = quoteTotals(lines);
    const money = (amountMinor: number) => this.localize.money({ amountMinor, currency });
    return html`<dl class="totals" part="totals">
      <dt>${s.gross}</dt><dd class="gross">${money(totals.gross)}</dd>
      <dt>${s.discountTotal}</dt><dd class="discount">${money(-totals.discount)}</dd>
      <dt>${s.taxIncluded}</dt><dd class="tax">${money(totals.taxIncluded)}</dd>
      <dt class="grand">${s.total}</dt><dd class="grand total">${money(totals.total)}</dd>
    </dl>`;
  }

  private renderItem(item: Quote): TemplateResult {
    const { t } = this.localize;
    const s = t.sales.quotes;
    const name = `${item.number} ${item.title}`;
    const moves = QUOTE_TRANSITIONS[item.status].filter((status): status is QuoteMove => status !== 'converted');
    const pending = this.mutation.isPending(item.id);
    const percent = (value: number) => this.localize.number(value / 100, { style: 'percent', maximumFractionDigits: 2 });
    return html`<li class="item" part="item" data-id=${item.id}>
      <p class="item-title">
        <span class="name">${item.title}</span>
        <span class="status status-${item.status}" part="status">${s.statuses[item.status]}</span>
      </p>
      <p class="meta">
        <span>${item.number}</span>
        <span>${s.created(this.localize.date(item.createdAt), item.createdBy.name)}</span>
        <span>${item.validUntil ? s.validUntilDate(this.localize.date(item.validUntil)) : s.noValidity}</span>
        <strong class="quote-total" part="total">${this.localize.money(item.total)}</strong>
      </p>
      ${item.notes ? html`<p class="text notes">${item.notes}</p>` : nothing}
      <details part="details">
        <summary>${s.details}<span class="visually-hidden"> ${name}</span></summary>
        <table class="quote-lines">
          <caption class="visually-hidden">${s.lines}</caption>
          <thead>
            <tr><th scope="col">${s.service}</th><th scope="col" class="number">${s.quantity}</th><th scope="col" class="number">${s.unitPrice}</th>
              <th scope="col" class="number">${s.discount}</th><th scope="col" class="number">${s.tax}</th><th scope="col" class="number">${s.lineTotal}</th></tr>
          </thead>
          <tbody>
            ${item.lines.map(
              (line) => html`<tr>
                <td>${line.description}</td><td class="number">${this.localize.number(line.quantity)}</td><td class="number">${this.localize.money(line.unitPrice)}</td>
                <td class="number">${percent(line.discountPercent)}</td><td class="number">${percent(line.taxPercent)}</td><td class="number">${this.localize.money(line.total)}</td>
              </tr>`,
            )}
          </tbody>
        </table>
        ${this.renderTotals(item.lines, item.total.currency)}
        <p class="section-title">${s.history}</p>
        <ol class="history">
          ${item.history.map((entry) => html`<li>${s.historyEntry(s.statuses[entry.status], this.localize.date(entry.at), entry.by.name)}</li>`)}
        </ol>
      </details>
      ${this.canManage
        ? html`<div class="item-actions">
            ${moves.map(
              (status) => html`<button type="button" class="button small${status === 'sent' ? ' primary' : ''}" part="button" data-move=${status}
                ?disabled=${pending} @click=${() => this.moveTo(item, status)}>${s.moveTo[status]}<span class="visually-hidden"> ${name}</span></button>`,
            )}
            <button type="button" class="button small" part="button" data-duplicate=${item.id} ?disabled=${this.duplicating.has(item.id)} @click=${() => void this.duplicate(item)}>
              ${s.duplicate}<span class="visually-hidden"> ${name}</span>
            </button>
            ${item.status === 'draft'
              ? this.renderEditButtons(item, name)
              : html`<button type="button" class="button small danger" part="button" data-remove=${item.id} @click=${() => this.askRemove(item)}>
                  ${t.common.delete}<span class="visually-hidden"> ${name}</span>
                </button>`}
          </div>`
        : nothing}
    </li>`;
  }

  private editLines(change: (lines: LineDraft[]) => LineDraft[]): void {
    this.editDraft('lines', writeLines(change(readLines(this.text('lines')))));
  }

  private editLine(index: number, change: Partial<LineDraft>): void {
    this.editLines((lines) => lines.map((line, at) => (at === index ? { ...line, ...change } : line)));
  }

  private pickService(index: number, serviceId: string): void {
    const service = this.data.value?.catalog?.services.find((candidate) => candidate.id === serviceId);
    this.editLines((lines) => lines.map((line, at) => (at === index ? withService(line, service) : line)));
  }

  private addLine(): void {
    const lines = readLines(this.text('lines'));
    this.editLines(() => [...lines, newLine(lines.at(-1)?.taxPercent)]);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#quote-line-${lines.length}-service`)?.focus());
  }

  private removeLine(index: number): void {
    this.editLines((lines) => lines.filter((_, at) => at !== index));
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.add-line')?.focus());
  }

  private renderLine(line: LineDraft, index: number, count: number): TemplateResult {
    const s = this.localize.t.sales.quotes;
    const id = `quote-line-${index}`;
    const services = this.data.value?.catalog?.services ?? [];
    const known = !line.serviceId || services.some((service) => service.id === line.serviceId);
    const parsed = parseLine(line);
    const total = 'line' in parsed ? this.localize.money({ amountMinor: quoteLineTotalMinor(parsed.line), currency: parsed.line.unitPrice.currency }) : '—';
    const numberInput = (name: 'quantity' | 'discountPercent' | 'taxPercent', label: string, min: string, max: string) =>
      html`<label for="${id}-${name}">${label}<input id="${id}-${name}" type="number" inputmode="decimal" min=${min} max=${max} step="any" .value=${line[name]}
        @input=${(event: Event) => this.editLine(index, { [name]: (event.target as HTMLInputElement).value })} /></label>`;
    return html`<fieldset class="line" part="line">
      <legend>${s.lineLabel(index + 1)}</legend>
      <label class="service" for="${id}-service"
        >${s.service}
        <select id="${id}-service" @change=${(event: Event) => this.pickService(index, (event.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${!line.serviceId}>${s.chooseService}</option>
          ${known ? nothing : html`<option value=${line.serviceId} selected>${line.description}</option>`}
          ${services.map((service) => html`<option value=${service.id} ?selected=${service.id === line.serviceId}>${service.name} (${this.localize.money(service.price)})</option>`)}
        </select></label
      >
      ${numberInput('quantity', s.quantity, '0.01', '10000')} ${numberInput('discountPercent', s.discount, '0', '100')} ${numberInput('taxPercent', s.tax, '0', '100')}
      <span>${s.lineTotal}: <output class="line-total" for="${id}-quantity ${id}-discountPercent">${total}</output></span>
      ${count > 1
        ? html`<button type="button" class="button small danger" part="button" data-remove-line=${index} @click=${() => this.removeLine(index)}>${s.removeLine(index + 1)}</button>`
        : nothing}
    </fieldset>`;
  }

  protected renderForm(): TemplateResult {
    const editor = this.editor!;
    const s = this.localize.t.sales.quotes;
    const lines = readLines(editor.draft.lines);
    const problem = editor.problems.lines;
    const linesEditor = html`<div class="lines-editor" role="group" aria-labelledby="quote-lines-title" aria-describedby=${problem ? 'quote-lines-error' : nothing}>
      <p class="section-title" id="quote-lines-title">${s.lines}</p>
      ${lines.map((line, index) => this.renderLine(line, index, lines.length))}
      <div><button type="button" class="button small add-line" part="button" @click=${() => this.addLine()}>${s.addLine}</button></div>
      ${problem ? html`<span class="field-error" id="quote-lines-error">${problem}</span>` : nothing}
      ${this.renderTotals(validLines(lines), this.currencyOf(lines))}
    </div>`;
    const fields = html`${this.textField('name', s.name, { required: true, maxLength: 200, wide: true })} ${this.dateField('validUntil', s.validUntil)}
      ${linesEditor} ${this.textField('notes', s.notes, { maxLength: 4000, multiline: true, wide: true })}`;
    return this.renderEditor(editor.item ? s.editTitle(editor.item.title) : s.addTitle, fields);
  }

  private currencyOf(lines: readonly LineDraft[]): string {
    return lines.find((line): line is LineDraft & { unitPrice: Money } => !!line.unitPrice)?.unitPrice.currency ?? this.currency;
  }
}
