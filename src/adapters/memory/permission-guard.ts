import { AdapterError } from '../../adapter/adapter-error.js';
import type { ClientDataAdapter } from '../../adapter/contract.js';
import { permissionFor } from '../../adapter/operation-permissions.js';
import { forbidden, type Access } from './access.js';
import { redactClients } from './redact-clients.js';

type Operation = (...args: unknown[]) => Promise<unknown>;

/**
 * Applies OPERATION_PERMISSIONS to every operation: one the session may not call rejects with
 * AdapterError('forbidden') before it runs. Operations the author of a record may call without the
 * permission check it themselves (they need the record); an operation the table does not know is
 * refused. Wraps forwarders only: the lazy namespaces' code still loads on their first call.
 */
export function guardPermissions<A extends object>(api: A, access: Access): A {
  const guarded: Record<string, Record<string, Operation>> = {};
  for (const [namespace, operations] of Object.entries(api as Record<string, Record<string, Operation>>)) {
    const wrapped: Record<string, Operation> = (guarded[namespace] = {});
    for (const [name, operation] of Object.entries(operations)) {
      const rule = permissionFor(namespace, name);
      if (rule && (rule.permission === null || rule.orAuthor)) {
        wrapped[name] = operation;
        continue;
      }
      const permission = rule?.permission;
      wrapped[name] = async (...args) => {
        if (!permission) throw new AdapterError('forbidden', `${namespace}.${name} is not in the permission table`, { resource: namespace });
        if (!access.can(permission)) throw forbidden(namespace, `call ${namespace}.${name}`, permission);
        return operation.apply(operations, args);
      };
    }
  }
  return guarded as unknown as A;
}

/** What a session without every permission gets: the table's checks, and client figures it may not see hidden. */
export function restrictSession<A extends ClientDataAdapter>(api: A, access: Access): A {
  return guardPermissions({ ...api, clients: redactClients(api.clients, access) }, access);
}
