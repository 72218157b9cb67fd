// The adapter conformance suite against the embedded memory adapter, raw and behind withValidation,
// plus checks of the suite's own harness under a runner without `this.skip` (jest-style) and one that
// passes its context as an argument (vitest-style).
import { expect } from '@open-wc/testing';
import { registerAdapterConformance, type HookFunction, type TestBody } from '../../src/testing.js';
import { withValidation } from '../../src/adapter/validating-adapter.js';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';

registerAdapterConformance({
  name: 'memory adapter',
  createAdapter: () => createMemoryAdapter({ clientCount: 200, seed: 7 }),
});

registerAdapterConformance({
  name: 'memory adapter behind withValidation',
  createAdapter: () => withValidation(createMemoryAdapter({ clientCount: 200, seed: 7 })),
});

interface CollectedTest {
  title: string;
  body: TestBody;
  hooks: TestBody[];
}

/** Registers the suite through a fake runner and returns its tests with the hooks that precede them. */
function collectSuite(without: Parameters<typeof createMemoryAdapter>[0]): CollectedTest[] {
  const tests: CollectedTest[] = [];
  const titles: string[] = [];
  const hookStack: TestBody[][] = [[]];
  const hook: HookFunction = (body) => hookStack[hookStack.length - 1]!.push(body);
  registerAdapterConformance({
    name: 'fake runner',
    createAdapter: () => createMemoryAdapter(without),
    describe: (title, body) => {
      titles.push(title);
      hookStack.push([]);
      body();
      hookStack.pop();
      titles.pop();
    },
    it: (title, body) => tests.push({ title: [...titles, title].join(' > '), body, hooks: hookStack.flat() }),
    before: hook,
    beforeEach: hook,
  });
  return tests;
}

describe('conformance suite harness', () => {
  it('registers through the given describe/it/hooks; bodies take no done callback', () => {
    const tests = collectSuite({ clientCount: 5, seed: 1 });
    expect(tests.length).to.be.greaterThan(100);
    expect(tests.every((test) => test.body.length === 0)).to.equal(true);
    expect(tests[0]!.title.startsWith('adapter conformance: fake runner > ')).to.equal(true);
  });

  it('returns early (passes) for a missing namespace when the runner has no this.skip', async () => {
    const tests = collectSuite({ clientCount: 5, seed: 1, without: ['wallet'] }).filter((test) => test.title.includes(' > wallet > '));
    expect(tests.length).to.be.greaterThan(3);
    for (const test of tests) {
      for (const hook of test.hooks) await hook.call(undefined);
      await test.body.call(undefined); // resolves: skipped by returning early
    }
  });

  it("calls mocha's this.skip() or vitest's ctx.skip() for a missing namespace", async () => {
    const [test] = collectSuite({ clientCount: 5, seed: 1, without: ['groups'] }).filter((candidate) => candidate.title.includes(' > groups and tags > '));
    for (const hook of test!.hooks) await hook.call(undefined);
    const pending = new Error('pending');
    let skipped = 0;
    const context = { skip: () => { skipped += 1; throw pending; }, timeout: () => undefined };
    let thrown: unknown;
    await test!.body.call(context).catch((error: unknown) => { thrown = error; });
    expect(thrown).to.equal(pending);
    thrown = undefined;
    await test!.body.call(undefined, context).catch((error: unknown) => { thrown = error; });
    expect(thrown).to.equal(pending);
    expect(skipped).to.equal(2);
  });
});
