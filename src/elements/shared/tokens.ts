import { css, unsafeCSS } from 'lit';

/**
 * One design token: the public `--client-*` custom property a host sets, the private `--_*` alias
 * the elements' styles read, and its default (a `light-dark()` pair for colors). What each styles is
 * its comment here and its row in docs/theming.md (not shipped: every element loads this table).
 */
export interface TokenDefinition {
  readonly name: `--client-${string}`;
  readonly alias: `--_${string}`;
  /** The default in a light color scheme (the only default when `dark` is absent). */
  readonly light: string;
  /** The default in a dark color scheme, for colors. */
  readonly dark?: string;
}

/** The default value of a token as CSS: `light-dark(light, dark)` for colors. */
export function tokenDefault(token: TokenDefinition): string {
  return token.dark === undefined ? token.light : `light-dark(${token.light}, ${token.dark})`;
}

/*
 * Every token, in one table: the stylesheet below is built from it, the `appearance` object of
 * <client-provider> derives its variants from these defaults, and docs/theming.md lists them.
 */
export const TOKENS = [
  /** Background of elements, dialogs and panels. */
  { name: '--client-color-surface', alias: '--_bg', light: '#ffffff', dark: '#16181d' },
  /** Background of headers, toolbars, zebra and selected areas. */
  { name: '--client-color-surface-subtle', alias: '--_bg-subtle', light: '#f6f7f9', dark: '#1e2128' },
  /** Background of hovered rows, tabs and buttons. */
  { name: '--client-color-surface-hover', alias: '--_bg-hover', light: '#eef1f5', dark: '#262a33' },
  /** Body text. */
  { name: '--client-color-text', alias: '--_fg', light: '#1b1f27', dark: '#e8eaef' },
  /** Secondary text: hints, dates, counts, placeholders. */
  { name: '--client-color-text-muted', alias: '--_fg-muted', light: '#5b6472', dark: '#a3abb8' },
  /** Borders and separators. */
  { name: '--client-color-border', alias: '--_border', light: '#dde1e7', dark: '#333844' },
  /** Primary buttons, the selected tab, links, checked controls. */
  { name: '--client-color-accent', alias: '--_accent', light: '#2f5bd3', dark: '#7ea2ff' },
  /** Text on the accent color (primary buttons). */
  { name: '--client-color-accent-text', alias: '--_accent-fg', light: '#ffffff', dark: '#0d1220' },
  /** Tinted backgrounds: selected rows, active chips. */
  { name: '--client-color-accent-subtle', alias: '--_accent-subtle', light: '#e8eefc', dark: '#1f2a47' },
  /** Errors, destructive actions, critical alerts, blacklist. */
  { name: '--client-color-danger', alias: '--_danger', light: '#c62828', dark: '#ff8a80' },
  /** Background of error messages and critical badges. */
  { name: '--client-color-danger-subtle', alias: '--_danger-subtle', light: '#fdecec', dark: '#3a1d1d' },
  /** Warnings, allergies, pending states. */
  { name: '--client-color-warning', alias: '--_warning', light: '#a15c00', dark: '#ffc266' },
  /** Background of warnings. */
  { name: '--client-color-warning-subtle', alias: '--_warning-subtle', light: '#fff4e0', dark: '#3a2c12' },
  /** Success messages, paid and active states. */
  { name: '--client-color-success', alias: '--_success', light: '#1e7d32', dark: '#7ddc8a' },
  /** Background of success messages. */
  { name: '--client-color-success-subtle', alias: '--_success-subtle', light: '#e7f5ea', dark: '#17301c' },
  /** The focus ring (2px outline). */
  { name: '--client-color-focus', alias: '--_focus', light: '#2f5bd3', dark: '#9db8ff' },
  /** Corner radius of panels, dialogs, inputs and buttons. */
  { name: '--client-radius', alias: '--_radius', light: '8px' },
  /** Corner radius of chips, badges and small controls. */
  { name: '--client-radius-small', alias: '--_radius-small', light: '4px' },
  /** The spacing unit: paddings and gaps are multiples of it. */
  { name: '--client-spacing', alias: '--_space', light: '8px' },
  /** Density factor (1 comfortable, 0.75 compact): scales row heights, control heights and vertical paddings. */
  { name: '--client-density', alias: '--_density', light: '1' },
  /** Font of every element. */
  { name: '--client-font-family', alias: '--_font', light: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif" },
  /** Base font size. */
  { name: '--client-font-size', alias: '--_font-size', light: '0.875rem' },
  /** Small text: hints, chips, table headers. */
  { name: '--client-font-size-small', alias: '--_font-size-small', light: '0.8125rem' },
  /** Headings: the client name, dialog titles. */
  { name: '--client-font-size-large', alias: '--_font-size-large', light: '1.125rem' },
  /** Shadow of dialogs, popovers and menus. */
  { name: '--client-shadow', alias: '--_shadow', light: '0 1px 2px rgb(0 0 0 / 0.06), 0 4px 12px rgb(0 0 0 / 0.06)' },
] as const satisfies readonly TokenDefinition[];

export type TokenName = (typeof TOKENS)[number]['name'];

/** A token's definition by its public name. */
export function tokenNamed(name: TokenName): TokenDefinition {
  return TOKENS.find((token) => token.name === name)!;
}

const declarations = TOKENS.map((token) => `${token.alias}: var(${token.name}, ${tokenDefault(token)});`).join('\n    ');

/**
 * Design tokens shared by every element: `--client-*` custom properties with light and dark
 * defaults (`light-dark()` follows the `color-scheme` inherited from the host page or set by the
 * provider's `appearance.colorScheme`). A host restyles every element at once by setting these on
 * any ancestor; each element documents the ones it reads with `@cssprop`.
 * Include with `static styles = [tokens, css\`…\`]`. (`unsafeCSS` only joins the constant table
 * above; it is still one constructable stylesheet.)
 */
export const tokens = css`
  :host {
    color-scheme: inherit;
    ${unsafeCSS(declarations)}
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
