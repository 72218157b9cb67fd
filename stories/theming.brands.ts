import type { Appearance } from '../src/theme/appearance.js';

/*
 * The brands of the theming stories (also checked by the browser tests, axe included): the whole
 * module restyled by an `appearance` object alone.
 */

/** A dark green spa: deep green surfaces, a mint accent, a serif face, tighter corners, compact rows. */
export const SPA_BRAND = {
  colorScheme: 'dark',
  colorBackground: '#0f1f19',
  colorText: '#e6f0ea',
  colorTextMuted: '#a9c2b5',
  colorBorder: '#2b4a3d',
  colorPrimary: '#8fd9b0',
  colorPrimaryText: '#0b1a13',
  colorDanger: '#ff9b8f',
  colorWarning: '#f2c46d',
  colorSuccess: '#9ee6a8',
  fontFamily: "Georgia, 'Iowan Old Style', 'Palatino Linotype', serif",
  fontSizeBase: '0.9rem',
  borderRadius: 14,
  spacingUnit: '7px',
  density: 'compact',
} satisfies Appearance;

/** The same brand in a light variant, for the runtime light / dark switch. */
export const SPA_BRAND_LIGHT = {
  ...SPA_BRAND,
  colorScheme: 'light',
  colorBackground: '#f6faf7',
  colorText: '#14271f',
  colorTextMuted: '#4a6357',
  colorBorder: '#cfe0d6',
  colorPrimary: '#1d6b4a',
  colorPrimaryText: '#ffffff',
  colorDanger: '#a3221b',
  colorWarning: '#7a4900',
  colorSuccess: '#17652b',
} satisfies Appearance;
