import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { createRef, ref } from 'lit/directives/ref.js';
import { clientDisplayName } from '../../model/client.js';
import { analyzeFieldLabel, fieldOptionGroups, formatBytes, formatDuration, columnLetter, defaultCountryOf } from './format.js';
import { ClientelaElement } from '../clientela-element.js';
import { ConfirmDialogController, deepActiveElement, returnFocus } from '../shared/confirm-dialog.js';
import { errorMessage } from '../shared/state-view.js';
import { tokens } from '../shared/tokens.js';
import { importStyles } from './client-import.styles.js';
import type { ClientImportCompleteDetail } from './events.js';
import type { ImportStep } from '../../i18n/groups/import.js';
import type { Analysis, DedupeField, DuplicateInfo, ExistingClientKey, RowReport } from '../../import-export/analyze.js';
import type { DuplicatePolicy } from '../../import-export/batches.js';
import { dateOrderOf, type DateOrder } from '../../import-export/dates.js';
import { downloadBlob } from '../../import-export/export.js';
import { isImportFileError, type ImportFileErrorCode, type ImportFileErrorDetail } from '../../import-export/errors.js';
import { mappingProblems } from '../../import-export/headers.js';
import { customFieldKey, type ColumnMapping, type ImportTarget } from '../../import-export/fields.js';
import { ImportRunner, type ImportOutcome, type ImportProgress } from '../../import-export/importer.js';
import { DEFAULT_CHUNK_SIZE, DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_ROWS } from '../../import-export/limits.js';
import { nameStyleOf } from '../../import-export/names.js';
import { ParseClient } from '../../import-export/parse-client.js';
import { PHONE_COUNTRIES } from '../../import-export/phones.js';
import type { FailedFileLabels, LoadedFile } from '../../import-export/protocol.js';
import { workerBatchSource } from '../../import-export/sources.js';
import './events.js';
import { importStrings } from '../../i18n/groups/import.js';

const STEPS: readonly ImportStep[] = ['file', 'mapping', 'preview', 'import', 'summary'];
/** Rows with errors and duplicates listed one by one in the review (the rest are counted). */
const LISTED_ERRORS = 50;
const LISTED_DUPLICATES = 100;
/** Existing clients read for the duplicate check: pages of 500, at most 400 pages (200,000 clients). */
const EXISTING_PAGE = 500;
const EXISTING_MAX_PAGES = 400;
/** Retries of a batch after a network failure before the import is interrupted. */
const RETRIES = 3;
const ACCEPT = '.csv,.tsv,.txt,.xlsx,text/csv,text/tab-separated-values,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

let instances = 0;

/**
 * The import wizard: a salon's client list from another system — a CSV or Excel file — into the
 * adapter, in five steps inside a native modal `<dialog>`:
 *
 * 1. **File**: drag and drop or browse. CSV with `,` `;` tab or `|`, UTF-8 (with or without BOM),
 *    UTF-16 or Windows-1252 / Latin-1; XLSX with the sheet chosen. Read and parsed in a Web Worker.
 * 2. **Columns**: each column mapped to a client field, guessed from its header in en, es or pt and
 *    editable; date order, default phone country and duplicate keys.
 * 3. **Review**: the first rows as they will be stored, every row validated with the model's
 *    ClientInput schema (errors per row and field), duplicates inside the file and against existing
 *    clients (by email / phone) with a choice per row: skip, update the existing client, or create.
 * 4. **Import**: in chunks through `clients.importBatch`, with a progress bar, counts, time left and
 *    stop; a network failure is retried, then the import can be resumed without storing a row twice.
 * 5. **Summary**: created, updated, skipped and failed, and a CSV of the failed rows with the reason;
 *    after a stop, the rows not imported yet and a way to continue from there.
 *
 * Nothing is written until the user confirms in step 3. Open it with `show()` or the `open`
 * attribute; it closes with `close()`, its close button or Escape (not while importing).
 *
 * @tagname client-import
 * @summary The import wizard: a CSV or Excel file of clients into the adapter, in a modal dialog.
 *
 * @fires client-import-complete - An import ended (done, or stopped by the user; a stopped import the
 *   user continues fires it again when it ends). Detail: ClientImportCompleteDetail.
 * @fires client-import-close - The dialog closed. Detail: `{ imported }`.
 *
 * @csspart dialog - The wizard's `<dialog>`.
 * @csspart header - Title, step indicator and close button.
 * @csspart title - The wizard's title.
 * @csspart steps - The step indicator (an ordered list).
 * @csspart step - One step of the indicator (plus `step-current`, `step-done`).
 * @csspart close-button - The close button.
 * @csspart body - The scrolling content of a step.
 * @csspart footer - The buttons of a step.
 * @csspart button - Every button.
 * @csspart primary-button - The main action of a step.
 * @csspart dropzone - The drop area of the file step.
 * @csspart file-error - A file's error message.
 * @csspart mapping - The column mapping table.
 * @csspart preview - The preview table.
 * @csspart issues - The list of rows with errors.
 * @csspart duplicates - The list of duplicates.
 * @csspart progress - The progress area; `progress-bar` is the `<progress>` element.
 * @csspart progress-bar - The progress bar.
 * @csspart summary - The summary's counts.
 * @csspart confirm-dialog - The "stop the import?" confirmation.
 *
 * @cssprop --client-import-width - Width of the dialog (default min(60rem, 100vw - 2rem)).
 * @cssprop --client-import-max-height - Maximum height of the dialog (default 90vh).
 * @cssprop --client-color-surface - Dialog background.
 * @cssprop --client-color-accent - Primary buttons, progress bar, current step.
 * @cssprop --client-color-danger - Errors.
 * @cssprop --client-color-warning - Duplicates.
 */
