/*
 * The non-data states every element shows, in one place: loading (skeleton), empty (with a call to
 * action), error (a message from the AdapterError kind, with retry), not found (with a way back) and
 * forbidden (permission-limited). Rendered into the host's own shadow root, so the host styles them
 * with `::part(state)` and the parts listed below.
 *
 * Usage — add `stateStyles` to the element's styles, then render one state:
 *
 *   static styles = [tokens, stateStyles, css`…`];
 *   renderState({ kind: 'loading', label: t.file.loadingClient }, t)
 *   renderState({ kind: 'empty', title: '…', action: { label: '…', onClick: () => this.add() } }, t)
 *   renderState({ kind: 'error', error, retry: () => this.resource.reload() }, t)
 *   renderState({ kind: 'not-found', back: { label: t.common.back, onClick: () => this.goBack() } }, t)
 *   renderState({ kind: 'forbidden' }, t)
 *
 * Parts (document them with @csspart on the element that renders a state):
 *   state            every state's container (plus state-loading | state-empty | state-error |
 *                    state-not-found | state-forbidden)
 *   state-action     the button of a state (retry, call to action, back)
 *   skeleton         one placeholder bar of the loading state
 *
 * Nothing from the error is rendered as markup: messages are text, technical details sit in a
 * collapsed <details>.
 */
