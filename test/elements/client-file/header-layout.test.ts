/*
 * The file header at the widths the demo gives it, in each locale: names wrap between words (never
 * inside one) or are truncated with the whole name on hover and focus; group chips stay on one line;
 * the contact actions go below the name when the header is narrow; badges say what they mean.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define/client-file.js';
import '../../../src/define/client-provider.js';
import type { ClientFileElement } from '../../../src/elements/client-file/client-file.js';
import { $, $$, clientWhere, memory, textOf, until } from './helpers.js';

type Adapter = ReturnType<typeof memory>;
const LOCALES = ['en', 'es', 'pt-BR'] as const;
/** Widths of the file in the demo at 1920, 1440, 1024 and 420 px pages (and narrower and wider hosts). */
const WIDTHS = [1100, 900, 690, 520, 390, 320];
const NAMES: [string, string][] = [
  ['Hugo', 'Jiménez Ramírez'],
  ['María de los Ángeles', 'Vázquez Ramírez de Altamirano'],
  ['Adrián', 'Domínguez Vázquez'],
];

async function mount(adapter: Adapter, clientId: string, width: number, locale: string): Promise<ClientFileElement> {
  const wrapper = await fixture<HTMLElement>(html`<client-provider .adapter=${adapter} locale=${locale}>
    <div style="width:${width}px"><client-file client-id=${clientId}></client-file></div>
  </client-provider>`);
  const file = wrapper.querySelector('client-file') as ClientFileElement;
  await until(file, '.banner .name', 'the header never painted');
  await file.dataSettled;
  await until(file, '.actions');
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return file;
}

/** Words of an element's text whose glyphs lie on more than one line (a word broken in the middle). */
function brokenWords(element: Element): string[] {
  const broken: string[] = [];
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    for (const match of node.data.matchAll(/\S+/g)) {
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const lines = new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)));
      if (lines.size > 1) broken.push(match[0]);
    }
  }
  return broken;
}

