/*
 * Host string overrides (`<client-provider>.strings`): partial catalogs per locale tag, laid over
 * the built-in catalogs for the elements under that provider. A tag other than en / es / pt-BR is an
 * extra locale the host supplies: its strings over those of the catalog its language resolves to
 * (English for `fr`), so every missing key falls back.
 *
 * The catalogs arrive part by part (strings.ts), so the overlay is lazy at the top level: an
 * overridden area is merged the first time it is read, and again when its part arrives. Keys are
 * checked against the catalog they override at that moment: an unknown key or a value of the wrong
 * kind warns once, with its path, and is ignored.
 */
import { warnOnce } from '../context/warn-once.js';
import { enBase } from './en.js';
import { LOCALES, resolveLocale } from './locale.js';
import type { Locale } from './locale.js';
import type { StringArea, Translation } from './translation.js';

/** Every key optional, all the way down; interpolation functions stay functions. */
export type DeepPartial<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;

/** Partial strings for one locale. */
export type StringsOverride = DeepPartial<Translation>;

/**
 * Overrides per BCP 47 tag: `en`, `es`, `pt-BR` change the built-in catalogs; any other tag (`fr`,
 * `de-CH`) is an extra locale, chosen when the provider's `locale` (or the nearest `lang`) matches it.
 */
export type StringOverrides = { readonly [L in Locale]?: StringsOverride } & { readonly [tag: string]: StringsOverride | undefined };

/** The areas of the catalog (`StringArea`), at runtime; the check below keeps it complete. */
const STRING_AREAS = ['list', 'file', 'tabs', 'import', 'demo', 'records', 'clinical', 'forms', 'commerce', 'visits', 'sales'] as const;
type MissingArea = Exclude<StringArea, (typeof STRING_AREAS)[number]>;
const areasComplete: [MissingArea] extends [never] ? true : MissingArea = true;
void areasComplete;

const TOP_LEVEL_KEYS = new Set<string>([...Object.keys(enBase), ...STRING_AREAS]);
const PLURAL_KEYS = new Set(['zero', 'one', 'two', 'few', 'many', 'other', '=0']);

const isBuiltIn = (tag: string): tag is Locale => (LOCALES as readonly string[]).includes(tag);
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isPluralForms = (value: Record<string, unknown>) => typeof value.other === 'string' && Object.keys(value).every((key) => PLURAL_KEYS.has(key));

/** The locale a provider or page asks for, matched against the host's overrides. */
export interface ResolvedLocale {
  /** The built-in catalog underneath (`en` for `fr`). */
  readonly catalog: Locale;
  /** The extra locale's key in the overrides (`fr`), if one matched. */
  readonly extra?: string;
  /** The BCP 47 tag for Intl formatting: the catalog locale, or the requested tag of an extra locale. */
  readonly tag: string;
}

/**
 * Matches a requested tag against the extra locales of `overrides`: the exact tag first (any case),
 * then its language (`fr-CA` → `fr`). Without a match, the built-in resolution (`es-MX` → `es`).
 */
export function resolveWithOverrides(requested: string | undefined, overrides: StringOverrides | undefined): ResolvedLocale | undefined {
  const wanted = requested?.trim().replace(/_/g, '-');
  if (!wanted) return undefined;
  const extras = Object.keys(overrides ?? {}).filter((tag) => !isBuiltIn(tag) && isRecord(overrides![tag]));
  const lower = wanted.toLowerCase();
  const language = lower.split('-')[0];
  const extra = extras.find((tag) => tag.toLowerCase() === lower) ?? extras.find((tag) => tag.toLowerCase() === language);
  if (!extra) return { catalog: resolveLocale(wanted), tag: resolveLocale(wanted) };
  return { catalog: resolveLocale(extra), extra, tag: canonicalTag(wanted) ?? canonicalTag(extra) ?? 'en' };
}

function canonicalTag(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

/** The override layers for a resolved locale, lowest first: the built-in locale's, then the extra's. */
export function overrideLayers(resolved: ResolvedLocale, overrides: StringOverrides | undefined): { layer: object; tag: string }[] {
  const layers: { layer: object; tag: string }[] = [];
  const builtIn = overrides?.[resolved.catalog];
  if (isRecord(builtIn)) layers.push({ layer: builtIn, tag: resolved.catalog });
  const extra = resolved.extra ? overrides?.[resolved.extra] : undefined;
  if (resolved.extra && isRecord(extra)) layers.push({ layer: extra, tag: resolved.extra });
  return layers;
}

const overlays = new WeakMap<object, WeakMap<object, Translation>>();

/**
 * `catalog` with `layer` over it (cached per pair). Not overridden top-level keys are read through
 * the prototype; overridden ones are merged when read, and re-merged when their part arrives.
 */
export function overlayCatalog(catalog: Translation, layer: object, tag: string): Translation {
  let byLayer = overlays.get(catalog);
  if (!byLayer) overlays.set(catalog, (byLayer = new WeakMap()));
  let overlay = byLayer.get(layer);
  if (overlay) return overlay;
  overlay = Object.create(catalog) as Translation;
  for (const [key, value] of Object.entries(layer)) {
    const path = `strings.${tag}.${key}`;
    if (!TOP_LEVEL_KEYS.has(key)) {
      warnOnce(`clientela: ${path} is not a key of the string catalog; ignored.`);
      continue;
    }
    let memo: { base: unknown; merged: unknown } | undefined;
    Object.defineProperty(overlay, key, {
      enumerable: true,
      get: () => {
        const base = (catalog as unknown as Record<string, unknown>)[key];
        if (base === undefined) return undefined; // an area no element has needed yet
        if (memo?.base !== base) memo = { base, merged: mergeValue(base, value, path) };
        return memo.merged;
      },
    });
  }
  byLayer.set(layer, overlay);
  return overlay;
}

/** `override` over `base` where it has the same kind; otherwise `base`, with a warning. */
function mergeValue(base: unknown, override: unknown, path: string): unknown {
  if (override === undefined) return base;
  if (typeof base === 'string') {
    if (typeof override === 'string') return override;
    warnOnce(`clientela: ${path} must be a string (got ${describe(override)}); ignored.`);
    return base;
  }
  if (typeof base === 'function') {
    if (typeof override === 'function') return override;
    warnOnce(`clientela: ${path} must be a function returning a string (got ${describe(override)}); ignored.`);
    return base;
  }
  if (isRecord(base)) {
    if (!isRecord(override)) {
      warnOnce(`clientela: ${path} must be an object of strings (got ${describe(override)}); ignored.`);
      return base;
    }
    const plural = isPluralForms(base);
    const merged: Record<string, unknown> = { ...base };
    for (const [key, value] of Object.entries(override)) {
      const childPath = `${path}.${key}`;
      if (key in base) merged[key] = mergeValue(base[key], value, childPath);
      else if (plural && PLURAL_KEYS.has(key) && typeof value === 'string') merged[key] = value; // a category another language needs
      else if (plural && PLURAL_KEYS.has(key)) warnOnce(`clientela: ${childPath} must be a string (got ${describe(value)}); ignored.`);
      else warnOnce(`clientela: ${childPath} is not a key of the string catalog; ignored.`);
    }
    return merged;
  }
  return base;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}
