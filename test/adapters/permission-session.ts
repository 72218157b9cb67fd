import type { SessionUser } from '../../src/model/session.js';

/** The other user the conformance suite's permission tests sign in as (not the adapter's own user). */
export const RECEPTION: SessionUser = { id: 'user-reception', name: 'Recepción', email: null, role: 'reception' };
