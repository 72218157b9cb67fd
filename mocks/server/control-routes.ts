// Test and demo switches over HTTP (only with `control: true`): the fault tests drive the real Node
// server through them, and a demo can use them to show error states.
//   POST   <basePath>/__control/faults    body: a FaultRule       adds a fault
//   DELETE <basePath>/__control/faults                            clears every fault
//   PUT    <basePath>/__control/latency   body: { latency }       sets the latency
import type { Hono } from 'hono';
import type { FaultController, FaultRule, Latency } from './faults.js';

/** Test and demo controls over HTTP: add/clear faults, set latency. */
export function registerControlRoutes(api: Hono, faults: FaultController, state: { latency: Latency }): void {
  api.post('/__control/faults', async (c) => {
    faults.add((await c.req.json()) as FaultRule);
    return c.json({ pending: faults.pending.length });
  });
  api.delete('/__control/faults', (c) => {
    faults.clear();
    return c.json({ pending: 0 });
  });
  api.put('/__control/latency', async (c) => {
    state.latency = ((await c.req.json()) as { latency: Latency }).latency;
    return c.json({ latency: state.latency });
  });
}
