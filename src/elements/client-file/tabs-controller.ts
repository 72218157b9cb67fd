import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface TabsControllerOptions {
  /** Ids of the tabs to show, in order. */
  tabs: () => readonly string[];
  /** The selected tab's id. */
  selected: () => string | undefined;
  /** The user activated a tab (click, Enter or Space, or the overflow menu). */
  activate: (id: string) => void;
  /** The host's shadow root (or render root), where the tab bar is rendered. */
  root: () => ParentNode;
}

/**
 * The behaviour of a WAI-ARIA tab list with manual activation, and its overflow menu:
 *
 * - Roving tabindex: one tab is in the page's tab sequence (the selected one, or the one the arrow
 *   keys moved to); ArrowLeft / ArrowRight (mirrored in right-to-left text) move focus and wrap,
 *   Home / End go to the first / last tab; Enter or Space activates (tabs are buttons). Activation is
 *   manual because a tab's code and data load the first time it opens: moving through the tabs
 *   with the arrows must not load each one.
 * - Overflow: a ResizeObserver watches the tab bar; the tabs that do not fit collapse into a
 *   "More" menu (role=menu, native popover), the selected tab always staying visible. Widths are
 *   measured on a hidden copy of the labels, so they follow the locale.
 *
 * The host renders (see client-file.ts): `.tabbar` > `[role=tablist]` with `[role=tab][data-tab]`
 * buttons for `visible`, a `.more` button and `[role=menu]` popover with `[role=menuitem][data-tab]`
 * items for `overflow`, and `.measure` with one `[data-tab]` span per tab plus `.measure-more`.
 */
