// Storybook shows every guide in docs/*.md as a docs page: one stories/guides/<name>.mdx per file,
// titled "Guides/<Name>" (README.md as "Guides/Introduction"), so a new guide can never be left out.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const title = (name) => name.replace(/(^|-)([a-z])/g, (_, dash, c) => (dash ? ' ' : '') + c.toUpperCase());

function page(name, source, heading) {
  return `{/* Generated from ${source.replace(/^\.\.\/\.\.\//, '')} by scripts/generators/guides.mjs (npm run analyze): do not edit. */}
import { Meta, Markdown } from '@storybook/addon-docs/blocks';
import guide from '${source}?raw';

<Meta title="Guides/${heading}" />

<Markdown>{guide}</Markdown>
`;
}

export async function generate(_elements, root) {
  const guides = readdirSync(join(root, 'docs'))
    .filter((file) => file.endsWith('.md'))
    .sort()
    .map((file) => {
      const name = file.slice(0, -'.md'.length);
      return { path: `stories/guides/${name}.mdx`, content: page(name, `../../docs/${file}`, title(name)) };
    });
  return [{ path: 'stories/guides/introduction.mdx', content: page('introduction', '../../README.md', 'Introduction') }, ...guides];
}
