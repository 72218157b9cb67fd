import { LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ClientDataAdapter } from '../adapter/contract.js';
import { withValidation } from '../adapter/validating-adapter.js';
import { ContextSubscription } from '../context/context-subscription.js';
import { adapterContext, currentUserContext, permissionsContext, permissionsPendingContext } from '../context/keys.js';
import type { LocaleSettings } from '../context/keys.js';
import { LocalizeController } from '../i18n/localize-controller.js';
import type { StringsSource } from '../i18n/strings.js';
import { ALL_PERMISSIONS, can } from '../model/session.js';
import type { Permission, SessionUser } from '../model/session.js';
import { VERSION } from '../version.js';

/** Names of the events in HTMLElementEventMap that are CustomEvents (declare yours there). */
export type CustomEventName = {
  [K in keyof HTMLElementEventMap]: HTMLElementEventMap[K] extends CustomEvent<unknown> ? K : never;
}[keyof HTMLElementEventMap];

/** The `detail` type of a declared custom event. */
export type EventDetail<K extends CustomEventName> = HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never;

export type EmitOptions = Omit<CustomEventInit, 'detail'>;

type EmitArgs<K extends CustomEventName> = undefined extends EventDetail<K>
  ? [detail?: EventDetail<K>, options?: EmitOptions]
  : [detail: EventDetail<K>, options?: EmitOptions];

/**
 * Base class of every clientela element.
 *
 * - `static version`: the library version, read by `defineElement` to tell copies apart.
 * - `adapter`: the data adapter from the nearest `<client-provider>`, unless one is set on the
 *   element itself (which wins, and is wrapped by `withValidation` like the provider's).
 * - `permissions` / `can(permission)`: from the provider unless set on the element; with neither,
 *   every permission (the backend enforces the real rules).
 * - `localize`: text catalog and Intl formatters following the provider's locale or `lang`; the first
 *   render waits for the strings of a locale not loaded yet (`static strings` names the areas).
 * - `emit(name, detail)`: a typed, bubbling, composed CustomEvent (declare it in HTMLElementEventMap).
 *
 * Context consumption uses controllers (not `@consume`), so it works with the legacy decorators the
 * project compiles with, reports context changes as changes of `adapter` / `permissions` in
 * `changedProperties`, and survives providers defined after their consumers.
 */
export class ClientelaElement extends LitElement {
  static version: string = VERSION;

  /**
   * The string areas (beyond the base catalog) this element's templates read; subclasses list theirs,
   * e.g. `static override strings = [listStrings]`.
   */
  static strings: readonly StringsSource[] = [];

  /** Text catalog and formatters for the current locale. */
  protected readonly localize = new LocalizeController(this, (this.constructor as typeof ClientelaElement).strings);

  /** The adapter from context. @internal */
  @state() private contextAdapter: ClientDataAdapter | undefined;
  /** The permissions from context. @internal */
  @state() private contextPermissions: readonly Permission[] | undefined;
  /** The signed-in user from context. @internal */
  @state() private contextUser: SessionUser | null | undefined;

  private ownAdapter: ClientDataAdapter | undefined;
  private validatedOwn: { source: ClientDataAdapter; validated: ClientDataAdapter } | undefined;
  private ownPermissions: readonly Permission[] | undefined;

  private readonly adapterSubscription = new ContextSubscription(this, adapterContext, (value) => {
    const old = this.adapter;
    this.contextAdapter = value;
    if (this.ownAdapter === undefined) this.requestUpdate('adapter', old);
  });

  private readonly permissionsSubscription = new ContextSubscription(this, permissionsContext, (value) => {
    const old = this.permissions;
    this.contextPermissions = value;
    if (this.ownPermissions === undefined) this.requestUpdate('permissions', old);
  });

  private readonly userSubscription = new ContextSubscription(this, currentUserContext, (value) => {
    this.contextUser = value;
  });

  /** The provider is still loading the session. @internal */
  @state() private contextPermissionsPending = false;

  private readonly pendingSubscription = new ContextSubscription(this, permissionsPendingContext, (value) => {
    this.contextPermissionsPending = value === true;
  });

  /**
   * The data adapter this element uses: one set on the element itself, else the provider's. Setting
   * it overrides the provider for this element; setting `undefined` returns to the provider's.
   * Reading it returns the validating wrapper of what was set.
   */
  @property({ attribute: false })
  get adapter(): ClientDataAdapter | undefined {
    const own = this.ownAdapter;
    if (own === undefined) return this.contextAdapter;
    if (this.validatedOwn?.source !== own) this.validatedOwn = { source: own, validated: withValidation(own) };
    return this.validatedOwn.validated;
  }
  set adapter(value: ClientDataAdapter | undefined) {
    this.ownAdapter = value ?? undefined;
  }

  /**
   * What the current user may do here: set on the element, else the provider's, else every
   * permission.
   */
  @property({ attribute: false })
  get permissions(): readonly Permission[] {
    return this.ownPermissions ?? this.contextPermissions ?? ALL_PERMISSIONS;
  }
  set permissions(value: readonly Permission[] | undefined) {
    this.ownPermissions = value ?? undefined;
  }

  /** The signed-in user the provider loaded from `adapter.session`; null when unknown. */
  get currentUser(): SessionUser | null {
    return this.contextUser ?? null;
  }

  /**
   * True while the provider is still loading the session that decides `permissions` (none
   * meanwhile) and none are set on the element: show a loading state then, not "not allowed".
   */
  protected get permissionsPending(): boolean {
    return this.ownPermissions === undefined && this.contextPermissionsPending;
  }

  /** Locale, currency and time zone in effect (resolved: never undefined). */
  get localeSettings(): Required<LocaleSettings> {
    return { locale: this.localize.locale, currency: this.localize.currency, timeZone: this.localize.timeZone };
  }

  /** Whether a provider answered for the adapter context (false for a standalone element). */
  protected get hasProvider(): boolean {
    return this.adapterSubscription.answered || this.permissionsSubscription.answered || this.userSubscription.answered;
  }

  /**
   * Waits for the locale's strings (another locale than English loads on first use), then renders;
   * checks again after waiting, in case the locale changed meanwhile.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const strings = this.localize.ready();
    return strings ? strings.then(() => this.scheduleUpdate()) : super.scheduleUpdate();
  }

  /** Whether the current user may do `permission`. */
  can(permission: Permission): boolean {
    return can(this.permissions, permission);
  }

  /**
   * Dispatches a CustomEvent that bubbles and is composed (crosses shadow roots), not cancelable
   * unless `options` says so. Returns the event (check `defaultPrevented` when cancelable).
   */
  emit<K extends CustomEventName>(name: K, ...[detail, options]: EmitArgs<K>): HTMLElementEventMap[K] {
    const event = new CustomEvent(name, {
      bubbles: true,
      composed: true,
      cancelable: false,
      ...options,
      detail,
    });
    this.dispatchEvent(event);
    // Through unknown: the map's details intersect to never when two share a field of disjoint types.
    return event as unknown as HTMLElementEventMap[K];
  }
}
