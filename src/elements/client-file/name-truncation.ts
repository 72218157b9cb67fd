import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Keeps a clamped heading honest: when its text does not fit (more lines than the clamp allows, or
 * one word wider than the heading), the heading gets the whole text as its `title` (hover) and
 * becomes focusable, and CSS shows it unclamped while focused. Words are never broken; see
 * `.name` in client-file.styles.ts.
 *
 * It sets attributes on the rendered element directly (the template binds neither), from a
 * ResizeObserver and after each host update, so it never schedules another update of the host.
 */
export class NameTruncation implements ReactiveController {
  private observer: ResizeObserver | undefined;
  private observed: HTMLElement | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly find: () => HTMLElement | null,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const element = this.find() ?? undefined;
    if (element !== this.observed) {
      this.observer?.disconnect();
      this.observed = element;
      if (element) {
        this.observer ??= new ResizeObserver(() => this.check());
        this.observer.observe(element);
      }
    }
    this.check();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observed = undefined;
  }

  /** Measures again (bind to the heading's blur: it is not measured while focused). */
  readonly check = (): void => {
    const element = this.observed;
    if (!element || element.matches(':focus')) return; // unclamped while focused: measure when it blurs
    const truncated = element.scrollHeight > element.clientHeight + 1 || element.scrollWidth > element.clientWidth + 1;
    if (truncated) {
      element.title = element.textContent?.trim() ?? '';
      element.tabIndex = 0;
    } else {
      element.removeAttribute('title');
      element.removeAttribute('tabindex');
    }
  };
}