export class ClientImport extends ClientelaElement {
  static override strings = [importStrings];

  static override styles = [tokens, importStyles];

  /** Whether the wizard's dialog is open (reflects; set it, or call `show()` / `close()`). */
  @property({ type: Boolean, reflect: true }) open = false;

  /** Largest file accepted, in bytes (default 20 MB). */
  @property({ type: Number, attribute: 'max-file-size' }) maxFileSize = DEFAULT_MAX_FILE_BYTES;

  /** Most data rows accepted in one file (default 200,000). */
  @property({ type: Number, attribute: 'max-rows' }) maxRows = DEFAULT_MAX_ROWS;

  /** Rows per `importBatch` call (default 500). */
  @property({ type: Number, attribute: 'chunk-size' }) chunkSize = DEFAULT_CHUNK_SIZE;

  /** First wait (ms) before retrying a batch after a network failure; it doubles on each retry. */
  @property({ type: Number, attribute: 'retry-delay' }) retryDelay = 500;

  /**
   * ISO 3166 country of phone numbers written without a country code (ES, PT, BR, MX…). Default: the
   * country the file's headers suggest (DNI → ES, CPF → BR…), else the locale's (es → ES, pt-BR → BR,
   * en → US); the user can change it in the columns step.
   */
  @property({ attribute: 'default-country' }) defaultCountry: string | undefined;

  /**
   * Starts the parse worker. Default: the library's worker module. A host whose bundler does not emit
   * `new URL('./parse.worker…', import.meta.url)` workers passes a factory for a copy it serves;
   * `null` parses on the main thread.
   */
  @property({ attribute: false }) parserWorker: (() => Worker) | null | undefined;

  /** @internal */ @state() private step: ImportStep = 'file';
  /** @internal */ @state() private busy: 'reading' | 'analyzing' | null = null;
  /** @internal */ @state() private fileName = '';
  /** @internal */ @state() private fileError: { code: ImportFileErrorCode; detail: ImportFileErrorDetail } | null = null;
  /** @internal */ @state() private loaded: LoadedFile | null = null;
  /** @internal */ @state() private mapping: ColumnMapping = [];
  /** @internal */ @state() private dateOrder: DateOrder | undefined;
  /** @internal */ @state() private country: string | undefined;
  /** @internal */ @state() private dedupe: Record<DedupeField, boolean> = { email: true, phone: true };
  /** @internal */ @state() private analysis: Analysis | null = null;
  /** @internal */ @state() private existing: 'idle' | 'loading' | 'ready' | 'failed' = 'idle';
  /** @internal */ @state() private policy: DuplicatePolicy = 'skip';
  /** @internal */ @state() private overrides: Record<number, DuplicatePolicy> = {};
  /** @internal */ @state() private progress: ImportProgress | null = null;
  /** @internal */ @state() private outcome: ImportOutcome | null = null;
  /** @internal */ @state() private failure: unknown;
  /** @internal */ @state() private dragging = false;

  private parser: ParseClient | undefined;
  private runner: ImportRunner | undefined;
  private existingLoad: Promise<void> | undefined;
  private existingAbort: AbortController | undefined;
  private importedSinceOpen = false;
  private returnTo: Element | null = null;
  private focusStep = false;
  private readonly dialog = createRef<HTMLDialogElement>();
  private readonly confirm = new ConfirmDialogController(this);
  private readonly uid = `client-import-${++instances}`;

  /** The current step (for hosts and tests). */
  get currentStep(): ImportStep {
    return this.step;
  }

  /** Where files are parsed: 'worker', 'main-thread' (fallback), or null before the first file. */
  get parserMode(): 'worker' | 'main-thread' | null {
    return this.parser?.mode ?? null;
  }

  /** Opens the wizard; resolves once the dialog shows. */
  async show(): Promise<void> {
    this.open = true;
    await this.updateComplete;
  }

  /** Closes the wizard, unless an import is running (then it returns false and stays open). */
  close(): boolean {
    if (this.importRunning) return false;
    this.open = false;
    return true;
  }

  /** Back to the first step, forgetting the file. */
  reset(): void {
    this.runner?.cancel();
    this.runner = undefined;
    this.step = 'file';
    this.busy = null;
    this.fileName = '';
    this.fileError = null;
    this.loaded = null;
    this.mapping = [];
    this.analysis = null;
    this.overrides = {};
    this.policy = 'skip';
    this.progress = null;
    this.outcome = null;
    this.failure = undefined;
    void this.parser?.call('reset', {}).catch(() => undefined);
  }

