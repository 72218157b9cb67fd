import { AdapterError } from '../../adapter/adapter-error.js';
import { SKIN_TEST_TRANSITIONS, type SkinTest, type SkinTestStatus } from '../../model/clinical.js';

function invalid(message: string, path: string, issue: string): AdapterError {
  return new AdapterError('validation', message, { resource: 'skinTests', issues: [{ path: [path], message: issue }] });
}

/** Refuses a status change SKIN_TEST_TRANSITIONS does not allow (keeping the status is no change). */
export function checkSkinTestTransition(from: SkinTestStatus, to: SkinTestStatus | undefined): void {
  if (to === undefined || to === from || SKIN_TEST_TRANSITIONS[from].includes(to)) return;
  throw invalid(`A skin test cannot go from ${from} to ${to}`, 'status', `Not allowed from ${from}`);
}

/** Refuses an expiry date before the date the test was performed. */
export function checkSkinTestDates(test: Pick<SkinTest, 'performedAt' | 'expiresAt'>): void {
  if (test.performedAt !== null && test.expiresAt !== null && test.expiresAt < test.performedAt) {
    throw invalid('A skin test cannot expire before it was performed', 'expiresAt', 'Before the performed date');
  }
}
