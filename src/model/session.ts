import * as z from 'zod/mini';
import { Id } from './primitives.js';

/** Actions a host's session may allow; the UI hides or disables what is not allowed. */
export const PERMISSIONS = [
  'clients.view',
  'clients.create',
  'clients.edit',
  'clients.trash',
  'clients.restore',
  'clients.purge',
  'clients.import',
  'clients.export',
  'groups.manage',
  'tags.manage',
  'wallet.view',
  'wallet.edit',
  'invoices.view',
  'quotes.manage',
  'notes.manage',
  'comments.manage',
  'comments.private',
  'clinical.view',
  'clinical.manage',
  'files.view',
  'files.manage',
  'forms.manage',
  'memberships.manage',
  'preferences.edit',
] as const;
export const Permission = z.enum(PERMISSIONS);
export type Permission = z.infer<typeof Permission>;

export const SessionUser = z.object({
  id: Id,
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  email: z.nullable(z.email()),
  role: z.string().check(z.minLength(1), z.maxLength(80)),
});
export type SessionUser = z.infer<typeof SessionUser>;

export const Session = z.object({
  user: SessionUser,
  permissions: z.array(Permission),
});
export type Session = z.infer<typeof Session>;

/** Every permission: what the embedded demo grants. */
export const ALL_PERMISSIONS: readonly Permission[] = PERMISSIONS;

/** Read-only: view everything, change nothing. */
export const READ_ONLY_PERMISSIONS: readonly Permission[] = PERMISSIONS.filter(
  (permission) => permission.endsWith('.view'),
);

export function can(permissions: readonly Permission[] | undefined, action: Permission): boolean {
  return permissions?.includes(action) ?? false;
}
