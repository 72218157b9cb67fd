import { createContext } from '@lit/context';
import type { ClientDataAdapter } from '../adapter/contract.js';
import type { Locale } from '../i18n/locale.js';
import type { StringOverrides } from '../i18n/overrides.js';
import type { Permission, SessionUser } from '../model/session.js';
import { MAJOR } from '../version.js';

/**
 * Context keys are plain strings that name the protocol generation (`@1`), not symbols or objects:
 * two bundled copies of the library with the same MAJOR share one `<client-provider>`, and a
 * consumer of another generation never reads a value whose shape it does not know.
 */
export const CONTEXT_KEYS = {
  adapter: `clientela/adapter@${MAJOR}`,
  locale: `clientela/locale@${MAJOR}`,
  permissions: `clientela/permissions@${MAJOR}`,
  currentUser: `clientela/current-user@${MAJOR}`,
  permissionsPending: `clientela/permissions-pending@${MAJOR}`,
  strings: `clientela/strings@${MAJOR}`,
} as const;

/** Formatting settings a provider gives its descendants. */
export interface LocaleSettings {
  /**
   * The catalog locale the provider imposes; undefined when the provider has no `locale`, so each
   * element follows the nearest `lang` attribute, else `<html lang>`.
   */
  locale?: Locale;
  /** ISO 4217 code for new amounts (existing Money values carry their own currency). */
  currency: string;
  /** IANA time zone in which instants are shown, e.g. `Europe/Madrid`. */
  timeZone: string;
}

/** What the provider sends: the settings plus the `locale` tag as the host wrote it. */
export interface ProvidedLocaleSettings extends LocaleSettings {
  /**
   * The provider's `locale` as given (`fr`, `es-MX`), so an element can match it against an extra
   * locale of the provider's `strings`; undefined when the provider has no `locale`.
   */
  tag?: string;
}

/** The data adapter, already wrapped by `withValidation` (every response zod-parsed). */
export const adapterContext = createContext<ClientDataAdapter | undefined>(CONTEXT_KEYS.adapter);

/** Locale, currency and time zone. */
export const localeContext = createContext<ProvidedLocaleSettings | undefined>(CONTEXT_KEYS.locale);

/** What the current user may do; the UI hides or disables the rest. */
export const permissionsContext = createContext<readonly Permission[] | undefined>(CONTEXT_KEYS.permissions);

/** The signed-in user from `adapter.session`, or null when the adapter has no session (or it failed). */
export const currentUserContext = createContext<SessionUser | null | undefined>(CONTEXT_KEYS.currentUser);

/**
 * True while the provider is still loading the session that decides the permissions (which are none
 * meanwhile): elements show their loading state then, not a "not allowed" that would flash.
 */
export const permissionsPendingContext = createContext<boolean | undefined>(CONTEXT_KEYS.permissionsPending);

/**
 * The host's string overrides per locale tag (the provider's `strings`): consumers lay them over
 * the built-in catalogs, and a tag other than en / es / pt-BR is an extra locale.
 */
export const stringsContext = createContext<StringOverrides | undefined>(CONTEXT_KEYS.strings);
