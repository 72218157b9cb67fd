import { ContextProvider } from '@lit/context';
import { LitElement, css, html } from 'lit';
import type { PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ClientDataAdapter } from '../adapter/contract.js';
import { withValidation } from '../adapter/validating-adapter.js';
import { defaultTimeZone } from '../i18n/format.js';
import { resolveLocaleOrUndefined } from '../i18n/locale.js';
import type { StringOverrides } from '../i18n/overrides.js';
import { ALL_PERMISSIONS } from '../model/session.js';
import type { Permission, Session } from '../model/session.js';
import { AppearanceApplier } from '../theme/apply-appearance.js';
import type { Appearance } from '../theme/appearance.js';
import { VERSION } from '../version.js';
import { adapterContext, currentUserContext, localeContext, permissionsContext, permissionsPendingContext, stringsContext } from './keys.js';
import type { ProvidedLocaleSettings } from './keys.js';

/** Where the provided permissions come from. */
export type PermissionsSource = 'property' | 'session' | 'session-loading' | 'session-failed' | 'all';

/**
 * Gives every `client-*` element inside it the data adapter, the locale, currency and time zone, and
 * the current user's permissions (through @lit/context). It renders nothing of its own
 * (`display: contents`): wrap the elements of the clients module in it once.
 *
 * The adapter is provided wrapped by `withValidation`, so every response a host backend sends is
 * zod-parsed before an element sees it. Permissions: the `permissions` property if set; else, when
 * the adapter has a `session` namespace, those of `adapter.session.get()` (none while it loads or if
 * it fails); else every permission.
 *
 * Theming: `appearance` (colors, font, radius, spacing, density, light / dark) sets the `--client-*`
 * tokens on the provider, which every element below inherits. Text: `strings` overrides any string
 * per locale, and adds locales of the host's own (see docs/theming.md and docs/strings.md).
 *
 * @tagname client-provider
 * @summary Provides the adapter, locale settings and permissions to the clients module's elements.
 *
 * @slot - The elements that use the provided adapter, locale and permissions.
 */
export class ClientProvider extends LitElement {
  static version: string = VERSION;

  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** The host's data adapter (implementing `ClientDataAdapter`). Property only. */
  @property({ attribute: false }) adapter?: ClientDataAdapter;

  /**
   * The UI language: `en`, `es` or `pt-BR` (any `es-*` tag selects Spanish, any `pt*` tag Brazilian
   * Portuguese, other tags English), or a locale the host supplies in `strings` (`fr`: its strings,
   * English for the rest, Intl formatting in `fr`). Unset: each element follows the nearest `lang`
   * attribute, else `<html lang>`.
   */
  @property({ reflect: true }) locale?: string;

  /** ISO 4217 code for new amounts (existing amounts carry their own currency). */
  @property() currency = 'EUR';

  /** IANA time zone in which dates and times are shown. Default: the browser's. */
  @property({ attribute: 'time-zone' }) timeZone: string = defaultTimeZone();

  /**
   * What the current user may do. Unset: taken from `adapter.session.get()` when the adapter has a
   * session, else every permission. Property only.
   */
  @property({ attribute: false }) permissions?: readonly Permission[];

  /**
   * Brand variables mapped onto the `--client-*` tokens: `colorPrimary`, `colorPrimaryText`,
   * `colorBackground`, `colorText`, `colorTextMuted`, `colorBorder`, `colorDanger`, `colorWarning`,
   * `colorSuccess`, `fontFamily`, `fontSizeBase`, `borderRadius`, `spacingUnit`, `density`
   * (`compact` | `comfortable` | a factor) and `colorScheme` (`light` | `dark` | `auto`). Set through
   * CSSOM (strict-CSP safe); assigning another object re-applies it, and keys it lacks go back to
   * the defaults. An unknown key or a malformed value warns once and keeps that token's default.
   * Property only.
   */
  @property({ attribute: false }) appearance?: Appearance;

  /**
   * Partial string overrides per locale tag: `{ en: { list: { searchPlaceholder: '…' } } }`. A tag
   * other than en / es / pt-BR (`fr`) adds a locale, chosen by `locale` or the nearest `lang`; its
   * missing keys fall back to English. Assign a new object to change them at runtime. An unknown key
   * or a value of the wrong kind warns once (with its path) and is ignored. Property only.
   */
  @property({ attribute: false }) strings?: StringOverrides;

  /** The session loaded from `adapter.session`, if any. @internal */
  @state() private session: Session | undefined;

  /** The session request failed; permissions are none. @internal */
  @state() private sessionError: unknown;

