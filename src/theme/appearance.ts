import * as z from 'zod/mini';
import { tokenDefault, tokenNamed } from '../elements/shared/tokens.js';
import type { TokenName } from '../elements/shared/tokens.js';

/*
 * The `appearance` object of <client-provider>: a handful of brand variables instead of the whole
 * token set. Each maps onto one or more `--client-*` tokens (the subtle and hover variants are
 * derived with `color-mix()`), so a host restyles the module without reading its stylesheets.
 */

/** Whether the browser parses `value` as a CSS value of `property` (true where CSS is unknown: SSR). */
function supports(property: string, value: string): boolean {
  return typeof CSS === 'undefined' || typeof CSS.supports !== 'function' || CSS.supports(property, value);
}

const cssValue = (property: string, message: string, probe = (value: string) => value) =>
  z.string().check(z.trim(), z.minLength(1), z.refine((value) => supports(property, probe(value)), message));
const color = cssValue('color', 'is not a CSS color');
/** A length: a number of pixels or a CSS length (`0.5rem`, `6px`); one value, not a list. */
const length = z.union([z.number().check(z.nonnegative()), cssValue('width', 'is not a CSS length', (value) => `calc(${value} + 0px)`)]);
const fontFamily = cssValue('font-family', 'is not a CSS font-family');

export const AppearanceSchema = z.object({
  /** Primary buttons, the selected tab, links, the focus ring. */
  colorPrimary: z.optional(color),
  /** Text on the primary color. */
  colorPrimaryText: z.optional(color),
  /** Background of the elements; the subtle and hover backgrounds are mixed from it and the text color. */
  colorBackground: z.optional(color),
  /** Body text (also the default of the muted text and the borders, mixed with the background). */
  colorText: z.optional(color),
  colorTextMuted: z.optional(color),
  colorBorder: z.optional(color),
  colorDanger: z.optional(color),
  colorWarning: z.optional(color),
  colorSuccess: z.optional(color),
  fontFamily: z.optional(fontFamily),
  /** Base font size; the small and large sizes keep their ratio to it. */
  fontSizeBase: z.optional(length),
  /** Corner radius; small controls get half of it. */
  borderRadius: z.optional(length),
  /** The spacing unit every padding and gap is a multiple of. */
  spacingUnit: z.optional(length),
  /** `compact` (0.75), `comfortable` (1) or a factor between 0.5 and 1.5. */
  density: z.optional(z.union([z.enum(['compact', 'comfortable']), z.number().check(z.gte(0.5), z.lte(1.5))])),
  /** `light`, `dark`, or `auto` (the user's system preference). Unset: the host page's `color-scheme`. */
  colorScheme: z.optional(z.enum(['light', 'dark', 'auto'])),
});

/** What a host may pass as `appearance` (numbers for lengths are pixels). */
export type Appearance = z.input<typeof AppearanceSchema>;
export type AppearanceKey = keyof Appearance;
type Parsed = z.output<typeof AppearanceSchema>;

export const APPEARANCE_KEYS = Object.keys(AppearanceSchema.shape) as AppearanceKey[];

/** The custom properties (and `color-scheme`) an appearance sets, and what was wrong in it. */
export interface AppearanceStyles {
  readonly properties: ReadonlyMap<string, string>;
  readonly problems: readonly string[];
}

const DENSITY = { compact: '0.75', comfortable: '1' } as const;
const COLOR_SCHEME = { light: 'light', dark: 'dark', auto: 'light dark' } as const;

/** Which tokens each key sets, for the docs and for a host reading them. */
export const APPEARANCE_TOKENS: Readonly<Record<AppearanceKey, readonly string[]>> = {
  colorPrimary: ['--client-color-accent', '--client-color-accent-subtle', '--client-color-focus'],
  colorPrimaryText: ['--client-color-accent-text'],
  colorBackground: [
    '--client-color-surface',
    '--client-color-surface-subtle',
    '--client-color-surface-hover',
    '--client-color-border',
    '--client-color-text-muted',
    '--client-color-accent-subtle',
    '--client-color-danger-subtle',
    '--client-color-warning-subtle',
    '--client-color-success-subtle',
  ],
  colorText: ['--client-color-text', '--client-color-text-muted', '--client-color-border', '--client-color-surface-subtle', '--client-color-surface-hover'],
  colorTextMuted: ['--client-color-text-muted'],
  colorBorder: ['--client-color-border'],
  colorDanger: ['--client-color-danger', '--client-color-danger-subtle'],
  colorWarning: ['--client-color-warning', '--client-color-warning-subtle'],
  colorSuccess: ['--client-color-success', '--client-color-success-subtle'],
  fontFamily: ['--client-font-family'],
  fontSizeBase: ['--client-font-size', '--client-font-size-small', '--client-font-size-large'],
  borderRadius: ['--client-radius', '--client-radius-small'],
  spacingUnit: ['--client-spacing'],
  density: ['--client-density'],
  colorScheme: ['color-scheme'],
};

