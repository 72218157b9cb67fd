import type { ClientsApi } from '../../adapter/contract.js';
import type { ClientFilter, ClientListQuery, ClientStats } from '../../model/index.js';
import type { Access } from './access.js';

/** An id no client has: a filter with it matches nobody. */
const NOBODY = '\u0000no-client';

/**
 * Figures of a client's records that a session may not see are reported as zero: without
 * `clinical.view` the active alert and allergy counts, without `wallet.view` the wallet balance.
 * Filtering by a hidden figure answers over the reported zeros (hasActiveAlerts: true matches
 * nobody, false everybody), so no query can tell them apart.
 */
export function redactClients(clients: ClientsApi, access: Access): ClientsApi {
  const clinical = access.can('clinical.view');
  const wallet = access.can('wallet.view');
  if (clinical && wallet) return clients;

  const stats = (figures: ClientStats): ClientStats => ({
    ...figures,
    ...(clinical ? {} : { activeAlertCount: 0, activeAllergyCount: 0 }),
    ...(wallet ? {} : { walletBalance: { ...figures.walletBalance, amountMinor: 0 } }),
  });
  const client = <T extends { stats: ClientStats }>(record: T): T => ({ ...record, stats: stats(record.stats) });
  const query = (raw: ClientListQuery): ClientListQuery => {
    const filter = raw?.filter;
    if (clinical || !filter || (filter.hasActiveAlerts === undefined && filter.hasActiveAllergies === undefined)) return raw;
    const { hasActiveAlerts, hasActiveAllergies, ...rest } = filter;
    const nobody = hasActiveAlerts === true || hasActiveAllergies === true;
    const next: ClientFilter = nobody ? { ...rest, ids: [NOBODY] } : rest;
    return { ...raw, filter: next };
  };

  return {
    ...clients,
    list: async (raw, options) => {
      const page = await clients.list(query(raw), options);
      return { ...page, items: page.items.map(client) };
    },
    get: async (id, options) => client(await clients.get(id, options)),
    create: async (input) => client(await clients.create(input)),
    update: async (id, patch, options) => client(await clients.update(id, patch, options)),
    metrics: (raw, options) => clients.metrics(query(raw), options),
    findDuplicates: async (probe, options) => (await clients.findDuplicates(probe, options)).map((match) => ({ ...match, client: client(match.client) })),
    exportAll: async (raw, options) => (await clients.exportAll(query(raw), options)).map(client),
  };
}
