// The CSP test page's setup (test/csp/strict.html): gives the provider the memory adapter of the CDN
// build, opens the list's clients in the file, and tells the test when it is ready.
import { createMemoryAdapter } from '/dist/cdn/clientela.js';

const provider = document.querySelector('client-provider');
const file = document.querySelector('client-file');
provider.adapter = await createMemoryAdapter({ clientCount: 80, seed: 7, referenceDate: '2026-11-23' });
document.querySelector('client-list').addEventListener('client-open', (event) => file.setAttribute('client-id', event.detail.id));
window.pageReady = true;