/**
 * Validates `appearance` key by key — an unknown key or a bad value is reported and left out, the
 * rest applies — and returns the properties to set on the provider.
 */
export function appearanceStyles(appearance: unknown): AppearanceStyles {
  const problems: string[] = [];
  const valid: Partial<Record<AppearanceKey, unknown>> = {};
  if (appearance !== undefined && appearance !== null) {
    if (typeof appearance !== 'object' || Array.isArray(appearance)) {
      problems.push('appearance must be an object');
    } else {
      for (const [key, value] of Object.entries(appearance)) {
        if (value === undefined) continue;
        const schema = (AppearanceSchema.shape as Record<string, z.ZodMiniType | undefined>)[key];
        if (!schema) {
          problems.push(`appearance.${key} is not an appearance key (known: ${APPEARANCE_KEYS.join(', ')})`);
          continue;
        }
        const result = schema.safeParse(value);
        if (result.success) valid[key as AppearanceKey] = result.data;
        else problems.push(`appearance.${key} = ${JSON.stringify(value)} ${result.error.issues[0]?.message ?? 'is not valid'}`);
      }
    }
  }
  return { properties: tokensFor(valid as Parsed), problems };
}

/** A length as CSS: numbers are pixels. */
const css = (length: number | string | undefined) => (typeof length === 'number' ? `${length}px` : length);
const fallback = (name: TokenName) => tokenDefault(tokenNamed(name));
const mix = (a: string, percent: number, b: string) => `color-mix(in srgb, ${a} ${percent}%, ${b})`;

function tokensFor(a: Parsed): Map<string, string> {
  const set = new Map<string, string>();
  const background = a.colorBackground ?? fallback('--client-color-surface');
  const text = a.colorText ?? fallback('--client-color-text');
  if (a.colorPrimary) {
    set.set('--client-color-accent', a.colorPrimary);
    set.set('--client-color-accent-subtle', mix(a.colorPrimary, 16, background));
    set.set('--client-color-focus', a.colorPrimary);
  }
  if (a.colorPrimaryText) set.set('--client-color-accent-text', a.colorPrimaryText);
  if (a.colorBackground) set.set('--client-color-surface', a.colorBackground);
  if (a.colorText) set.set('--client-color-text', a.colorText);
  // Backgrounds, borders and muted text follow a new background or text color unless given.
  if (a.colorBackground || a.colorText) {
    set.set('--client-color-surface-subtle', mix(background, 95, text));
    set.set('--client-color-surface-hover', mix(background, 90, text));
    set.set('--client-color-border', mix(background, 80, text));
    set.set('--client-color-text-muted', mix(text, 72, background));
  }
  if (a.colorTextMuted) set.set('--client-color-text-muted', a.colorTextMuted);
  if (a.colorBorder) set.set('--client-color-border', a.colorBorder);
  for (const [key, token] of [
    ['colorDanger', '--client-color-danger'],
    ['colorWarning', '--client-color-warning'],
    ['colorSuccess', '--client-color-success'],
  ] as const) {
    const value = a[key];
    if (value) {
      set.set(token, value);
      set.set(`${token}-subtle`, mix(value, 10, background));
    } else if (a.colorBackground) {
      // The default status colors on a new background: tint it instead of keeping light pastels.
      set.set(`${token}-subtle`, mix(fallback(token), 10, background));
    }
  }
  if (a.colorPrimary === undefined && a.colorBackground) set.set('--client-color-accent-subtle', mix(fallback('--client-color-accent'), 16, background));
  if (a.fontFamily) set.set('--client-font-family', a.fontFamily);
  const fontSize = css(a.fontSizeBase);
  if (fontSize) {
    // The default ratios: 0.8125rem and 1.125rem over a 0.875rem base.
    set.set('--client-font-size', fontSize);
    set.set('--client-font-size-small', `calc(${fontSize} * 0.9286)`);
    set.set('--client-font-size-large', `calc(${fontSize} * 1.2857)`);
  }
  const radius = css(a.borderRadius);
  if (radius) {
    set.set('--client-radius', radius);
    set.set('--client-radius-small', `calc(${radius} / 2)`);
  }
  const spacing = css(a.spacingUnit);
  if (spacing) set.set('--client-spacing', spacing);
  if (a.density !== undefined) set.set('--client-density', typeof a.density === 'number' ? String(a.density) : DENSITY[a.density]);
  if (a.colorScheme) set.set('color-scheme', COLOR_SCHEME[a.colorScheme]);
  return set;
}
