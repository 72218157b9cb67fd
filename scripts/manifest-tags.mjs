// Compares the tags the library registers (every `defineElement('tag', Class)` call under src/) with
// the tags custom-elements.json describes, class by class. Anything generated from the manifest
// (framework wrappers, JSX types, docs pages) misses a tag the manifest lacks, so a difference fails.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const DEFINE_CALL = /\bdefineElement\(\s*['"]([a-z][a-z0-9-]*-[a-z0-9-]*)['"]\s*,\s*([A-Za-z_$][\w$]*)\s*\)/g;

function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Tag → { className, file } for every registration in the sources. */
export function definedTags(root) {
  const tags = new Map();
  for (const file of sourceFiles(join(root, 'src'))) {
    for (const [, tag, className] of readFileSync(file, 'utf8').matchAll(DEFINE_CALL)) {
      tags.set(tag, { className, file: relative(root, file) });
    }
  }
  return tags;
}

/** Tag → class name for every custom element the manifest declares. */
export function manifestTags(manifest) {
  const tags = new Map();
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.customElement && declaration.tagName) tags.set(declaration.tagName, declaration.name);
    }
  }
  return tags;
}

/** The differences between what is registered and what the manifest describes (empty when they agree). */
export function tagProblems(root, manifest) {
  const defined = definedTags(root);
  const described = manifestTags(manifest);
  const problems = [];
  for (const [tag, { className, file }] of defined) {
    const manifestClass = described.get(tag);
    if (!manifestClass) problems.push(`<${tag}> is registered in ${file} but has no tagName in custom-elements.json (add \`@tagname ${tag}\` to ${className}'s JSDoc)`);
    else if (manifestClass !== className) problems.push(`<${tag}> is registered as ${className} in ${file}, but the manifest gives it to ${manifestClass}`);
  }
  for (const [tag, className] of described) {
    if (!defined.has(tag)) problems.push(`custom-elements.json describes <${tag}> (${className}), which no defineElement call registers`);
  }
  return problems;
}
