// Opens every story of a static Storybook build in headless Chromium and fails when one does not
// render: an uncaught error, a render or play function that threw, or no clientela element with
// rendered content. Usage: node scripts/check-stories.mjs [storybook-static dir]
// (npm run stories:check builds Storybook first; CI runs it on the build it just made).
import { existsSync, readFileSync } from 'node:fs';
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
const stories = Object.values(JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')).entries).filter((entry) => entry.type === 'story');

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
        rendered: elements.some((element) => (element.shadowRoot?.childElementCount ?? 0) > 0),
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
    await page.close();
  }),
);
await browser.close();
server.close();

for (const { story, problems } of failures) console.error(`✗ ${story.title} › ${story.name} (${story.id})\n    ${problems.join('\n    ')}`);
console.log(`${stories.length - failures.length} of ${stories.length} stories render (${((Date.now() - started) / 1000).toFixed(0)} s)`);
process.exit(failures.length ? 1 : 0);
