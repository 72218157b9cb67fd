// The setup of strict-dist.html: the npm build's define modules and memory adapter.
import './zod-jitless.js';
import '/dist/define/client-provider.js';
import '/dist/define/client-list.js';
import '/dist/define/client-file.js';
import { createMemoryAdapter } from '/dist/index.js';

const provider = document.querySelector('client-provider');
const file = document.querySelector('client-file');
provider.adapter = createMemoryAdapter({ clientCount: 80, seed: 7, referenceDate: '2026-11-23' });
document.querySelector('client-list').addEventListener('client-open', (event) => file.setAttribute('client-id', event.detail.id));
window.pageReady = true;