export class TabsController implements ReactiveController {
  private _focused: string | undefined;
  private layout: { widths: Map<string, number>; available: number; moreWidth: number; gap: number } | undefined;
  private observer: ResizeObserver | undefined;
  private observed: Element[] = [];
  /** Between the host's render and the end of its update (its DOM is being committed). */
  private updating = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: TabsControllerOptions,
  ) {
    host.addController(this);
  }

  /** The tab that is in the tab sequence (tabindex 0). */
  get focused(): string | undefined {
    const tabs = this.visible;
    if (this._focused && tabs.includes(this._focused)) return this._focused;
    const selected = this.options.selected();
    return selected && tabs.includes(selected) ? selected : tabs[0];
  }

  /** Tabs shown in the tab list. */
  get visible(): string[] {
    const overflow = new Set(this.overflow);
    return this.options.tabs().filter((id) => !overflow.has(id));
  }

  /** Tabs collapsed into the overflow menu (from the last measurement and the current selection). */
  get overflow(): readonly string[] {
    const layout = this.layout;
    if (!layout) return [];
    return computeOverflow(this.options.tabs(), layout.widths, layout.available, layout.moreWidth, layout.gap, this.options.selected());
  }

  hostConnected(): void {
    for (const element of this.observed) this.observer?.observe(element);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  hostUpdate(): void {
    this.updating = true;
  }

  hostUpdated(): void {
    this.updating = false;
    const root = this.options.root();
    const bar = root.querySelector<HTMLElement>('.tabbar');
    const measure = root.querySelector<HTMLElement>('.measure');
    const elements = bar && measure ? [bar, measure] : [];
    if (elements.length !== this.observed.length || elements.some((element, index) => element !== this.observed[index])) {
      this.observer?.disconnect();
      this.observed = elements;
      if (!elements.length) return;
      // Measured after layout and before paint: the first frame already shows the right overflow.
      this.observer ??= new ResizeObserver(() => this.measure());
      for (const element of elements) this.observer.observe(element);
    }
  }

  /** Keyboard handling of the tab list (bind to its keydown). */
  readonly onKeydown = (event: KeyboardEvent): void => {
    const tabs = this.visible;
    if (!tabs.length) return;
    const current = (event.target as HTMLElement | null)?.closest?.<HTMLElement>('[role="tab"]')?.dataset['tab'] ?? this.focused;
    const index = current ? tabs.indexOf(current) : -1;
    const rtl = getComputedStyle(this.host).direction === 'rtl';
    let next: number | undefined;
    switch (event.key) {
      case 'ArrowRight':
        next = rtl ? index - 1 : index + 1;
        break;
      case 'ArrowLeft':
        next = rtl ? index + 1 : index - 1;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = tabs.length - 1;
        break;
      default:
        return;
    }
    event.preventDefault();
    const target = tabs[(next + tabs.length) % tabs.length]!;
    this.focusTab(target);
  };

  /** Forget the arrow-key focus when focus leaves the tab list (bind to its focusout). */
  readonly onFocusout = (event: FocusEvent): void => {
    const list = event.currentTarget as HTMLElement;
    if (list.contains(event.relatedTarget as Node | null) || this._focused === undefined) return;
    this._focused = undefined;
    // Focus also leaves when the host's own update removes the focused tab (another client is
    // loading, or the tab moved into the menu): the browser fires focusout while that update commits
    // its DOM, whose render already fell back to the selected tab. Asking for another update from
    // there is what Lit warns about ("scheduled an update after an update completed").
    if (!this.updating) this.host.requestUpdate();
  };

  /** Moves focus to a visible tab (roving tabindex). */
  focusTab(id: string): void {
    this._focused = id;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => {
      this.options.root().querySelector<HTMLElement>(`[role="tab"][data-tab="${CSS.escape(id)}"]`)?.focus();
    });
  }

  /** Keyboard handling of the overflow menu (bind to its keydown). */
  readonly onMenuKeydown = (event: KeyboardEvent): void => {
    const menu = event.currentTarget as HTMLElement;
    const items = [...menu.querySelectorAll<HTMLElement>('[role="menuitem"]')];
    const index = items.indexOf(event.target as HTMLElement);
    let next: number | undefined;
    switch (event.key) {
      case 'ArrowDown':
        next = index + 1;
        break;
      case 'ArrowUp':
        next = index - 1;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = items.length - 1;
        break;
      case 'Tab':
        menu.hidePopover?.();
        return;
      default:
        return;
    }
    event.preventDefault();
    items[(next + items.length) % items.length]?.focus();
  };

  /** Opens the menu from the keyboard (ArrowDown / ArrowUp on the More button) or positions it. */
  readonly onMoreKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    const menu = this.options.root().querySelector<HTMLElement>('[role="menu"]');
    if (!menu) return;
    if (!menu.matches(':popover-open')) menu.showPopover();
    const items = menu.querySelectorAll<HTMLElement>('[role="menuitem"]');
    (event.key === 'ArrowDown' ? items[0] : items[items.length - 1])?.focus();
  };

  /** Places the menu under the More button when it opens, and focuses an item (bind to toggle). */
  readonly onMenuToggle = (event: Event): void => {
    const menu = event.currentTarget as HTMLElement;
    const more = this.options.root().querySelector<HTMLElement>('button.more');
    const open = (event as ToggleEvent).newState === 'open';
    more?.setAttribute('aria-expanded', String(open));
    if (!open || !more) return;
    const anchor = more.getBoundingClientRect();
    const width = menu.offsetWidth;
    const left = Math.max(4, Math.min(anchor.right - width, window.innerWidth - width - 4));
    menu.style.top = `${anchor.bottom + 4}px`;
    menu.style.left = `${left}px`;
    const focused = menu.querySelector<HTMLElement>('[role="menuitem"]:focus');
    if (!focused) menu.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  };

  /** Measures the tab bar and the labels; re-renders the host when the overflow changes. */
  measure(): void {
    const root = this.options.root();
    const bar = root.querySelector<HTMLElement>('.tabbar');
    const measure = root.querySelector<HTMLElement>('.measure');
    if (!bar || !measure) return;
    const widths = new Map<string, number>();
    for (const span of measure.querySelectorAll<HTMLElement>('[data-tab]')) {
      widths.set(span.dataset['tab']!, span.getBoundingClientRect().width);
    }
    const before = this.overflow.join('\u0000');
    this.layout = {
      widths,
      available: bar.clientWidth,
      moreWidth: measure.querySelector<HTMLElement>('.measure-more')?.getBoundingClientRect().width ?? 0,
      gap: parseFloat(getComputedStyle(bar).columnGap) || 0,
    };
    if (this.overflow.join('\u0000') !== before) this.host.requestUpdate();
  }
}

/**
 * Which tabs go into the overflow menu so that the rest (plus the More button) fit `available`
 * pixels. The selected tab always stays out of the menu.
 */
export function computeOverflow(
  tabs: readonly string[],
  widths: ReadonlyMap<string, number>,
  available: number,
  moreWidth: number,
  gap: number,
  selected: string | undefined,
): string[] {
  const width = (id: string) => widths.get(id) ?? 0;
  const total = tabs.reduce((sum, id, index) => sum + width(id) + (index ? gap : 0), 0);
  if (total <= available + 0.5 || tabs.length <= 1) return [];
  const room = available - moreWidth - gap;
  const shown: string[] = [];
  let used = 0;
  for (const id of tabs) {
    const next = used + width(id) + (shown.length ? gap : 0);
    if (next > room + 0.5) break;
    shown.push(id);
    used = next;
  }
  if (selected && tabs.includes(selected) && !shown.includes(selected)) {
    while (shown.length && used + gap + width(selected) > room + 0.5) {
      const dropped = shown.pop()!;
      used -= width(dropped) + (shown.length ? gap : 0);
    }
    shown.push(selected);
  }
  if (!shown.length && tabs[0]) shown.push(selected && tabs.includes(selected) ? selected : tabs[0]);
  return tabs.filter((id) => !shown.includes(id));
}