  private readonly adapterProvider = new ContextProvider(this, { context: adapterContext });
  private readonly localeProvider = new ContextProvider(this, { context: localeContext });
  private readonly permissionsProvider = new ContextProvider(this, { context: permissionsContext });
  private readonly userProvider = new ContextProvider(this, { context: currentUserContext });
  private readonly pendingProvider = new ContextProvider(this, { context: permissionsPendingContext });
  private readonly stringsProvider = new ContextProvider(this, { context: stringsContext });
  private readonly appearanceApplier = new AppearanceApplier(this);

  private wrapped: { source: ClientDataAdapter; validated: ClientDataAdapter } | undefined;
  private sessionLoad: { adapter: ClientDataAdapter; controller: AbortController; settled: boolean } | undefined;

  /** The adapter given to descendants (the `adapter` property wrapped by `withValidation`). */
  get providedAdapter(): ClientDataAdapter | undefined {
    const source = this.adapter;
    if (!source) return undefined;
    if (this.wrapped?.source !== source) this.wrapped = { source, validated: withValidation(source) };
    return this.wrapped.validated;
  }

  /** The permissions given to descendants. */
  get providedPermissions(): readonly Permission[] {
    switch (this.permissionsSource) {
      case 'property':
        return this.permissions ?? [];
      case 'session':
        return this.session?.permissions ?? [];
      case 'all':
        return ALL_PERMISSIONS;
      default:
        return [];
    }
  }

  /** Where the provided permissions come from; `session-loading` until the session arrives. */
  get permissionsSource(): PermissionsSource {
    if (this.permissions) return 'property';
    if (!this.adapter?.session) return 'all';
    if (this.sessionError !== undefined) return 'session-failed';
    return this.session ? 'session' : 'session-loading';
  }

  /** The locale settings given to descendants. */
  get providedLocaleSettings(): ProvidedLocaleSettings {
    const locale = resolveLocaleOrUndefined(this.locale);
    return {
      ...(locale ? { locale, tag: this.locale!.trim() } : {}),
      currency: this.currency || 'EUR',
      timeZone: this.timeZone || defaultTimeZone(),
    };
  }

  override connectedCallback(): void {
    // Provide before children connect and ask, so that non-subscribing consumers get real values.
    this.syncContexts(undefined);
    super.connectedCallback();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.sessionLoad && !this.sessionLoad.settled) {
      this.sessionLoad.controller.abort();
      this.sessionLoad = undefined;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.syncContexts(changed);
  }

  private syncContexts(changed: PropertyValues<this> | undefined): void {
    if (!changed || changed.has('adapter')) {
      this.adapterProvider.setValue(this.providedAdapter);
      this.loadSession();
    }
    if (!changed || changed.has('locale') || changed.has('currency') || changed.has('timeZone')) {
      const next = this.providedLocaleSettings;
      const current = this.localeProvider.value;
      if (
        !current ||
        current.locale !== next.locale ||
        current.tag !== next.tag ||
        current.currency !== next.currency ||
        current.timeZone !== next.timeZone
      ) {
        this.localeProvider.setValue(next);
      }
    }
    if (!changed || changed.has('strings')) this.stringsProvider.setValue(this.strings);
    if (!changed || changed.has('appearance')) this.appearanceApplier.apply(this.appearance);
    const permissions = this.providedPermissions;
    const currentPermissions = this.permissionsProvider.value;
    if (!currentPermissions || !samePermissions(currentPermissions, permissions)) {
      this.permissionsProvider.setValue(permissions);
    }
    this.userProvider.setValue(this.session?.user ?? null);
    this.pendingProvider.setValue(this.permissionsSource === 'session-loading');
  }

  /**
   * Loads `adapter.session.get()` once per adapter when the adapter has a session. The result is
   * kept while the provider is moved in the DOM; a load still running when it disconnects is aborted.
   */
  private loadSession(): void {
    const current = this.providedAdapter;
    if (this.sessionLoad?.adapter === current) return;
    this.sessionLoad?.controller.abort();
    this.sessionLoad = undefined;
    this.session = undefined;
    this.sessionError = undefined;
    if (current?.session && this.isConnected) {
      this.sessionLoad = { adapter: current, controller: new AbortController(), settled: false };
      void this.fetchSession(this.sessionLoad);
    }
  }

  private async fetchSession(load: NonNullable<ClientProvider['sessionLoad']>): Promise<void> {
    try {
      const session = await load.adapter.session!.get({ signal: load.controller.signal });
      if (this.sessionLoad === load) this.session = session;
    } catch (error) {
      if (this.sessionLoad === load) {
        this.sessionError = error ?? new Error('session.get() failed');
        console.warn('[clientela] <client-provider> could not load the session; no permissions are granted.', error);
      }
    } finally {
      load.settled = true;
    }
  }

  override render() {
    return html`<slot></slot>`;
  }
}

function samePermissions(a: readonly Permission[], b: readonly Permission[]): boolean {
  return a === b || (a.length === b.length && a.every((permission) => b.includes(permission)));
}
