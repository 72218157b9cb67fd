import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { OptimisticMutation } from '../../src/controllers/optimistic-mutation.js';

class Host extends LitElement {
  value = 0;
  readonly mutation = new OptimisticMutation(this, { describeFailure: (error) => `failed: ${(error as Error).message}` });
}
customElements.define('test-mutation-host', Host);

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe('OptimisticMutation', () => {
  it('applies at once, commits, and keeps the change', async () => {
    const host = await fixture<Host>(html`<test-mutation-host></test-mutation-host>`);
    const commit = deferred<number>();
    const outcome = host.mutation.run({
      key: 'v',
      apply: () => {
        host.value = 1;
        return () => (host.value = 0);
      },
      commit: () => commit.promise,
    });
    expect(host.value).to.equal(1);
    expect(host.mutation.isPending('v')).to.equal(true);
    commit.resolve(1);
    expect(await outcome).to.deep.equal({ ok: true, value: 1 });
    expect(host.value).to.equal(1);
    expect(host.mutation.isPending('v')).to.equal(false);
  });

  it('rolls back on failure and keeps a message', async () => {
    const host = await fixture<Host>(html`<test-mutation-host></test-mutation-host>`);
    const outcome = await host.mutation.run({
      apply: () => {
        host.value = 5;
        return () => (host.value = 0);
      },
      commit: async () => {
        throw new Error('nope');
      },
    });
    expect(outcome.ok).to.equal(false);
    expect(host.value).to.equal(0);
    expect(host.mutation.message).to.equal('failed: nope');
    host.mutation.dismiss();
    expect(host.mutation.message).to.equal(undefined);
  });

  it('commits one at a time, in order', async () => {
    const host = await fixture<Host>(html`<test-mutation-host></test-mutation-host>`);
    const order: string[] = [];
    const first = deferred<void>();
    const a = host.mutation.run({ apply: () => () => {}, commit: async () => { order.push('a start'); await first.promise; order.push('a end'); } });
    const b = host.mutation.run({ apply: () => () => {}, commit: async () => { order.push('b'); } });
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(order).to.deep.equal(['a start']);
    expect(host.mutation.pending).to.equal(2);
    first.resolve();
    await Promise.all([a, b]);
    expect(order).to.deep.equal(['a start', 'a end', 'b']);
  });
});
