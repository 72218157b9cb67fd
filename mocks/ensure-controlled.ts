/**
 * Makes sure the mock backend's service worker controls this page: MSW reports mocking as enabled
 * even when it does not (see public/mock-backend-worker.js), and every request would then reach the
 * real network. Asks the active worker to claim the page, and fails loudly if it still does not.
 */
export async function ensureControlled(
  registration: ServiceWorkerRegistration,
  container: ServiceWorkerContainer = navigator.serviceWorker,
  timeoutMs = 5_000,
): Promise<void> {
  const worker = registration.active;
  if (!worker) throw new Error('The mock backend’s service worker is not active.');
  const controls = () => container.controller?.scriptURL === worker.scriptURL;
  if (controls()) return;
  await new Promise<void>((resolve) => {
    const done = () => {
      container.removeEventListener('controllerchange', check);
      clearTimeout(timer);
      resolve();
    };
    const check = () => controls() && done();
    const timer = setTimeout(done, timeoutMs);
    container.addEventListener('controllerchange', check);
    worker.postMessage('clientela:claim');
  });
  if (!controls()) {
    throw new Error(`The mock backend’s service worker (${worker.scriptURL}) does not control this page, so its requests would reach the network. Reload the page.`);
  }
}
