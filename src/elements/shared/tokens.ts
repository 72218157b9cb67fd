import { css } from 'lit';

/**
 * Design tokens shared by every element: `--client-*` custom properties with light and dark
 * defaults (`light-dark()` follows the host page's `color-scheme`). A host restyles every element at
 * once by setting these on any ancestor; each element documents the ones it reads with `@cssprop`.
 * Include with `static styles = [tokens, css\`…\`]`.
 */
export const tokens = css`
  :host {
    color-scheme: inherit;
    --_bg: var(--client-color-surface, light-dark(#ffffff, #16181d));
    --_bg-subtle: var(--client-color-surface-subtle, light-dark(#f6f7f9, #1e2128));
    --_bg-hover: var(--client-color-surface-hover, light-dark(#eef1f5, #262a33));
    --_fg: var(--client-color-text, light-dark(#1b1f27, #e8eaef));
    --_fg-muted: var(--client-color-text-muted, light-dark(#5b6472, #a3abb8));
    --_border: var(--client-color-border, light-dark(#dde1e7, #333844));
    --_accent: var(--client-color-accent, light-dark(#2f5bd3, #7ea2ff));
    --_accent-fg: var(--client-color-accent-text, light-dark(#ffffff, #0d1220));
    --_accent-subtle: var(--client-color-accent-subtle, light-dark(#e8eefc, #1f2a47));
    --_danger: var(--client-color-danger, light-dark(#c62828, #ff8a80));
    --_danger-subtle: var(--client-color-danger-subtle, light-dark(#fdecec, #3a1d1d));
    --_warning: var(--client-color-warning, light-dark(#a15c00, #ffc266));
    --_warning-subtle: var(--client-color-warning-subtle, light-dark(#fff4e0, #3a2c12));
    --_success: var(--client-color-success, light-dark(#1e7d32, #7ddc8a));
    --_success-subtle: var(--client-color-success-subtle, light-dark(#e7f5ea, #17301c));
    --_focus: var(--client-color-focus, light-dark(#2f5bd3, #9db8ff));
    --_radius: var(--client-radius, 8px);
    --_radius-small: var(--client-radius-small, 4px);
    --_space: var(--client-spacing, 8px);
    /* Density: 1 = comfortable, 0.75 = compact; scales paddings and row heights. */
    --_density: var(--client-density, 1);
    --_font: var(--client-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_font-size: var(--client-font-size, 0.875rem);
    --_font-size-small: var(--client-font-size-small, 0.8125rem);
    --_font-size-large: var(--client-font-size-large, 1.125rem);
    --_shadow: var(--client-shadow, 0 1px 2px rgb(0 0 0 / 0.06), 0 4px 12px rgb(0 0 0 / 0.06));
    font-family: var(--_font);
    font-size: var(--_font-size);
    color: var(--_fg);
  }

  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
