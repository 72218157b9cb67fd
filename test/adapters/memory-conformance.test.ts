// The adapter conformance suite against the embedded memory adapter, raw and behind withValidation,
// plus checks of the suite's own harness under a runner without `this.skip` (jest-style) and one that
// passes its context as an argument (vitest-style), and of the suite on a backend with no data.
import { expect } from '@open-wc/testing';
import { conformanceAssert, registerAdapterConformance, type AdapterConformanceOptions, type HookFunction, type TestBody } from '../../src/testing.js';
import { area, createHarness } from '../../src/adapter/conformance/harness.js';
import { withValidation } from '../../src/adapter/validating-adapter.js';
import { createMemoryAdapter, type MemoryAdapter } from '../../src/adapters/memory/index.js';
import { RECEPTION } from './permission-session.js';

registerAdapterConformance({
  name: 'memory adapter',
  createAdapter: () => createMemoryAdapter({ clientCount: 200, seed: 7 }),
  createAdapterWithPermissions: (permissions, base) => (base as MemoryAdapter).withSession({ permissions, user: RECEPTION }),
});

let validatedMemory: MemoryAdapter | undefined;
registerAdapterConformance({
  name: 'memory adapter behind withValidation',
  createAdapter: () => withValidation((validatedMemory = createMemoryAdapter({ clientCount: 200, seed: 7 }))),
  createAdapterWithPermissions: (permissions) => withValidation(validatedMemory!.withSession({ permissions, user: RECEPTION })),
});

interface CollectedTest {
  title: string;
  body: TestBody;
  hooks: TestBody[];
}

/** Registers the suite through a fake runner and returns its tests with the hooks that precede them. */
function collectSuite(
  without: Parameters<typeof createMemoryAdapter>[0],
  extra: Partial<AdapterConformanceOptions> = {},
): CollectedTest[] {
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
    ...extra,
  });
  return tests;
}

type Outcome = { title: string } & ({ result: 'passed' } | { result: 'skipped'; reason: string } | { result: 'failed'; error: unknown });

/** Runs a collected test as mocha would (its hooks, then its body with a context whose skip throws). */
async function runCollected(test: CollectedTest): Promise<Outcome> {
  const pending = { reason: '' };
  const context = {
    skip: (reason: unknown) => {
      pending.reason = String(reason ?? '');
      throw pending;
    },
    timeout: () => undefined,
  };
  try {
    for (const hook of test.hooks) await hook.call(context);
    await test.body.call(context);
    return { title: test.title, result: 'passed' };
  } catch (error) {
    if (error === pending) return { title: test.title, result: 'skipped', reason: pending.reason };
    return { title: test.title, result: 'failed', error };
  }
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

describe('conformance suite on a backend without data', () => {
  it('every test checks something or is skipped with its reason: none passes vacuously', async function () {
    this.timeout(120_000);
    const tests = collectSuite(
      { clientCount: 0, seed: 1 },
      { createAdapterWithPermissions: (permissions, base) => (base as MemoryAdapter).withSession({ permissions, user: RECEPTION }) },
    );
    const outcomes: Outcome[] = [];
    for (const test of tests) outcomes.push(await runCollected(test));
    const failed = outcomes.filter((outcome) => outcome.result === 'failed').map((outcome) => `${outcome.title}: ${String((outcome as { error: unknown }).error)}`);
    expect(failed, 'tests that failed on an empty backend (a test that checks nothing fails)').to.deep.equal([]);
    const skipped = outcomes.filter((outcome): outcome is Outcome & { result: 'skipped'; reason: string } => outcome.result === 'skipped');
    expect(skipped.filter((outcome) => outcome.reason.trim() === '').map((outcome) => outcome.title), 'skipped without a reason').to.deep.equal([]);
    // The tests over the backend's own data are the ones skipped; those that make their data pass.
    expect(skipped.map((outcome) => outcome.reason)).to.include('the backend has no clients of its own to check');
    expect(outcomes.filter((outcome) => outcome.result === 'passed').length).to.be.greaterThan(tests.length / 2);
  });

  it('fails a test that makes no check, passes one that checks, skips one that skips', async () => {
    const bodies: Record<string, TestBody> = {};
    const harness = createHarness({
      name: 'probe',
      createAdapter: () => createMemoryAdapter({ clientCount: 0 }),
      describe: (_title, body) => body(),
      it: (title, body) => (bodies[title] = body),
      before: () => undefined,
      beforeEach: (body) => void (bodies.setup = body),
    });
    area(harness, 'probe', 'test', (test) => {
      test('checks nothing', async ({ adapter }) => {
        await adapter.clients.list({});
      });
      test('checks', async ({ adapter }) => {
        conformanceAssert.equal((await adapter.clients.list({})).total, 0);
      });
      test('skips', async ({ skip }) => skip('no data'));
    });
    const run = (title: string) => runCollected({ title, body: bodies[title]!, hooks: [bodies.setup!] });
    const nothing = await run('checks nothing');
    expect(nothing.result).to.equal('failed');
    expect(String((nothing as { error: unknown }).error)).to.contain('made no check');
    expect((await run('checks')).result).to.equal('passed');
    expect(await run('skips')).to.deep.equal({ title: 'skips', result: 'skipped', reason: 'no data' });
  });
});
