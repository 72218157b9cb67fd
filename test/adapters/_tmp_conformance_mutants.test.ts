// TEMPORARY (conformance helper): proves the suite catches broken adapters. Deleted after use.
import { registerAdapterConformance } from '../../src/testing.js';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import type { ClientDataAdapter } from '../../src/adapter/contract.js';

function mutant(name: string, mutate: (adapter: ClientDataAdapter) => ClientDataAdapter) {
  registerAdapterConformance({ name, createAdapter: () => mutate(createMemoryAdapter({ clientCount: 200, seed: 7 })) });
}
mutant('M7 list ignores lastVisit and sales bounds', (a) => {
  const list = a.clients.list.bind(a.clients);
  a.clients.list = async (q, o) => list({ ...q, filter: q.filter ? { ...q.filter, lastVisitFrom: undefined, lastVisitTo: undefined, salesMinMinor: undefined } : undefined }, o);
  return a;
});
mutant('M8 appointments ignore when, collections default asc', (a) => {
  const ap = a.appointments!;
  const list = ap.list.bind(ap);
  ap.list = async (id, q, o) => list(id, { ...q, filter: undefined }, o);
  const inv = a.invoices!;
  const ilist = inv.list.bind(inv);
  inv.list = async (id, q, o) => ilist(id, { ...q, order: q?.order === 'asc' ? 'desc' : 'asc' }, o);
  return a;
});
mutant('M9 insights visitCount + 1, reply ignores version, forms remove anything', (a) => {
  const ins = a.insights!;
  const get = ins.get.bind(ins);
  ins.get = async (id, o) => { const f = await get(id, o); return { ...f, visitCount: f.visitCount + 1 }; };
  const rv = a.reviews!;
  const reply = rv.reply.bind(rv);
  rv.reply = async (c, id, p) => { const cur = await rv.get(c, id); return reply(c, id, p, { expectedVersion: cur.version }); };
  return a;
});
