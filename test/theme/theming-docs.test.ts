import { expect } from '@open-wc/testing';
import { TOKENS } from '../../src/elements/shared/tokens.js';
import { APPEARANCE_KEYS, APPEARANCE_TOKENS } from '../../src/theme/appearance.js';

/** The theming guide as served from the repository root (the test runner's root). */
async function guide(name: string): Promise<string> {
  const response = await fetch(`/docs/${name}`);
  expect(response.ok, `docs/${name} is served`).to.equal(true);
  return response.text();
}

describe('docs/theming.md', () => {
  it('lists every token with its light and dark defaults', async () => {
    const text = await guide('theming.md');
    for (const token of TOKENS) {
      const row = text.split('\n').find((line) => line.startsWith(`| \`${token.name}\` |`));
      expect(row, `${token.name} has a row in the tokens table`).to.be.a('string');
      expect(row).to.include(`\`${token.light}\``);
      if ('dark' in token) expect(row).to.include(`\`${token.dark}\``);
    }
  });

  it('documents every appearance key and the tokens it sets', async () => {
    const text = await guide('theming.md');
    for (const key of APPEARANCE_KEYS) {
      const row = text.split('\n').find((line) => line.startsWith(`| \`${key}\` |`));
      expect(row, `${key} has a row in the appearance table`).to.be.a('string');
      for (const token of APPEARANCE_TOKENS[key]) expect(row, `${key} row names ${token}`).to.include(token === 'color-scheme' ? 'color-scheme' : `\`${token}\``);
    }
    const known = new Set(TOKENS.map((token) => token.name as string));
    for (const tokens of Object.values(APPEARANCE_TOKENS)) for (const token of tokens) if (token !== 'color-scheme') expect(known.has(token), token).to.equal(true);
  });

  it('links the generated part map, which lists the list’s and the file’s parts', async () => {
    const parts = await guide('theming-parts.md');
    expect(parts).to.include('## `<client-list>`');
    expect(parts).to.include('| `create-button` |');
    expect(parts).to.include('## `<client-file>`');
  });
});