describe('<client-file> header layout', () => {
  let adapter: Adapter;
  let clientId: string;

  before(async () => {
    adapter = memory();
    clientId = await clientWhere(adapter, { hasActiveAllergies: true });
    const client = await adapter.clients.get(clientId);
    const group = await adapter.groups.create({ name: 'Tratamientos faciales de temporada', color: '#3366ff' });
    await adapter.clients.update(clientId, { groupIds: [...client.groupIds, group.id] }, { expectedVersion: client.version });
  });

  async function rename(firstName: string, lastName: string): Promise<void> {
    const client = await adapter.clients.get(clientId);
    await adapter.clients.update(clientId, { firstName, lastName, middleName: null }, { expectedVersion: client.version });
  }

  for (const locale of LOCALES) {
    it(`never breaks a name or a group chip inside a word (${locale}, ${WIDTHS.join(' / ')} px)`, async () => {
      const problems: string[] = [];
      for (const [firstName, lastName] of NAMES) {
        await rename(firstName, lastName);
        for (const width of WIDTHS) {
          const file = await mount(adapter, clientId, width, locale);
          const name = $(file, '.name')!;
          for (const word of brokenWords(name)) problems.push(`${width}px: "${word}" of ${textOf(name)} is broken across lines`);
          for (const chip of $$(file, '.chip')) {
            if (chip.getClientRects().length !== 1 || brokenWords(chip).length) problems.push(`${width}px: chip ${textOf(chip)} wraps`);
            const lines = new Set(
              [...chip.querySelectorAll('.chip-label')].flatMap((label) => {
                const range = document.createRange();
                range.selectNodeContents(label);
                return [...range.getClientRects()].map((rect) => Math.round(rect.top));
              }),
            );
            if (lines.size > 1) problems.push(`${width}px: chip ${textOf(chip)} has ${lines.size} lines`);
          }
          // A name that shows whole has no tooltip; one cut short has it, whole.
          const clipped = name.scrollHeight > name.clientHeight + 1 || name.scrollWidth > name.clientWidth + 1;
          if (clipped && name.title !== textOf(name)) problems.push(`${width}px: ${textOf(name)} is cut without its full name as a title`);
        }
      }
      expect(problems).to.deep.equal([]);
    });
  }

  it('truncates a word wider than the header, with the whole name on hover (title) and focus', async () => {
    await rename('Wolfeschlegelsteinhausenbergerdorffwelchevoralternwarengewissenhaft', 'Schmidt');
    const file = await mount(adapter, clientId, 320, 'en');
    const name = $(file, '.name')!;
    await waitUntil(() => name.hasAttribute('title'), 'the cut name never got a title');
    expect(name.title).to.equal('Wolfeschlegelsteinhausenbergerdorffwelchevoralternwarengewissenhaft Schmidt');
    expect(brokenWords(name)).to.deep.equal([]);
    expect(name.tabIndex).to.equal(0);
    name.focus();
    expect(name.scrollHeight).to.be.at.most(name.clientHeight + 1);
    expect(getComputedStyle(name).overflow).to.equal('visible');
  });

  it('puts the contact actions below the name in a narrow header, beside it in a wide one', async () => {
    await rename('Hugo', 'Jiménez Ramírez');
    for (const locale of LOCALES) {
      const wide = await mount(adapter, clientId, 1100, locale);
      const wideName = $(wide, '.identity')!.getBoundingClientRect();
      const wideActions = $(wide, '.actions')!.getBoundingClientRect();
      expect(wideActions.top, `${locale} 1100px: actions beside the name`).to.be.below(wideName.bottom);
      expect(wideActions.left, `${locale} 1100px: actions right of the name`).to.be.at.least(wideName.right);
      for (const width of [690, 390]) {
        const narrow = await mount(adapter, clientId, width, locale);
        const identity = $(narrow, '.identity')!.getBoundingClientRect();
        const actions = $(narrow, '.actions')!.getBoundingClientRect();
        expect(actions.top, `${locale} ${width}px: actions below the name`).to.be.at.least(identity.bottom);
        expect(actions.left, `${locale} ${width}px: actions start under the name`).to.be.closeTo(identity.left, 1);
        // Nothing sticks out of the header.
        const banner = $(narrow, '.banner')!;
        expect(banner.scrollWidth, `${locale} ${width}px: header overflows`).to.be.at.most(banner.clientWidth);
      }
    }
  });

  for (const [locale, label] of [['en', 'Allergies'], ['es', 'Alergias'], ['pt-BR', 'Alergias']] as const) {
    it(`labels the allergy badges with a visible "${label}" and says each severity in words (${locale})`, async () => {
      const file = await mount(adapter, clientId, 690, locale);
      await until(file, '[part~="badge-allergy"]');
      const heading = $(file, '#allergies-label')!;
      expect(textOf(heading)).to.equal(label);
      expect(heading.getBoundingClientRect().width).to.be.above(0);
      expect($(file, '[part~="allergies"]')!.getAttribute('aria-labelledby')).to.equal('allergies-label');
      const allergies = (await adapter.allergies.list(clientId, { filter: { active: true }, limit: 100 })).items;
      const severities = new Set(allergies.map((allergy) => allergy.severity));
      for (const badge of $$(file, '[part~="badge-allergy"]')) {
        const severity = badge.querySelector<HTMLElement>('.severity')!;
        expect(severity.getBoundingClientRect().width, 'severity shown').to.be.above(0);
        expect(severity.textContent!.trim()).to.not.equal('');
      }
      expect($$(file, '[part~="badge-allergy"]')).to.have.length(allergies.length);
      expect(severities.size).to.be.above(0);
      // Every badge reads as words, never as a color or a symbol alone.
      for (const badge of $$(file, '[part~="badge"]')) expect(textOf(badge).replace(/[!·⚠]/g, '').trim()).to.not.equal('');
      await expect(file).to.be.accessible();
    });
  }

  it('passes the a11y audit at 390 px in Spanish', async () => {
    const file = await mount(adapter, clientId, 390, 'es');
    await expect(file).to.be.accessible();
  });
});