import { css, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { styleProps } from './style-props.js';
import { formatIssuePath, isAdapterError } from '../../adapter/adapter-error.js';
import type { Translation } from '../../i18n/translation.js';

/** A button of a state: a call to action, retry, or the way back. */
export interface StateAction {
  label: string;
  onClick: () => void;
}

export type StateView =
  /** Placeholder bars while data loads. `shape`: lines (default), banner (avatar + lines), rows. */
  | { kind: 'loading'; label?: string; shape?: 'lines' | 'banner' | 'rows'; lines?: number }
  /** Nothing to show yet; `action` is the call to action (omit it when the user may not act). */
  | { kind: 'empty'; title: string; message?: string; action?: StateAction }
  /** A failed load: the message comes from the error's kind; `retry` adds a retry button. */
  | { kind: 'error'; error: unknown; title?: string; retry?: () => void }
  /** The record does not exist (or was deleted); `back` offers the way back. */
  | { kind: 'not-found'; title?: string; message?: string; back?: StateAction }
  /** The user may not see this. */
  | { kind: 'forbidden'; message?: string };

/**
 * What an error means to the user, in their language: the AdapterError kind's message; for an
 * invalid response, which resource and field could not be read; anything else is "unexpected".
 */
export function errorMessage(error: unknown, t: Translation): string {
  if (!isAdapterError(error)) return t.errors.unexpected;
  if (error.kind === 'invalid-response') {
    const first = error.issues[0];
    if (first) return `${t.errors.byKind['invalid-response']} ${t.errors.invalidResponse(error.resource ?? '?', formatIssuePath(first.path) || '—')}`;
  }
  return t.errors.byKind[error.kind];
}

/** The message after an optimistic change was rolled back: "Your change was undone: <why>". */
export function rollbackMessage(error: unknown, t: Translation): string {
  return t.state.rolledBack(errorMessage(error, t));
}

/** Whether an error means the record does not exist. */
export function isNotFound(error: unknown): boolean {
  return isAdapterError(error) && error.kind === 'not-found';
}

/** Whether an error means the user may not do or see this. */
export function isForbidden(error: unknown): boolean {
  return isAdapterError(error) && error.kind === 'forbidden';
}

function details(error: unknown, t: Translation) {
  const text = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  if (!text) return nothing;
  return html`<details class="state-details">
    <summary>${t.errors.details}</summary>
    <code>${text}</code>
  </details>`;
}

function action(button: StateAction | undefined, primary = false) {
  if (!button) return nothing;
  return html`<button type="button" class=${primary ? 'state-button primary' : 'state-button'} part="state-action" @click=${button.onClick}>
    ${button.label}
  </button>`;
}

/* Widths of the placeholder bars (varied, so the skeleton reads as text). */
const WIDTHS = [72, 54, 88, 40, 64];

/* Set through styleProps (CSSOM only), never a style attribute: works under a strict CSP. */
function skeleton(shape: 'lines' | 'banner' | 'rows', lines: number) {
  const bars = Array.from({ length: lines }, (_, index) => html`<span class="skeleton-bar" part="skeleton" style=${styleProps({ '--_w': `${WIDTHS[index % WIDTHS.length]}%` })}></span>`);
  if (shape === 'banner') {
    return html`<div class="skeleton-banner"><span class="skeleton-avatar" part="skeleton"></span><div class="skeleton-lines">${bars}</div></div>`;
  }
  if (shape === 'rows') {
    return html`<div class="skeleton-rows">${Array.from({ length: lines }, () => html`<span class="skeleton-row" part="skeleton"></span>`)}</div>`;
  }
  return html`<div class="skeleton-lines">${bars}</div>`;
}

/** Renders one state. `t` is the current catalog (`this.localize.t`). */
export function renderState(view: StateView, t: Translation): TemplateResult {
  switch (view.kind) {
    case 'loading':
      return html`<div class="state state-loading" part="state state-loading" role="status" aria-busy="true">
        <span class="visually-hidden">${view.label ?? t.common.loading}</span>
        ${skeleton(view.shape ?? 'lines', view.lines ?? 3)}
      </div>`;
    case 'empty':
      return html`<div class="state state-empty" part="state state-empty">
        <p class="state-title">${view.title}</p>
        ${view.message ? html`<p class="state-message">${view.message}</p>` : nothing} ${action(view.action, true)}
      </div>`;
    case 'error': {
      const retry = view.retry ? { label: t.common.retry, onClick: view.retry } : undefined;
      return html`<div class="state state-error" part="state state-error" role="alert">
        <p class="state-title">${view.title ?? t.errors.title}</p>
        <p class="state-message">${errorMessage(view.error, t)}</p>
        ${action(retry, true)} ${details(view.error, t)}
      </div>`;
    }
    case 'not-found':
      return html`<div class="state state-not-found" part="state state-not-found" role="alert">
        <p class="state-title">${view.title ?? t.state.notFoundTitle}</p>
        <p class="state-message">${view.message ?? t.errors.notFound}</p>
        ${action(view.back)}
      </div>`;
    case 'forbidden':
      return html`<div class="state state-forbidden" part="state state-forbidden" role="status">
        <p class="state-message">${view.message ?? t.provider.notAllowed}</p>
      </div>`;
  }
}

/** Styles of the states; add after `tokens` in the element's `static styles`. */
export const stateStyles = css`
  .state {
    display: grid;
    gap: calc(var(--_space) * 1);
    justify-items: start;
    padding: calc(var(--_space) * 2 * var(--_density));
    border-radius: var(--_radius);
    color: var(--_fg);
  }
  .state-empty,
  .state-not-found,
  .state-forbidden {
    justify-items: center;
    text-align: center;
    background: var(--_bg-subtle);
    padding: calc(var(--_space) * 4 * var(--_density)) calc(var(--_space) * 2);
  }
  .state-error {
    background: var(--_danger-subtle);
    border: 1px solid color-mix(in srgb, var(--_danger) 35%, transparent);
  }
  .state-title {
    margin: 0;
    font-weight: 600;
    font-size: var(--_font-size-large);
  }
  .state-message {
    margin: 0;
    color: var(--_fg-muted);
    max-width: 60ch;
  }
  .state-error .state-message {
    color: var(--_fg);
  }
  .state-button {
    font: inherit;
    cursor: pointer;
    border-radius: var(--_radius-small);
    border: 1px solid var(--_border);
    background: var(--_bg);
    color: var(--_fg);
    padding: calc(var(--_space) * 0.75 * var(--_density)) calc(var(--_space) * 1.5);
  }
  .state-button.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-fg);
  }
  .state-details {
    font-size: var(--_font-size-small);
    color: var(--_fg-muted);
  }
  .state-details code {
    display: block;
    white-space: pre-wrap;
    word-break: break-word;
    margin-top: calc(var(--_space) * 0.5);
  }
  .skeleton-lines {
    display: grid;
    gap: var(--_space);
    width: 100%;
  }
  .skeleton-banner {
    display: flex;
    gap: calc(var(--_space) * 2);
    align-items: center;
    width: 100%;
  }
  .skeleton-avatar {
    flex: none;
    width: 56px;
    height: 56px;
    border-radius: 50%;
  }
  .skeleton-rows {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    width: 100%;
  }
  .skeleton-row {
    height: calc(2.25rem * var(--_density));
    border-radius: var(--_radius-small);
  }
  .skeleton-bar {
    height: 0.8em;
    width: var(--_w, 60%);
    border-radius: var(--_radius-small);
  }
  .skeleton-bar,
  .skeleton-avatar,
  .skeleton-row {
    background: linear-gradient(90deg, var(--_bg-subtle) 0%, var(--_bg-hover) 50%, var(--_bg-subtle) 100%);
    background-size: 200% 100%;
    animation: clientela-shimmer 1.4s ease-in-out infinite;
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton-bar,
    .skeleton-avatar,
    .skeleton-row {
      animation: none;
    }
  }
  @keyframes clientela-shimmer {
    from {
      background-position: 100% 0;
    }
    to {
      background-position: -100% 0;
    }
  }
`;
