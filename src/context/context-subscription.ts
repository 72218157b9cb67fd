import { ContextConsumer } from '@lit/context';
import type { Context, ContextType } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

/** Whether `node` is `ancestor` or inside it, crossing shadow roots (node → … → shadow host → …). */
export function composedContains(ancestor: Node, node: Node): boolean {
  let current: Node | null = node;
  while (current) {
    if (current === ancestor) return true;
    current = current.parentNode ?? (current as Partial<ShadowRoot>).host ?? null;
  }
  return false;
}

/**
 * A subscribing context consumer that also copes with a provider defined *after* its consumer (a
 * host page that imports `define/client-list.js` before `define/client-provider.js`): while its
 * request is unanswered it listens, on the document in the capture phase, for the `context-provider`
 * event a provider fires when it connects, and asks again if that provider is one of its ancestors.
 * Scoped to the element's lifetime; no page-global `ContextRoot` is installed.
 */
export class ContextSubscription<C extends Context<unknown, unknown>> implements ReactiveController {
  /** The last value a provider gave (kept while disconnected, so moving an element does not reload it). */
  value: ContextType<C> | undefined = undefined;
  /** A provider answered the current connection's request. */
  answered = false;

  private readonly consumer: ContextConsumer<C, Host>;
  private listeningOn: Document | undefined;

  constructor(
    private readonly host: Host,
    private readonly context: C,
    private readonly onChange?: (value: ContextType<C> | undefined) => void,
  ) {
    this.consumer = new ContextConsumer(host, {
      context,
      subscribe: true,
      callback: (value) => {
        this.answered = true;
        this.value = value;
        this.onChange?.(value);
      },
    });
    // Added after the consumer, so hostConnected below runs after the consumer's request.
    host.addController(this);
  }

  hostConnected(): void {
    if (!this.answered) this.listen();
  }

  hostDisconnected(): void {
    this.stopListening();
    this.answered = false;
  }

  private listen(): void {
    const doc = this.host.ownerDocument;
    if (!doc || this.listeningOn === doc) return;
    this.stopListening();
    doc.addEventListener('context-provider', this.onProvider, { capture: true });
    this.listeningOn = doc;
  }

  private stopListening(): void {
    this.listeningOn?.removeEventListener('context-provider', this.onProvider, { capture: true });
    this.listeningOn = undefined;
  }

  private readonly onProvider = (event: Event): void => {
    const { context, contextTarget } = event as Event & { context?: unknown; contextTarget?: EventTarget };
    if (context !== this.context || this.answered) return;
    const provider = contextTarget ?? event.composedPath()[0];
    if (!(provider instanceof Node) || !composedContains(provider, this.host)) return;
    // The provider attached its request listener in its constructor: asking again now is answered.
    this.consumer.hostConnected();
    if (this.answered) this.stopListening();
  };
}
