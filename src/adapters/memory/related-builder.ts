import type { CommunicationPreferences } from '../../model/index.js';
import { materializeClient } from './materialize.js';
import type { RelatedRecords } from './related-records.js';
import type { MemoryStore, RelatedBuilder } from './store.js';

function emptyPreferences(clientId: string, at: string): CommunicationPreferences {
  const on = { sms: true, push: true, email: true };
  return {
    clientId,
    version: 1,
    updatedAt: at,
    matrix: { appointments: { ...on }, service: { ...on }, packages: { ...on }, marketing: { sms: false, push: false, email: false }, transactions: { sms: false, push: false, email: true } },
  };
}

function emptyRelated(clientId: string, at: string): RelatedRecords {
  return {
    appointments: [], procedures: [], invoices: [], quotes: [], transactions: [], walletMovements: [], notes: [],
    comments: [], allergies: [], skinTests: [], alerts: [], files: [], forms: [], reviews: [], memberships: [],
    giftCards: [], dislikedServices: [], preferences: emptyPreferences(clientId, at),
  };
}

/** A generated client's records come from the seed (the same plan as its figures); any other starts empty. */
export function relatedBuilder(store: MemoryStore): RelatedBuilder {
  return (client, demoIndex) =>
    demoIndex === undefined
      ? emptyRelated(client.id, client.createdAt)
      : materializeClient(client, demoIndex, store.planContext, store.catalog, store.fileBlobs);
}
