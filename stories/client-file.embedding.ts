/*
 * Host-side pieces of the stories that embed <client-file>: a custom tab as a host would write it
 * (its content rendered the first time it is shown), and the file as a page, in a modal and in a
 * drawer — all with platform HTML (`<dialog>`), as a host page would do it.
 */
import { html, render } from 'lit';
import type { TemplateResult } from 'lit';
import type { ClientTabActivateDetail } from '../src/elements/client-file/custom-tabs.js';

/** Made-up loyalty figures of a client (a host would fetch them from its own backend). */
function loyaltyOf(clientId: string): { points: number; tier: string; nextReward: number } {
  const seed = [...clientId].reduce((sum, char) => sum + char.charCodeAt(0), 0);
  const points = (seed * 37) % 2400;
  return { points, tier: points > 1500 ? 'Gold' : points > 600 ? 'Silver' : 'Bronze', nextReward: 500 - (points % 500) };
}

/** Renders the loyalty tab's content into its element the first time it is shown for a client. */
function onLoyaltyActivate(event: CustomEvent<ClientTabActivateDetail>): void {
  if (!event.detail.first) return;
  const { points, tier, nextReward } = loyaltyOf(event.detail.clientId);
  render(
    html`<h3>Loyalty programme</h3>
      <dl class="loyalty">
        <div><dt>Tier</dt><dd>${tier}</dd></div>
        <div><dt>Points</dt><dd>${points.toLocaleString('en')}</dd></div>
        <div><dt>Next reward in</dt><dd>${nextReward} points</dd></div>
      </dl>
      <p><small>Rendered by the host page for client <code>${event.detail.clientId}</code> the first time this tab opened.</small></p>`,
    event.currentTarget as HTMLElement,
  );
}

/** The content of a tab whose backend fails: it reports the failure, and the file shows it in the panel. */
function onFailingActivate(event: CustomEvent<ClientTabActivateDetail>): void {
  const element = event.currentTarget as HTMLElement;
  element.dispatchEvent(new CustomEvent('client-tab-error', { detail: { error: new Error('The loyalty service did not answer (HTTP 503).') }, bubbles: true }));
}

const loyaltyStyles = html`<style>
  .loyalty { display: flex; flex-wrap: wrap; gap: 1rem 2.5rem; margin: 0 0 1rem; }
  .loyalty dt { font-size: 0.8125rem; opacity: 0.75; }
  .loyalty dd { margin: 0; font-size: 1.25rem; font-weight: 600; }
</style>`;

/** A host's own tab, slotted into the file. */
export function loyaltyTab(options: { failing?: boolean } = {}): TemplateResult {
  return html`${loyaltyStyles}<section slot="tab" data-tab-id="loyalty" data-tab-label="Loyalty" @client-tab-activate=${options.failing ? onFailingActivate : onLoyaltyActivate}></section>`;
}

/** The file as the main content of a host page: the host's top bar, then the file at full width. */
export function asPage(file: TemplateResult): TemplateResult {
  return html`<style>
      .host-page { min-height: 100vh; display: grid; grid-template-rows: auto 1fr; font-family: system-ui, sans-serif; }
      .host-bar { display: flex; align-items: center; gap: 1.5rem; padding: 0.75rem 1.5rem; background: #1e293b; color: #f8fafc; }
      .host-bar strong { font-size: 1.0625rem; }
      .host-bar nav { display: flex; gap: 1rem; font-size: 0.9375rem; }
      .host-bar a { color: inherit; }
      .host-main { padding: 1rem 1.5rem 2rem; }
      .host-main > p { margin: 0 0 0.75rem; font-size: 0.875rem; }
    </style>
    <div class="host-page">
      <header class="host-bar">
        <strong>Salon Aurora</strong>
        <nav aria-label="Main"><a href="#calendar">Calendar</a><a href="#clients" aria-current="page">Clients</a><a href="#reports">Reports</a></nav>
      </header>
      <main class="host-main">
        <p><a href="#clients">Clients</a> / Client file</p>
        ${file}
      </main>
    </div>`;
}

const dialogStyles = html`<style>
  .file-dialog { padding: 0; border: 0; border-radius: 12px; box-shadow: 0 20px 60px rgb(0 0 0 / 0.35); color: inherit; background: Canvas; }
  /* The dialog is the frame: the file's own border and corners would double it. */
  .file-dialog client-file::part(base) { border: 0; border-radius: 0; }
  .file-dialog::backdrop { background: rgb(15 23 42 / 0.45); }
  .file-dialog.modal { width: min(1000px, calc(100vw - 2rem)); max-height: calc(100dvh - 2rem); }
  .file-dialog.drawer {
    margin: 0 0 0 auto; border-radius: 0; width: min(480px, 100vw); height: 100dvh; max-height: none;
    translate: 100% 0;
    transition: translate 0.25s ease-out, overlay 0.25s allow-discrete, display 0.25s allow-discrete;
  }
  .file-dialog.drawer[open] { translate: 0 0; }
  @starting-style { .file-dialog.drawer[open] { translate: 100% 0; } }
  @media (prefers-reduced-motion: reduce) { .file-dialog.drawer { transition: none; } }
  .dialog-bar { position: sticky; top: 0; z-index: 1; display: flex; align-items: center; justify-content: space-between; gap: 1rem; padding: 0.5rem 0.75rem 0.5rem 1rem; background: Canvas; border-bottom: 1px solid color-mix(in srgb, CanvasText 15%, transparent); }
  .dialog-bar h2 { margin: 0; font: 600 1rem system-ui, sans-serif; }
  .dialog-close { font-size: 1.25rem; line-height: 1; padding: 0.25rem 0.5rem; cursor: pointer; }
  .open-file { font: inherit; padding: 0.5rem 1rem; cursor: pointer; }
</style>`;

function openDialog(event: Event): void {
  const dialog = (event.currentTarget as HTMLElement).nextElementSibling as HTMLDialogElement;
  dialog.showModal();
}

/** A click on the backdrop (outside the dialog's box) closes it, as users expect of a modal. */
function closeOnBackdrop(event: MouseEvent): void {
  const dialog = event.currentTarget as HTMLDialogElement;
  if (event.target !== dialog) return;
  const box = dialog.getBoundingClientRect();
  const inside = event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.top && event.clientY <= box.bottom;
  if (!inside) dialog.close();
}

/**
 * The file in a native modal `<dialog>` (`kind: 'modal'`, centred) or a drawer (`'drawer'`: a side
 * panel sliding in from the right, 480 px wide), opened from a button. Esc, the close button and a
 * click on the backdrop close it; focus returns to the button.
 */
export function inDialog(kind: 'modal' | 'drawer', file: TemplateResult): TemplateResult {
  return html`${dialogStyles}
    <button type="button" class="open-file" @click=${openDialog}>Open client file</button>
    <dialog class="file-dialog ${kind}" aria-labelledby="file-dialog-title" @click=${closeOnBackdrop}>
      <form method="dialog" class="dialog-bar">
        <h2 id="file-dialog-title">Client file</h2>
        <button type="submit" class="dialog-close" aria-label="Close" autofocus>×</button>
      </form>
      ${file}
    </dialog>`;
}

/** Play function: opens the story's dialog, as a click on its button would. */
export function openStoryDialog({ canvasElement }: { canvasElement: HTMLElement }): void {
  canvasElement.querySelector<HTMLButtonElement>('button.open-file')?.click();
}
