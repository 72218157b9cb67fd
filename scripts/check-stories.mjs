// Opens every story of a static Storybook build in headless Chromium and fails when one does not
// render: an uncaught error, a render or play function that threw, or no clientela element with
// rendered content; a story file without a docs page, a docs page whose tables (from
// custom-elements.json) miss its element's API, or a source file copied into assets/.
// Usage: node scripts/check-stories.mjs [storybook-static dir]
// (npm run stories:check builds Storybook first; CI runs it on the build it just made).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { findChrome } from './find-chrome.mjs';
import { HEADLESS_CHROME_ARGS, serveStatic } from './headless.mjs';

// Several pages at once: none may be throttled as a background tab (its frames and timers would stall).
const CHROME_ARGS = [...HEADLESS_CHROME_ARGS, '--disable-renderer-backgrounding', '--disable-background-timer-throttling', '--disable-backgrounding-occluded-windows'];
const PAGES = 2;
const STORY_TIMEOUT_MS = 30_000;
/** Phases of Storybook's StoryRender once it is done, well or not. */
const DONE = ['finished', 'completed', 'played', 'errored', 'aborted'];

const dir = resolve(process.argv[2] ?? 'storybook-static');
if (!existsSync(join(dir, 'index.json'))) {
  console.error(`No Storybook build in ${dir} (run npm run build-storybook first).`);
  process.exit(2);
}
const entries = Object.values(JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')).entries);
const stories = entries.filter((entry) => entry.type === 'story');
const docsPages = entries.filter((entry) => entry.type === 'docs');

// The build ships no source file (a test fixture imported by a story once landed in assets/).
const sources = readdirSync(join(dir, 'assets')).filter((name) => /\.(ts|tsx|mts)$/.test(name));
// Every element's stories have a docs page.
const titles = new Set(stories.map((story) => story.title));
const undocumented = [...titles].filter((title) => !docsPages.some((page) => page.title === title));
// A docs page's tables come from custom-elements.json: each page must show its element's public members.
const manifest = JSON.parse(readFileSync(resolve('custom-elements.json'), 'utf8'));
const publicNames = new Map(
  manifest.modules.flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.tagName)
    .map((declaration) => [
      declaration.tagName,
      [...(declaration.attributes ?? []).map((attribute) => attribute.name), ...(declaration.members ?? []).filter((member) => !member.privacy && !member.static).map((member) => member.name)],
    ]),
);

const server = await serveStatic(dir);
const base = `http://127.0.0.1:${server.address().port}`;

const chrome = findChrome();
if (!chrome) {
  console.error('No Chrome/Chromium found: set CHROME_PATH.');
  process.exit(2);
}
const browser = await puppeteer.launch({ executablePath: chrome, headless: true, args: CHROME_ARGS });

/** Renders one story; resolves with what went wrong (empty when nothing did). */
async function check(page, story) {
  const problems = [];
  const onError = (error) => problems.push(`uncaught: ${String(error).split('\n')[0]}`);
  page.on('pageerror', onError);
  try {
    await page.goto(`${base}/iframe.html?id=${story.id}&viewMode=story`);
    await page.waitForFunction(
      (done) => done.includes(globalThis.__STORYBOOK_PREVIEW__?.storyRenders?.at(-1)?.phase),
      { timeout: STORY_TIMEOUT_MS, polling: 100 },
      DONE,
    );
    const outcome = await page.evaluate(() => {
      const root = document.querySelector('#storybook-root');
      const elements = [...(root?.querySelectorAll('*') ?? [])].filter((element) => /^client-/.test(element.localName));
      return {
        phase: globalThis.__STORYBOOK_PREVIEW__.storyRenders.at(-1).phase,
        errorShown: document.body.classList.contains('sb-show-errordisplay'),
        error: document.querySelector('#error-message')?.textContent?.trim() ?? '',
        // Elements render into their shadow root; a few (the date field) into their own light DOM.
        rendered: elements.some((element) => ((element.shadowRoot ?? element).childElementCount ?? 0) > 0),
      };
    });
    if (outcome.phase === 'errored' || outcome.phase === 'aborted' || outcome.errorShown) problems.push(`story ${outcome.phase}: ${outcome.error}`);
    if (!outcome.rendered) problems.push('no clientela element rendered anything');
  } catch (error) {
    problems.push(String(error).split('\n')[0]);
  } finally {
    page.off('pageerror', onError);
  }
  return problems;
}

