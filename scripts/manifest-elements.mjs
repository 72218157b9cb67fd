// The custom elements as a host sees them, read from custom-elements.json: one entry per tag with its
// public attributes, properties, events, slots, CSS parts and custom properties (private, protected,
// static and @internal members left out). The framework generators (scripts/generators/) and the
// docs read this, so they all describe the same public surface.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const isPublic = (member) => member.privacy !== 'private' && member.privacy !== 'protected' && !member.static && !member.name.startsWith('#');

/**
 * @typedef {{ name: string, type: string, description: string, attribute?: string, readonly: boolean, default?: string }} ElementProperty
 * @typedef {{ name: string, description: string }} Named
 * @typedef {{
 *   tagName: string, className: string, summary: string, description: string,
 *   module: string, defineModule: string | undefined,
 *   attributes: { name: string, fieldName?: string, type: string, description: string }[],
 *   properties: ElementProperty[], events: Named[], slots: Named[], cssParts: Named[], cssProperties: Named[],
 * }} ManifestElement
 */

/** @returns {ManifestElement[]} sorted by tag name. `defineModule`: src/define/<tag>.ts when it exists. */
export function manifestElements(root, manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'))) {
  const elements = [];
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.customElement || !declaration.tagName) continue;
      const defineModule = `src/define/${declaration.tagName}.ts`;
      elements.push({
        tagName: declaration.tagName,
        className: declaration.name,
        summary: declaration.summary ?? '',
        description: declaration.description ?? '',
        module: module.path,
        defineModule: existsSync(join(root, defineModule)) ? defineModule : undefined,
        attributes: (declaration.attributes ?? []).map((a) => ({
          name: a.name,
          ...(a.fieldName ? { fieldName: a.fieldName } : {}),
          type: a.type?.text ?? 'string',
          description: a.description ?? '',
        })),
        properties: (declaration.members ?? [])
          .filter((m) => m.kind === 'field' && isPublic(m))
          .map((m) => ({
            name: m.name,
            type: m.type?.text ?? 'unknown',
            description: m.description ?? '',
            ...(m.attribute ? { attribute: m.attribute } : {}),
            readonly: Boolean(m.readonly),
            ...(m.default !== undefined ? { default: m.default } : {}),
          })),
        events: (declaration.events ?? []).filter((e) => e.name).map((e) => ({ name: e.name, description: e.description ?? '' })),
        slots: (declaration.slots ?? []).map((s) => ({ name: s.name ?? '', description: s.description ?? '' })),
        cssParts: (declaration.cssParts ?? []).map((p) => ({ name: p.name, description: p.description ?? '' })),
        cssProperties: (declaration.cssProperties ?? []).map((p) => ({ name: p.name, description: p.description ?? '' })),
      });
    }
  }
  return elements.sort((a, b) => a.tagName.localeCompare(b.tagName));
}

/** `client-tab-change` → `onClientTabChange` (the React event prop name). */
export function eventPropName(eventName) {
  return `on${eventName.replace(/(^|-)([a-z0-9])/g, (_, __, c) => c.toUpperCase())}`;
}
