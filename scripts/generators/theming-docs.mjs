// docs/theming-parts.md: every element's CSS parts (`::part`) and the custom properties it documents
// (`@cssprop`), read from custom-elements.json, so the theming guide's part map can never drift from
// the elements. Run by `npm run analyze`; `npm run analyze:check` fails when it is stale.

const cell = (text) => String(text ?? '').replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ').trim();

/** @param {import('../manifest-elements.mjs').ManifestElement[]} elements */
export async function generate(elements) {
  const lines = [
    '# CSS parts and element tokens',
    '',
    '<!-- Generated from custom-elements.json by scripts/generators/theming-docs.mjs (npm run analyze): do not edit. -->',
    '',
    'Style the pieces of an element from outside its shadow root with `::part()`, for example',
    '`client-list::part(create-button) { text-transform: uppercase; }`. The shared `--client-*` tokens',
    'are in [theming.md](theming.md); the element tokens below are read by one element only.',
    '',
  ];
  const withParts = elements.filter((element) => element.cssParts.length > 0 || element.cssProperties.length > 0);
  lines.push('| element | parts | element tokens |', '|---|---|---|');
  for (const element of withParts) {
    const own = element.cssProperties.filter((property) => !isShared(property.name));
    lines.push(`| [\`<${element.tagName}>\`](#${element.tagName}) | ${element.cssParts.length} | ${own.length} |`);
  }
  for (const element of withParts) {
    lines.push('', `## \`<${element.tagName}>\``, '');
    if (element.cssParts.length > 0) {
      lines.push('| part | what it is |', '|---|---|');
      for (const part of [...element.cssParts].sort((a, b) => a.name.localeCompare(b.name))) lines.push(`| \`${part.name}\` | ${cell(part.description)} |`);
    } else {
      lines.push('No parts.');
    }
    const own = element.cssProperties.filter((property) => !isShared(property.name));
    if (own.length > 0) {
      lines.push('', '| element token | what it sets |', '|---|---|');
      for (const property of [...own].sort((a, b) => a.name.localeCompare(b.name))) lines.push(`| \`${property.name}\` | ${cell(property.description)} |`);
    }
  }
  const without = elements.filter((element) => !withParts.includes(element)).map((element) => `\`<${element.tagName}>\``);
  if (without.length > 0) lines.push('', `Without parts or element tokens: ${without.join(', ')}.`);
  return [{ path: 'docs/theming-parts.md', content: `${lines.join('\n')}\n` }];
}

/** The shared tokens (theming.md) that elements also list with @cssprop. */
const SHARED = /^--client-(color-|radius|spacing|density|font-|shadow)/;
function isShared(name) {
  return SHARED.test(name) || name === '--client-font-size';
}
