import { AdapterError } from '../../adapter/adapter-error.js';
import { can, type Permission, type PersonRef, type Session } from '../../model/index.js';

/** Who is calling: the session's user (the author of what they create) and what they may do. */
export interface Access {
  readonly user: PersonRef;
  can(permission: Permission): boolean;
}

export function accessOf(session: Session): Access {
  return { user: { id: session.user.id, name: session.user.name }, can: (permission) => can(session.permissions, permission) };
}

export function forbidden(resource: string, what: string, permission: Permission): AdapterError {
  return new AdapterError('forbidden', `Not allowed to ${what} without the ${permission} permission`, { resource });
}
