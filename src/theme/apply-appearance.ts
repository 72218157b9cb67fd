import { warnOnce } from '../context/warn-once.js';
import { appearanceStyles } from './appearance.js';

/**
 * Applies an `appearance` to an element through CSSOM (`style.setProperty`), which a strict
 * Content-Security-Policy allows (no style attribute string, no `<style>` text). Custom properties
 * and `color-scheme` inherit through a `display: contents` provider into every shadow root below.
 * Applying another appearance removes what the previous one set and the new one does not.
 */
export class AppearanceApplier {
  private applied = new Set<string>();

  constructor(private readonly element: HTMLElement) {}

  apply(appearance: unknown): void {
    const { properties, problems } = appearanceStyles(appearance);
    for (const problem of problems) warnOnce(`clientela: <client-provider> ${problem}; keeping the default.`);
    const style = this.element.style;
    for (const name of this.applied) if (!properties.has(name)) style.removeProperty(name);
    for (const [name, value] of properties) if (style.getPropertyValue(name) !== value) style.setProperty(name, value);
    this.applied = new Set(properties.keys());
  }
}