  /** Reads a file as if the user had chosen it (hosts: a file from elsewhere; tests). */
  async importFile(file: File): Promise<void> {
    this.reset();
    this.fileName = file.name;
    this.busy = 'reading';
    const parser = this.ensureParser();
    this.loadExisting();
    try {
      const loaded = await parser.call('load', {
        file,
        fileName: file.name,
        limits: { maxBytes: this.maxFileSize, maxRows: this.maxRows, locale: this.localize.locale },
      });
      this.useLoaded(loaded);
      if (loaded.recognised) this.goTo('mapping');
      else this.fileError = { code: 'no-columns', detail: {} };
    } catch (error) {
      this.fileError = isImportFileError(error) ? { code: error.code, detail: error.detail } : { code: 'unreadable', detail: {} };
    } finally {
      this.busy = null;
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.runner?.cancel();
    this.existingAbort?.abort();
    this.parser?.dispose();
    this.parser = undefined;
    this.existingLoad = undefined;
    this.existing = 'idle';
  }

  protected override updated(changed: PropertyValues<this>): void {
    const dialog = this.dialog.value;
    if (changed.has('open') && dialog) {
      if (this.open && !dialog.open) {
        this.returnTo = deepActiveElement();
        this.importedSinceOpen = false;
        dialog.showModal();
      } else if (!this.open && dialog.open) {
        dialog.close();
      }
    }
    if (this.focusStep) {
      this.focusStep = false;
      this.renderRoot.querySelector<HTMLElement>('.step-heading')?.focus({ preventScroll: true });
    }
  }

  private get importRunning(): boolean {
    const status = this.progress?.status;
    return this.step === 'import' && (status === 'running' || status === 'retrying');
  }

  private ensureParser(): ParseClient {
    this.parser ??= new ParseClient(this.parserWorker === undefined ? {} : { createWorker: this.parserWorker });
    return this.parser;
  }

  private goTo(step: ImportStep): void {
    this.step = step;
    this.focusStep = true;
  }

  private useLoaded(loaded: LoadedFile): void {
    this.loaded = loaded;
    this.dateOrder = undefined;
    this.country = undefined;
    this.mapping = [...loaded.suggested];
  }

  /** Reads the existing clients' emails and phones (in pages, in the background) for the duplicate check. */
  private loadExisting(): void {
    if (this.existing === 'loading' || this.existing === 'ready') return;
    const adapter = this.adapter;
    const parser = this.parser;
    if (!adapter || !parser) {
      this.existing = 'failed';
      return;
    }
    this.existing = 'loading';
    const abort = new AbortController();
    this.existingAbort = abort;
    this.existingLoad = (async () => {
      const clients: ExistingClientKey[] = [];
      let cursor: string | undefined;
      let pages = 0;
      do {
        const page = await adapter.clients.list({ view: 'active', limit: EXISTING_PAGE, ...(cursor ? { cursor } : {}) }, { signal: abort.signal });
        for (const item of page.items) clients.push({ id: item.id, name: clientDisplayName(item), email: item.email, phones: item.phone ? [item.phone] : [] });
        cursor = page.nextCursor ?? undefined;
        pages++;
      } while (cursor && pages < EXISTING_MAX_PAGES);
      await parser.call('existing', { clients });
      if (this.parser === parser) this.existing = 'ready';
    })().catch(() => {
      if (this.parser === parser && !abort.signal.aborted) this.existing = 'failed';
    });
  }

  private get effectiveDateOrder(): DateOrder {
    return this.dateOrder ?? this.loaded?.dateOrder ?? dateOrderOf(this.localize.locale);
  }

  private get effectiveCountry(): string {
    return (this.country ?? this.defaultCountry ?? this.loaded?.country ?? defaultCountryOf(this.localize.locale)).toUpperCase();
  }

  private get dedupeBy(): DedupeField[] {
    return (['email', 'phone'] as const).filter((field) => this.dedupe[field]);
  }

  private async analyze(): Promise<void> {
    const parser = this.parser;
    if (!parser || !this.loaded) return;
    this.busy = 'analyzing';
    this.failure = undefined;
    try {
      if (this.dedupeBy.length) await this.existingLoad;
      this.analysis = await parser.call('analyze', {
        mapping: this.mapping,
        options: {
          dateOrder: this.effectiveDateOrder,
          defaultCountry: this.effectiveCountry,
          nameStyle: nameStyleOf(this.localize.locale),
          dedupeBy: this.dedupeBy,
        },
      });
      this.overrides = {};
      this.goTo('preview');
    } catch (error) {
      this.failure = error;
    } finally {
      this.busy = null;
    }
  }

  private async changeSheet(index: number): Promise<void> {
    const parser = this.parser;
    if (!parser) return;
    this.busy = 'reading';
    try {
      this.useLoaded(await parser.call('sheet', { index, locale: this.localize.locale }));
      this.fileError = null;
    } catch (error) {
      this.fileError = isImportFileError(error) ? { code: error.code, detail: error.detail } : { code: 'unreadable', detail: {} };
    } finally {
      this.busy = null;
    }
  }

  /** Rows the import will send (valid rows, less the duplicates to skip). */
  private get rowsToImport(): number {
    const analysis = this.analysis;
    if (!analysis) return 0;
    const duplicates = analysis.duplicatesInFile + analysis.duplicatesExisting;
    const decided = Object.values(this.overrides);
    const skipped =
      this.policy === 'skip' ? duplicates - decided.filter((policy) => policy !== 'skip').length : decided.filter((policy) => policy === 'skip').length;
    return analysis.valid - skipped;
  }

  private async startImport(): Promise<void> {
    const adapter = this.adapter;
    const parser = this.parser;
    const analysis = this.analysis;
    if (!adapter || !parser || !analysis || !this.can('clients.import')) return;
    this.runner = new ImportRunner({
      clients: adapter.clients,
      source: workerBatchSource(parser, { defaultPolicy: this.policy, overrides: { ...this.overrides } }, Math.max(1, this.chunkSize)),
      total: analysis.valid,
      dedupeBy: this.dedupeBy,
      retries: RETRIES,
      retryDelayMs: Math.max(0, this.retryDelay),
      onProgress: (progress) => {
        this.progress = progress;
      },
    });
    this.progress = this.runner.progress;
    this.goTo('import');
    await this.runImport(() => this.runner!.start());
  }

  /** Continues an interrupted import, or (from the summary) one the user stopped. */
  private async resumeImport(): Promise<void> {
    if (!this.runner) return;
    this.outcome = null;
    if (this.currentStep !== 'import') this.goTo('import');
    await this.runImport(() => this.runner!.resume());
  }

  private async runImport(run: () => Promise<ImportOutcome>): Promise<void> {
    const outcome = await run();
    this.progress = outcome;
    if (outcome.created + outcome.updated > 0) this.importedSinceOpen = true;
    if (outcome.status === 'interrupted') return;
    this.outcome = outcome;
    // The file's clients now exist: a next file must be checked against them too.
    this.existing = 'idle';
    this.goTo('summary');
    if (outcome.status === 'done' || outcome.status === 'cancelled') {
      const analysis = this.analysis!;
      const detail: ClientImportCompleteDetail = {
        importId: outcome.importId,
        status: outcome.status,
        total: analysis.total,
        created: outcome.created,
        updated: outcome.updated,
        skipped: outcome.skipped,
        failed: outcome.failed + analysis.invalid,
        failures: outcome.failures,
        durationMs: Math.round(outcome.elapsedMs),
      };
      this.emit('client-import-complete', detail);
    }
  }

  private async askStop(): Promise<void> {
    const t = this.localize.t.import;
    const stop = await this.confirm.ask({
      title: t.stopTitle,
      message: t.stopMessage,
      confirmLabel: t.stopConfirm,
      cancelLabel: t.keepImporting,
      danger: true,
    });
    if (!stop || !this.runner) return;
    const wasInterrupted = this.progress?.status === 'interrupted';
    this.runner.cancel();
    if (wasInterrupted) await this.runImport(() => this.runner!.start());
  }

  private failedLabels(): FailedFileLabels {
    const t = this.localize.t.import;
    return {
      rowColumn: t.failedRowColumn,
      errorColumn: t.failedErrorColumn,
      fields: {
        firstName: t.fields.firstName,
        middleName: t.fields.middleName,
        lastName: t.fields.lastName,
        email: t.fields.email,
        phones: t.fields.phone,
        birthDate: t.fields.birthDate,
        gender: t.fields.gender,
        nationalId: t.fields.nationalId,
        status: t.fields.status,
        preferredLanguage: t.fields.preferredLanguage,
        weightKg: t.fields.weightKg,
        address: t.fields.addressLine1,
        customFields: t.fields.notes,
      },
      issues: { ...t.issues },
    };
  }

  private async downloadFailed(): Promise<void> {
    const parser = this.parser;
    if (!parser) return;
    const { csv } = await parser.call('failed', { labels: this.failedLabels(), extra: this.outcome?.failures ?? [] });
    downloadBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), `${this.localize.t.import.failedFileName}.csv`, this.ownerDocument);
  }

  /* ---------------------------------------------------------------- events */

  private readonly onDialogClose = (): void => {
    const dialog = this.dialog.value;
    if (this.importRunning && dialog) {
      // Browsers may close a modal on Escape even when its cancel event is prevented (without a recent
      // user activation): an import in progress keeps the wizard open and asks first.
      dialog.showModal();
      void this.askStop();
      return;
    }
    if (this.confirm.open) this.confirm.cancel();
    this.open = false;
    this.emit('client-import-close', { imported: this.importedSinceOpen });
    returnFocus(this.returnTo);
    this.returnTo = null;
  };

  private readonly onDialogCancel = (event: Event): void => {
    if (event.target !== this.dialog.value) return;
    if (this.importRunning) {
      event.preventDefault();
      void this.askStop();
    }
  };

  private readonly onCloseClick = (): void => {
    if (this.importRunning) void this.askStop();
    else this.close();
  };

  private readonly onFileInput = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) void this.importFile(file);
  };

  private readonly onDragOver = (event: DragEvent): void => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    this.dragging = true;
  };

  private readonly onDragLeave = (event: DragEvent): void => {
    const zone = event.currentTarget as HTMLElement;
    if (event.relatedTarget instanceof Node && zone.contains(event.relatedTarget)) return;
    this.dragging = false;
  };

  private readonly onDrop = (event: DragEvent): void => {
    event.preventDefault();
    this.dragging = false;
    const file = event.dataTransfer?.files[0];
    if (file) void this.importFile(file);
  };

  private setTarget(column: number, value: string): void {
    const mapping = [...this.mapping];
    mapping[column] = value as ImportTarget;
    this.mapping = mapping;
  }

  private setOverride(rowNumber: number, value: DuplicatePolicy): void {
    this.overrides = { ...this.overrides, [rowNumber]: value };
  }

  /* ---------------------------------------------------------------- render */

  override render(): TemplateResult {
    const t = this.localize.t;
    const index = STEPS.indexOf(this.step);
    return html`<dialog
        ${ref(this.dialog)}
        class="wizard"
        part="dialog"
        aria-labelledby="${this.uid}-title"
        @close=${this.onDialogClose}
        @cancel=${this.onDialogCancel}
      >
        <header class="header" part="header">
          <h2 id="${this.uid}-title" class="title" part="title">${t.import.title}</h2>
          <button type="button" class="icon-button" part="button close-button" aria-label=${t.common.close} @click=${this.onCloseClick}>
            <span aria-hidden="true">×</span>
          </button>
          <ol class="steps" part="steps" aria-label=${t.import.stepOf(this.localize.number(index + 1), this.localize.number(STEPS.length))}>
            ${STEPS.map(
              (step, position) => html`<li
                class="step ${position < index ? 'done' : ''} ${position === index ? 'current' : ''}"
                part="step ${position === index ? 'step-current' : ''} ${position < index ? 'step-done' : ''}"
                aria-current=${position === index ? 'step' : nothing}
              >
                <span class="step-number" aria-hidden="true">${this.localize.number(position + 1)}</span>
                <span class="step-name">${t.import.steps[step]}</span>
              </li>`,
            )}
          </ol>
        </header>
        ${this.can('clients.import') ? this.renderStep() : this.renderForbidden()}
      </dialog>
      ${this.confirm.render()}`;
  }

  private renderForbidden(): TemplateResult {
    return html`<div class="body" part="body">
        <p class="notice" role="status">${this.localize.t.import.forbidden}</p>
      </div>
      <div class="footer" part="footer">
        <button type="button" class="button" part="button" @click=${() => this.close()}>${this.localize.t.common.close}</button>
      </div>`;
  }

  private renderStep(): TemplateResult {
    switch (this.step) {
      case 'file':
        return this.renderFile();
      case 'mapping':
        return this.renderMapping();
      case 'preview':
        return this.renderPreview();
      case 'import':
        return this.renderImport();
      case 'summary':
        return this.renderSummary();
    }
  }

  private heading(text: string): TemplateResult {
    return html`<h3 class="step-heading" tabindex="-1">${text}</h3>`;
  }

  private fileErrorMessage(code: ImportFileErrorCode, detail: ImportFileErrorDetail): string {
    const errors = this.localize.t.import.fileErrors;
    const locale = this.localize.locale;
    switch (code) {
      case 'too-large':
        return errors['too-large'](formatBytes(detail.size ?? 0, locale), formatBytes(detail.limit ?? this.maxFileSize, locale));
      case 'too-many-rows':
        return errors['too-many-rows'](detail.rows === undefined ? '—' : this.localize.number(detail.rows), this.localize.number(detail.limit ?? this.maxRows));
      case 'malformed':
        return errors.malformed(detail.line === undefined ? '' : this.localize.number(detail.line));
      default:
        return errors[code];
    }
  }

  private renderFile(): TemplateResult {
    const t = this.localize.t;
    const ti = t.import;
    const inputId = `${this.uid}-file`;
    const reading = this.busy === 'reading';
    const noAdapter = !this.adapter;
    return html`<div class="body" part="body">
        ${this.heading(ti.steps.file)}
        ${noAdapter ? html`<p class="notice" role="status">${t.provider.noAdapter}</p>` : nothing}
        <div
          class="dropzone ${this.dragging ? 'dragging' : ''}"
          part="dropzone"
          @dragover=${this.onDragOver}
          @dragenter=${this.onDragOver}
          @dragleave=${this.onDragLeave}
          @drop=${this.onDrop}
        >
          <p class="drop-title">${ti.dropTitle}</p>
          <input id=${inputId} class="visually-hidden file-input" type="file" accept=${ACCEPT} ?disabled=${reading} @change=${this.onFileInput} aria-describedby="${this.uid}-formats" />
          <label for=${inputId} class="button primary browse" part="button primary-button">${ti.browse}</label>
          <p id="${this.uid}-formats" class="hint">${ti.formats(formatBytes(this.maxFileSize, this.localize.tag))}</p>
          <p class="hint">${ti.headerHint}</p>
        </div>
        ${reading ? html`<p class="busy" role="status"><span class="spinner" aria-hidden="true"></span>${ti.reading(this.fileName)}</p>` : nothing}
        ${this.fileError
          ? html`<div class="file-error" part="file-error" role="alert">
              <p class="error-title">${ti.fileErrorTitle}</p>
              <p>${this.fileErrorMessage(this.fileError.code, this.fileError.detail)}</p>
              ${this.fileError.code === 'no-columns' && this.loaded
                ? html`<button type="button" class="button" part="button" @click=${() => this.goTo('mapping')}>${ti.mapManually}</button>`
                : nothing}
            </div>`
          : nothing}
      </div>
      <div class="footer" part="footer">
        <button type="button" class="button" part="button" @click=${() => this.close()}>${t.common.cancel}</button>
      </div>`;
  }

  private renderFileFacts(loaded: LoadedFile): TemplateResult {
    const ti = this.localize.t.import;
    const facts = [loaded.fileName, this.localize.plural(loaded.rowCount, ti.rowsFound)];
    if (loaded.encoding) facts.push(ti.encodingIs(ti.encodings[loaded.encoding]));
    if (loaded.delimiter) facts.push(ti.delimiterIs(ti.delimiters[loaded.delimiter]));
    return html`<p class="facts">${facts.map((fact, index) => html`${index ? html`<span aria-hidden="true"> · </span>` : nothing}<span>${fact}</span>`)}</p>`;
  }

  private renderMapping(): TemplateResult {
    const t = this.localize.t;
    const ti = t.import;
    const loaded = this.loaded;
    if (!loaded) return this.renderFile();
    const problems = mappingProblems(this.mapping);
    const groups = fieldOptionGroups();
    const regionNames = regionDisplayNames(this.localize.locale);
    const countries = [...PHONE_COUNTRIES].sort((a, b) => (regionNames?.of(a) ?? a).localeCompare(regionNames?.of(b) ?? b, this.localize.locale));
    const analyzing = this.busy === 'analyzing';
    return html`<div class="body" part="body">
        ${this.heading(ti.steps.mapping)} ${this.renderFileFacts(loaded)}
        ${loaded.sheets.length > 1
          ? html`<label class="field inline">
              <span>${ti.sheet}</span>
              <select @change=${(event: Event) => void this.changeSheet(Number((event.target as HTMLSelectElement).value))}>
                ${loaded.sheets.map(
                  (sheet, index) => html`<option value=${index} ?selected=${index === loaded.sheetIndex}>${ti.sheetOption(sheet.name, this.localize.number(sheet.rows))}</option>`,
                )}
              </select>
            </label>`
          : nothing}
        <p class="intro">${ti.mappingIntro}</p>
        <table class="mapping" part="mapping">
          <thead>
            <tr>
              <th scope="col">${ti.columnInFile}</th>
              <th scope="col">${ti.example}</th>
              <th scope="col">${ti.clientField}</th>
            </tr>
          </thead>
          <tbody>
            ${loaded.headers.map((header, column) => {
              const name = header || ti.untitledColumn(columnLetter(column));
              const example = loaded.sample.map((row) => row[column] ?? '').find((value) => value.trim() !== '') ?? '';
              const target = this.mapping[column] ?? 'ignore';
              const customTarget = `custom:${customKeyOf(header, column)}`;
              return html`<tr class=${target === 'ignore' ? 'ignored' : ''}>
                <th scope="row">${name}</th>
                <td class="example">${example}</td>
                <td>
                  <select aria-label=${ti.fieldFor(name)} @change=${(event: Event) => this.setTarget(column, (event.target as HTMLSelectElement).value)}>
                    <option value="ignore" ?selected=${target === 'ignore'}>${ti.ignore}</option>
                    ${groups.map(
                      (group) => html`<optgroup label=${ti.fieldGroups[group.id]}>
                        ${group.fields.map((field) => html`<option value=${field} ?selected=${target === field}>${ti.fields[field]}</option>`)}
                        ${group.id === 'other'
                          ? html`<option value=${target.startsWith('custom:') ? target : customTarget} ?selected=${target.startsWith('custom:')}>${ti.customField(name)}</option>`
                          : nothing}
                      </optgroup>`,
                    )}
                  </select>
                </td>
              </tr>`;
            })}
          </tbody>
        </table>
        <div class="options">
          <label class="field">
            <span>${ti.dateOrder}</span>
            <select @change=${(event: Event) => (this.dateOrder = (event.target as HTMLSelectElement).value as DateOrder)}>
              ${(['dmy', 'mdy', 'ymd'] as const).map((order) => html`<option value=${order} ?selected=${order === this.effectiveDateOrder}>${ti.dateOrders[order]}</option>`)}
            </select>
          </label>
          <label class="field">
            <span>${ti.defaultCountry}</span>
            <select @change=${(event: Event) => (this.country = (event.target as HTMLSelectElement).value)}>
              ${countries.map((code) => html`<option value=${code} ?selected=${code === this.effectiveCountry}>${regionNames?.of(code) ?? code}</option>`)}
            </select>
          </label>
          <fieldset class="field">
            <legend>${ti.dedupeBy}</legend>
            <label class="check"
              ><input type="checkbox" .checked=${this.dedupe.email} @change=${(event: Event) => (this.dedupe = { ...this.dedupe, email: (event.target as HTMLInputElement).checked })} />
              ${ti.dedupeEmail}</label
            >
            <label class="check"
              ><input type="checkbox" .checked=${this.dedupe.phone} @change=${(event: Event) => (this.dedupe = { ...this.dedupe, phone: (event.target as HTMLInputElement).checked })} />
              ${ti.dedupePhone}</label
            >
          </fieldset>
        </div>
        ${problems.length
          ? html`<ul class="problems" role="alert">
              ${problems.map(
                (problem) =>
                  html`<li>
                    ${problem.kind === 'no-name'
                      ? ti.problemNoName
                      : ti.problemDuplicate(problem.target.startsWith('custom:') ? problem.target.slice(7) : ti.fields[problem.target as keyof typeof ti.fields])}
                  </li>`,
              )}
            </ul>`
          : nothing}
        ${analyzing ? html`<p class="busy" role="status"><span class="spinner" aria-hidden="true"></span>${ti.analyzing}</p>` : nothing}
        ${this.failure ? html`<p class="file-error" role="alert">${errorMessage(this.failure, t)}</p>` : nothing}
      </div>
      <div class="footer" part="footer">
        <button type="button" class="button" part="button" @click=${() => this.goTo('file')}>${t.common.back}</button>
        <button type="button" class="button primary" part="button primary-button" ?disabled=${problems.length > 0 || analyzing} @click=${() => void this.analyze()}>
          ${t.common.next}
        </button>
      </div>`;
  }

  private issueText(report: RowReport): string {
    const ti = this.localize.t.import;
    const headers = this.loaded?.headers ?? [];
    return report.issues
      .map((issue) => {
        const header = issue.column === null ? '' : headers[issue.column] ?? '';
        return ti.issueLine(header || analyzeFieldLabel(issue.path, ti), ti.issues[issue.code], issue.value);
      })
      .join('; ');
  }

  private renderPreview(): TemplateResult {
    const t = this.localize.t;
    const ti = t.import;
    const analysis = this.analysis;
    if (!analysis) return this.renderMapping();
    const duplicates = analysis.duplicatesInFile + analysis.duplicatesExisting;
    const toImport = this.rowsToImport;
    const listedErrors = analysis.invalidRows.slice(0, LISTED_ERRORS);
    const listedDuplicates = analysis.duplicates.slice(0, LISTED_DUPLICATES);
    return html`<div class="body" part="body">
        ${this.heading(ti.steps.preview)}
        <div role="status">
          <ul class="counts">
            <li class="count-ready">${this.localize.plural(analysis.valid, ti.ready)}</li>
            ${analysis.invalid ? html`<li class="count-errors">${this.localize.plural(analysis.invalid, ti.withErrors)}</li>` : nothing}
            ${duplicates ? html`<li class="count-duplicates">${this.localize.plural(duplicates, ti.duplicatesFound)}</li>` : nothing}
          </ul>
        </div>
        ${this.existing === 'failed' && this.dedupeBy.length ? html`<p class="notice">${ti.existingUnavailable}</p>` : nothing}
        <div class="table-wrap" tabindex="0" role="region" aria-labelledby="${this.uid}-caption">
          <table class="preview" part="preview">
            <caption id="${this.uid}-caption">${ti.previewCaption}</caption>
            <thead>
              <tr>
                <th scope="col">${ti.rowColumn}</th>
                <th scope="col">${ti.nameColumn}</th>
                <th scope="col">${ti.emailColumn}</th>
                <th scope="col">${ti.phoneColumn}</th>
                <th scope="col">${ti.birthDateColumn}</th>
                <th scope="col">${ti.statusColumn}</th>
                <th scope="col">${ti.checkColumn}</th>
              </tr>
            </thead>
            <tbody>
              ${analysis.preview.map((row) => {
                const data = row.data;
                const kind = !data ? 'error' : row.duplicate ? 'duplicate' : 'ready';
                return html`<tr class=${kind}>
                  <td>${this.localize.number(row.rowNumber)}</td>
                  <td>${data ? nameOf(data) : t.common.empty}</td>
                  <td>${data?.email ?? t.common.empty}</td>
                  <td>${data?.phones?.[0]?.number ?? t.common.empty}</td>
                  <td>${data?.birthDate ? this.localize.date(data.birthDate) : t.common.empty}</td>
                  <td>${data ? t.enums.clientStatus[data.status ?? 'active'] : t.common.empty}</td>
                  <td>
                    <span class="badge ${kind}">${kind === 'error' ? ti.rowError : kind === 'duplicate' ? ti.rowDuplicate : ti.rowReady}</span>
                    ${!data ? html`<span class="cell-detail">${this.issueText(row)}</span>` : nothing}
                  </td>
                </tr>`;
              })}
            </tbody>
          </table>
        </div>
        ${listedErrors.length
          ? html`<section class="issues" part="issues" aria-labelledby="${this.uid}-errors">
              <h4 id="${this.uid}-errors">${ti.errorsHeading}</h4>
              <ul>
                ${listedErrors.map((report) => html`<li><strong>${ti.rowLabel(this.localize.number(report.rowNumber))}</strong> ${this.issueText(report)}</li>`)}
              </ul>
              ${analysis.invalid > listedErrors.length ? html`<p class="more">${this.localize.plural(analysis.invalid - listedErrors.length, ti.moreErrors)}</p>` : nothing}
              <button type="button" class="button" part="button" @click=${() => void this.downloadFailed()}>${ti.downloadErrors}</button>
            </section>`
          : nothing}
        ${duplicates ? this.renderDuplicates(listedDuplicates, duplicates) : nothing}
        ${analysis.valid === 0 ? html`<p class="file-error" role="alert">${ti.nothingToImport}</p>` : nothing}
      </div>
      <div class="footer" part="footer">
        <p class="footer-note">${ti.notSavedYet}</p>
        <button type="button" class="button" part="button" @click=${() => this.goTo('mapping')}>${t.common.back}</button>
        <button type="button" class="button primary" part="button primary-button" ?disabled=${toImport <= 0 && analysis.valid === 0} @click=${() => void this.startImport()}>
          ${this.localize.plural(toImport, ti.confirmImport)}
        </button>
      </div>`;
  }

  private renderDuplicates(listed: DuplicateInfo[], total: number): TemplateResult {
    const ti = this.localize.t.import;
    const policies = ['skip', 'update', 'create'] as const;
    return html`<section class="duplicates" part="duplicates" aria-labelledby="${this.uid}-duplicates">
      <h4 id="${this.uid}-duplicates">${ti.duplicatesHeading}</h4>
      <fieldset class="policy">
        <legend>${ti.policyLabel}</legend>
        ${policies.map(
          (policy) => html`<label class="check"
            ><input type="radio" name="${this.uid}-policy" value=${policy} .checked=${this.policy === policy} @change=${() => (this.policy = policy)} />
            ${ti.policies[policy]}</label
          >`,
        )}
      </fieldset>
      <ul>
        ${listed.map((duplicate) => {
          const row = this.localize.number(duplicate.rowNumber);
          const match =
            duplicate.kind === 'existing' ? ti.matchesClient(duplicate.matchName) : ti.matchesRow(this.localize.number(duplicate.matchRowNumber ?? 0), duplicate.matchName);
          const reasons = duplicate.reasons.map((reason) => this.localize.t.enums.duplicateReason[reason]).join(', ');
          return html`<li>
            <span><strong>${ti.rowLabel(row)}</strong> ${match} <span class="reasons">(${reasons})</span></span>
            <select aria-label=${ti.policyFor(row)} @change=${(event: Event) => this.setOverride(duplicate.rowNumber, (event.target as HTMLSelectElement).value as DuplicatePolicy)}>
              ${policies.map((policy) => html`<option value=${policy} ?selected=${(this.overrides[duplicate.rowNumber] ?? this.policy) === policy}>${ti.policies[policy]}</option>`)}
            </select>
          </li>`;
        })}
      </ul>
      ${total > listed.length ? html`<p class="more">${this.localize.plural(total - listed.length, ti.moreDuplicates)}</p>` : nothing}
    </section>`;
  }

  private renderCounts(counts: { created: number; updated: number; skipped: number; failed: number }): TemplateResult {
    const outcome = this.localize.t.enums.importOutcome;
    return html`<dl class="tally">
      ${(['created', 'updated', 'skipped', 'failed'] as const).map(
        (key) => html`<div class="tally-item ${key} ${counts[key] > 0 ? 'nonzero' : ''}">
          <dt>${outcome[key]}</dt>
          <dd>${this.localize.number(counts[key])}</dd>
        </div>`,
      )}
    </dl>`;
  }

  private renderImport(): TemplateResult {
    const t = this.localize.t;
    const ti = t.import;
    const progress = this.progress;
    if (!progress) return this.renderPreview();
    const locale = this.localize.locale;
    const total = progress.total;
    const done = progress.processed;
    const interrupted = progress.status === 'interrupted';
    const retrying = progress.status === 'retrying';
    const label = ti.progress(this.localize.number(done), this.localize.number(total));
    return html`<div class="body" part="body">
        ${this.heading(interrupted ? ti.interruptedTitle : ti.importing)}
        <div class="progress" part="progress">
          <progress part="progress-bar" max=${Math.max(1, total)} .value=${done} aria-label=${ti.importing} aria-valuetext=${label}></progress>
          <p class="progress-text">
            <span>${label}</span>
            <span>
              ${interrupted
                ? nothing
                : progress.remainingMs === null
                  ? ti.estimating
                  : ti.timeLeft(formatDuration(progress.remainingMs, locale))}
            </span>
          </p>
          ${this.renderCounts(progress)}
        </div>
        ${retrying ? html`<p class="notice" role="status">${ti.retrying(this.localize.number(progress.attempt), this.localize.number(RETRIES))}</p>` : nothing}
        ${interrupted
          ? html`<div class="file-error" role="alert">
              <p>${ti.interrupted}</p>
              ${progress.error ? html`<p class="detail">${errorMessage(progress.error, t)}</p>` : nothing}
            </div>`
          : nothing}
      </div>
      <div class="footer" part="footer">
        <button type="button" class="button" part="button" @click=${() => void this.askStop()} ?disabled=${progress.status === 'cancelled'}>${ti.stop}</button>
        ${interrupted ? html`<button type="button" class="button primary" part="button primary-button" @click=${() => void this.resumeImport()}>${ti.resume}</button>` : nothing}
      </div>`;
  }

  private renderSummary(): TemplateResult {
    const t = this.localize.t;
    const ti = t.import;
    const outcome = this.outcome;
    const analysis = this.analysis;
    if (!outcome || !analysis) return this.renderFile();
    const failed = outcome.failed + analysis.invalid;
    const title = outcome.status === 'done' ? ti.doneTitle : outcome.status === 'cancelled' ? ti.stoppedTitle : ti.failedTitle;
    const notImported = outcome.total - outcome.processed;
    const stopped = outcome.status === 'cancelled' && notImported > 0;
    return html`<div class="body" part="body">
        ${this.heading(title)}
        <div class="summary" part="summary" role="status">
          <ul class="summary-lines">
            <li>${this.localize.plural(outcome.created, ti.created)}</li>
            <li>${this.localize.plural(outcome.updated, ti.updated)}</li>
            <li>${this.localize.plural(outcome.skipped, ti.skipped)}</li>
            <li>${this.localize.plural(failed, ti.failed)}</li>
            ${stopped ? html`<li>${this.localize.plural(notImported, ti.notImported)}</li>` : nothing}
          </ul>
          <p class="hint">${ti.took(formatDuration(outcome.elapsedMs, this.localize.tag))}</p>
        </div>
        ${outcome.status === 'failed' ? html`<p class="file-error" role="alert">${errorMessage(outcome.error, t)}</p>` : nothing}
        ${failed
          ? html`<div class="failed-download">
              <button type="button" class="button" part="button" @click=${() => void this.downloadFailed()}>${ti.downloadFailed}</button>
              <p class="hint">${ti.downloadFailedHint}</p>
            </div>`
          : nothing}
      </div>
      <div class="footer" part="footer">
        <button type="button" class="button" part="button" @click=${() => this.reset()}>${ti.importAnother}</button>
        ${stopped ? html`<button type="button" class="button" part="button" @click=${() => void this.resumeImport()}>${ti.continueImport}</button>` : nothing}
        <button type="button" class="button primary" part="button primary-button" @click=${() => this.close()}>${ti.done}</button>
      </div>`;
  }
}

/** The custom field key a column gets: its header's key, or column_<letter>. */
function customKeyOf(header: string, column: number): string {
  return header.trim() ? customFieldKey(header) : `column_${columnLetter(column).toLowerCase()}`;
}

/** "María José García" from a row's mapped data. */
function nameOf(data: { firstName: string; middleName?: string | null | undefined; lastName?: string | null | undefined }): string {
  return [data.firstName, data.middleName, data.lastName].filter(Boolean).join(' ');
}

function regionDisplayNames(locale: string): Intl.DisplayNames | undefined {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' });
  } catch {
    return undefined;
  }
}