/** A guide (stories/guides/*.mdx, a docs/*.md file): its text shows, headed. */
async function checkGuide(page) {
  await page.waitForSelector('.sbdocs-content h1', { timeout: STORY_TIMEOUT_MS });
  const length = await page.evaluate(() => document.querySelector('.sbdocs-content')?.textContent?.length ?? 0);
  return length > 200 ? [] : [`the guide shows only ${length} characters`];
}

/**
 * Opens a docs page; resolves with what went wrong (empty when an element's page tables list the
 * element's API, or a guide shows its text).
 */
async function checkDocs(page, docs) {
  const problems = [];
  const onError = (error) => problems.push(`uncaught: ${String(error).split('\n')[0]}`);
  page.on('pageerror', onError);
  try {
    await page.goto(`${base}/iframe.html?id=${docs.id}&viewMode=docs`);
    if (docs.title.startsWith('Guides/')) {
      problems.push(...(await checkGuide(page)));
      return problems;
    }
    await page.waitForSelector('.docblock-argstable', { timeout: STORY_TIMEOUT_MS });
    const text = await page.evaluate(() => [...document.querySelectorAll('.docblock-argstable')].map((table) => table.textContent).join(' '));
    const component = docs.title.split('/').at(-1);
    const names = publicNames.get(component) ?? [];
    if (!names.length) problems.push(`custom-elements.json has no element ${component}`);
    else if (!names.some((name) => text.includes(name))) problems.push(`the tables show none of ${component}'s attributes or properties`);
  } catch (error) {
    problems.push(String(error).split('\n')[0]);
  } finally {
    page.off('pageerror', onError);
  }
  return problems;
}

async function checkWithRetry(page, story) {
  const problems = await check(page, story);
  // A first visit can wait on the mock service worker activating for another tab: try once more.
  if (problems.length === 1 && problems[0].startsWith('TimeoutError')) {
    console.warn(`… ${story.id} timed out once; trying again`);
    return check(page, story);
  }
  return problems;
}

const failures = [];
const started = Date.now();
// The first story alone: it registers and activates the mock service worker for the others.
const [first, ...rest] = stories;
let next = 0;
let nextDocs = 0;
for (const name of sources) failures.push({ story: { title: 'assets', name, id: name }, problems: ['a source file was copied into the build'] });
for (const title of undocumented) failures.push({ story: { title, name: 'Docs', id: title }, problems: ['no docs page (tag the meta with autodocs)'] });
await Promise.all(
  Array.from({ length: PAGES }, async (_, worker) => {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    if (worker === 0) {
      const problems = await checkWithRetry(page, first);
      if (problems.length) failures.push({ story: first, problems });
    } else {
      await new Promise((done) => setTimeout(done, 3000));
    }
    while (next < rest.length) {
      const story = rest[next++];
      const problems = await checkWithRetry(page, story);
      if (problems.length) failures.push({ story, problems });
    }
    while (nextDocs < docsPages.length) {
      const docs = docsPages[nextDocs++];
      const problems = await checkDocs(page, docs);
      if (problems.length) failures.push({ story: docs, problems });
    }
    await page.close();
  }),
);
await browser.close();
server.close();

for (const { story, problems } of failures) console.error(`✗ ${story.title} › ${story.name} (${story.id})\n    ${problems.join('\n    ')}`);
console.log(`${stories.length + docsPages.length - failures.length} of ${stories.length + docsPages.length} pages (${stories.length} stories, ${docsPages.length} docs pages) pass (${((Date.now() - started) / 1000).toFixed(0)} s)`);
process.exit(failures.length ? 1 : 0);
