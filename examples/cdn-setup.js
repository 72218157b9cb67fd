// The example page's setup (examples/cdn.html): a module file, not an inline script, so a strict
// Content-Security-Policy allows it. It imports from the same URL as the page's script tag, so it gets
// the same module instance (one copy of the library).
import { createMemoryAdapter } from '../dist/cdn/clientela.js';

const provider = document.querySelector('client-provider');
const list = document.querySelector('client-list');
const file = document.querySelector('client-file');
const locale = document.querySelector('#locale');

// The demo data adapter (a chunk of its own, loaded here). A page with its own backend uses
// `createRestAdapter({ baseUrl: '/api' })` from the same module instead.
provider.adapter = await createMemoryAdapter({ clientCount: 200, seed: 7 });

// The list says which client to open; the file shows it beside the list, and its back button hides it.
list.addEventListener('client-open', (event) => {
  file.setAttribute('client-id', event.detail.id);
  file.hidden = false;
});
file.addEventListener('client-back', () => {
  file.hidden = true;
});

// Switching the language loads that catalog (a chunk beside clientela.js) the first time.
locale.addEventListener('change', () => {
  provider.locale = locale.value;
  document.documentElement.lang = locale.value;
});
