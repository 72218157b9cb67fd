/*
 * A confirmation dialog on the native <dialog> (modal: focus trapped, Escape cancels, the page
 * behind is inert), rendered into the host's own shadow root. Focus returns to where it was when
 * the dialog opened (the button that asked), even across shadow roots.
 *
 *   static styles = [tokens, confirmDialogStyles, css`…`];
 *   private readonly confirm = new ConfirmDialogController(this);
 *   render() { return html`… ${this.confirm.render()}`; }
 *   async remove() {
 *     if (await this.confirm.ask({ title: '…', message: '…', confirmLabel: '…', cancelLabel: t.common.cancel, danger: true })) …
 *   }
 *
 * Parts: `confirm-dialog`, `confirm-title`, `confirm-message`, `confirm-cancel`, `confirm-accept`.
 * The safe choice (cancel) has the initial focus.
 */
import { css, html, nothing } from 'lit';
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import { createRef, ref } from 'lit/directives/ref.js';

export interface ConfirmOptions {
  title: string;
  message?: string;
  confirmLabel: string;
  cancelLabel: string;
  /** A destructive action: the confirm button is styled as danger. */
  danger?: boolean;
}

/** The element that has focus, looking inside shadow roots. */
export function deepActiveElement(root: Document | ShadowRoot | null = typeof document === 'undefined' ? null : document): Element | null {
  let active = root?.activeElement ?? null;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Moves focus back to an element, if it is still in the page. */
export function returnFocus(element: Element | null | undefined): void {
  if (element && element.isConnected && typeof (element as HTMLElement).focus === 'function') {
    (element as HTMLElement).focus({ preventScroll: true });
  }
}

let dialogCount = 0;

export class ConfirmDialogController implements ReactiveController {
  private readonly dialog = createRef<HTMLDialogElement>();
  private readonly id = `confirm-${++dialogCount}`;
  private options: ConfirmOptions | undefined;
  private resolve: ((confirmed: boolean) => void) | undefined;
  private returnTo: Element | null = null;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.settle(false);
  }

  /** Whether a question is open. */
  get open(): boolean {
    return this.options !== undefined;
  }

  /** Opens the dialog; resolves true when confirmed, false when cancelled (button, Escape). */
  async ask(options: ConfirmOptions): Promise<boolean> {
    this.settle(false);
    this.returnTo = deepActiveElement();
    this.options = options;
    const answer = new Promise<boolean>((resolve) => (this.resolve = resolve));
    this.host.requestUpdate();
    await this.host.updateComplete;
    const dialog = this.dialog.value;
    if (!dialog) {
      this.settle(false);
      return answer;
    }
    dialog.returnValue = '';
    if (!dialog.open) dialog.showModal();
    return answer;
  }

  /** Closes an open question as cancelled. */
  cancel(): void {
    const dialog = this.dialog.value;
    if (dialog?.open) dialog.close('');
    else this.settle(false);
  }

  render(): TemplateResult | typeof nothing {
    const options = this.options;
    if (!options) return nothing;
    return html`<dialog
      ${ref(this.dialog)}
      class="confirm-dialog"
      part="confirm-dialog"
      aria-labelledby="${this.id}-title"
      aria-describedby=${options.message ? `${this.id}-message` : nothing}
      @close=${this.onClose}
    >
      <form method="dialog">
        <h2 id="${this.id}-title" class="confirm-title" part="confirm-title">${options.title}</h2>
        ${options.message ? html`<p id="${this.id}-message" class="confirm-message" part="confirm-message">${options.message}</p>` : nothing}
        <div class="confirm-buttons">
          <button value="cancel" class="button" part="confirm-cancel" autofocus>${options.cancelLabel}</button>
          <button value="confirm" class="button ${options.danger ? 'danger' : 'primary'}" part="confirm-accept">${options.confirmLabel}</button>
        </div>
      </form>
    </dialog>`;
  }

  private readonly onClose = (event: Event): void => {
    const dialog = event.currentTarget as HTMLDialogElement;
    this.settle(dialog.returnValue === 'confirm');
  };

  private settle(confirmed: boolean): void {
    const resolve = this.resolve;
    if (!resolve) return;
    this.resolve = undefined;
    this.options = undefined;
    const returnTo = this.returnTo;
    this.returnTo = null;
    this.host.requestUpdate();
    returnFocus(returnTo);
    resolve(confirmed);
  }
}

/** Styles of dialogs (the confirmation and any form dialog using the same classes). */
export const confirmDialogStyles = css`
  dialog {
    max-width: min(32rem, calc(100vw - 2rem));
    padding: calc(var(--_space) * 2.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
    box-shadow: var(--_shadow);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.4);
  }
  .confirm-title {
    margin: 0 0 var(--_space);
    font-size: var(--_font-size-large);
  }
  .confirm-message {
    margin: 0 0 calc(var(--_space) * 2);
    color: var(--_fg-muted);
  }
  .confirm-buttons {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: var(--_space);
  }
`;
