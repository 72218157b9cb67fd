// The mock backend's service worker (public/mock-backend-worker.js) in pages that share the origin.
// 1. It answers fetch() calls only; what a page or worker loads as a resource goes to the network.
// 2. It takes control of a page that starts uncontrolled. That happens when the page navigates while
//    MSW's worker is unregistering itself (the last page it controlled closed): register() then
//    revives the already active worker, no `activate` runs, and without the claim every "mocked"
//    request reaches the real server (a rare 404 in CI, from two test pages overlapping). Reproduced
//    in iframes under a scope of their own, with a script URL MSW never looks up, so the test pages
//    that share the origin's real mock backend are not disturbed.
import { expect } from '@open-wc/testing';
import { ensureControlled } from '../../mocks/ensure-controlled.js';
import { mswBackend } from './rest-backends.js';

const scope = '/test/fixtures/sw-scope/';
const script = '/mock-backend-worker.js?control-test';

async function frameAt(url: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = url;
  document.body.append(frame);
  await loaded;
  return frame;
}

const containerOf = (frame: HTMLIFrameElement) => frame.contentWindow!.navigator.serviceWorker;

/** Whether the page is controlled by the worker of `script` (not by another test page's root-scope one). */
const controlledBy = (container: ServiceWorkerContainer) => container.controller?.scriptURL === new URL(script, location.href).href;

async function controlledSoon(container: ServiceWorkerContainer): Promise<boolean> {
  for (let tries = 0; tries < 50 && !controlledBy(container); tries++) await new Promise((resolve) => setTimeout(resolve, 20));
  return controlledBy(container);
}

describe('mock backend: what its worker answers', () => {
  it('answers fetch() but leaves what a page or worker loads (images, scripts, modules) to the network', async () => {
    const { baseUrl } = await mswBackend();
    const url = `${baseUrl}/session`;
    expect((await fetch(url)).status, 'fetch() is mocked').to.equal(200);
    // The same URL as an image: not routed through MSW (which would answer 200), so the test server's 404.
    const src = `${url}?as-image`;
    const timing = new Promise<PerformanceResourceTiming>((resolve) => {
      // An observer: the page's resource timing buffer is long full of the test's modules.
      const observer = new PerformanceObserver((list) => {
        const entry = list.getEntriesByName(src)[0] as PerformanceResourceTiming | undefined;
        if (entry) {
          observer.disconnect();
          resolve(entry);
        }
      });
      observer.observe({ type: 'resource' });
    });
    const image = new Image();
    image.src = src;
    const entry = await timing;
    expect(entry.responseStatus).to.equal(404);
  });
});

describe('mock backend: a page the worker does not control', () => {
  const frames: HTMLIFrameElement[] = [];
  after(async () => {
    for (const frame of frames) frame.remove();
    const registration = await navigator.serviceWorker.getRegistration(scope);
    await registration?.unregister();
  });

  it('is claimed by the worker a revived registration keeps', async () => {
    const first = await frameAt(scope);
    frames.push(first);
    const firstRegistration = await containerOf(first).register(script, { scope });
    expect(await controlledSoon(containerOf(first)), 'the first page is claimed on activation').to.equal(true);
    // What MSW's worker does when the last page it knows of closes, while that page is still open.
    await firstRegistration.unregister();

    const second = await frameAt(`${scope}?second`);
    frames.push(second);
    const container = containerOf(second);
    expect(controlledBy(container), 'a page that navigates during the unregistration starts without it').to.equal(false);
    const revived = await container.register(script, { scope });
    expect(revived.active?.state).to.equal('activated');
    expect(await controlledSoon(container), 'the revived worker does not claim it by itself').to.equal(false);

    await ensureControlled(revived, container, 3_000);
    expect(controlledBy(container)).to.equal(true);
  });

  it('fails with a clear message when the worker does not take control', async () => {
    // A worker that ignores the message, and a page it never controls.
    const worker = { scriptURL: `${location.origin}/mock-backend-worker.js`, postMessage: () => {} };
    const container = Object.assign(new EventTarget(), { controller: null }) as unknown as ServiceWorkerContainer;
    let error: unknown;
    try {
      await ensureControlled({ active: worker } as unknown as ServiceWorkerRegistration, container, 50);
    } catch (caught) {
      error = caught;
    }
    expect(String(error)).to.contain('does not control this page');
  });
});
