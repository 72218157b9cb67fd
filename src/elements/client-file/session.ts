/**
 * Whether the nearest `<client-provider>` (crossing shadow roots) is still loading the session, so
 * the permissions it provides (none, meanwhile) are not the user's yet. Elements show their loading
 * state then, instead of a "not allowed" state that would flash until the session arrives.
 */
export function permissionsPending(element: Element): boolean {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.localName === 'client-provider') {
      return (node as Element & { permissionsSource?: string }).permissionsSource === 'session-loading';
    }
    node = node.parentNode ?? (node as Partial<ShadowRoot>).host ?? null;
  }
  return false;
}
