import { expect } from '@open-wc/testing';
import { createMemoryAdapter, type MemoryAdapter } from '../../src/adapters/memory/index.js';
import { createRestAdapter } from '../../src/adapters/rest/index.js';
import type { ClientDataAdapter } from '../../src/adapter/contract.js';
import { analyzeRows, ExistingIndex, type AnalysisState } from '../../src/import-export/analyze.js';
import type { ImportPlan } from '../../src/import-export/batches.js';
import { parseDelimited } from '../../src/import-export/csv.js';
import { autoMap } from '../../src/import-export/headers.js';
import { ImportRunner, type ImportProgress } from '../../src/import-export/importer.js';
import { memoryBatchSource } from '../../src/import-export/sources.js';
import { mswBackend } from '../adapters/rest-backends.js';
import { bigCsv } from '../fixtures/import/files.js';

let runs = 0;

/** An analyzed CSV of `rows` clients whose names and emails carry a fresh marker. */
function analyzed(rows: number, options: { duplicateEvery?: number; invalidEvery?: number; existing?: ExistingIndex } = {}) {
  const marker = `imp${Date.now().toString(36)}x${++runs}`;
  const parsed = parseDelimited(bigCsv(rows, { ...options, prefix: marker }));
  const headers = parsed.rows[0]!;
  const { analysis, state } = analyzeRows(
    parsed.rows.slice(1),
    parsed.rowNumbers.slice(1),
    headers,
    autoMap(headers, { locale: 'es' }),
    { dateOrder: 'dmy', defaultCountry: 'ES', nameStyle: 'es' },
    options.existing,
  );
  return { marker, analysis, state };
}

async function countMarked(adapter: ClientDataAdapter, marker: string): Promise<number> {
  return (await adapter.clients.list({ search: marker, limit: 1 })).total;
}

function runner(adapter: ClientDataAdapter, state: AnalysisState, plan: ImportPlan, options: { chunkSize?: number; retries?: number; onProgress?: (p: ImportProgress) => void } = {}) {
  return new ImportRunner({
    clients: adapter.clients,
    source: memoryBatchSource(state, plan, options.chunkSize ?? 50),
    total: state.valid.length,
    retries: options.retries ?? 3,
    retryDelayMs: 1,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
}

const SKIP: ImportPlan = { defaultPolicy: 'skip', overrides: {} };

for (const backend of ['memory', 'REST over MSW'] as const) {
  describe(`import-export: chunked import through the ${backend} adapter`, function () {
    this.timeout(30_000);
    let adapter: ClientDataAdapter;
    let memory: MemoryAdapter | undefined;
    let restFaults: Awaited<ReturnType<typeof mswBackend>>['handler']['faults'] | undefined;

    before(async () => {
      if (backend === 'memory') {
        memory = createMemoryAdapter({ clientCount: 30, seed: 5 });
        adapter = memory;
      } else {
        const mock = await mswBackend();
        restFaults = mock.handler.faults;
        // No transport retries: the import runner's own retry and resume are under test.
        adapter = createRestAdapter({ baseUrl: mock.baseUrl, retry: false });
      }
    });

    /** Makes the next importBatch fail: before it runs (memory), or after it is applied, the response lost (REST). */
    function failNextBatch(times = 1): void {
      if (memory) for (let index = 0; index < times; index++) memory.simulation.failNext('network', 'clients.importBatch');
      else restFaults!.add({ fault: { kind: 'apply-then-drop' }, operation: 'clients.importBatch', times });
    }

    it('imports in chunks with progress, counts and time left', async () => {
      const { marker, state } = analyzed(230);
      const reports: ImportProgress[] = [];
      const outcome = await runner(adapter, state, SKIP, { chunkSize: 50, onProgress: (progress) => reports.push(progress) }).start();
      expect(outcome.status).to.equal('done');
      expect([outcome.created, outcome.updated, outcome.skipped, outcome.failed, outcome.processed, outcome.total]).to.deep.equal([230, 0, 0, 0, 230, 230]);
      expect(await countMarked(adapter, marker)).to.equal(230);
      const running = reports.filter((report) => report.status === 'running');
      expect(running.map((report) => report.processed)).to.include.members([50, 100, 150, 200, 230]);
      expect(running.find((report) => report.processed === 100)!.remainingMs).to.be.a('number');
      expect(reports.at(-1)!.status).to.equal('done');
    });

    it('skips, updates or creates duplicates as chosen, row by row', async () => {
      const { marker, state, analysis } = analyzed(12, { duplicateEvery: 4 });
      expect(analysis.duplicatesInFile).to.equal(2); // rows 6 and 10 repeat the email of rows 5 and 9
      const [first, second] = analysis.duplicates;
      const outcome = await runner(adapter, state, { defaultPolicy: 'skip', overrides: { [second!.rowNumber]: 'update' } }).start();
      expect([outcome.created, outcome.updated, outcome.skipped]).to.deep.equal([10, 1, 1]);
      expect(outcome.skippedRows.map((row) => row.rowNumber)).to.deep.equal([first!.rowNumber]);
      expect(await countMarked(adapter, marker)).to.equal(10);
      const again = analyzed(4, { duplicateEvery: 2 });
      const created = await runner(adapter, again.state, { defaultPolicy: 'create', overrides: {} }).start();
      expect([created.created, created.skipped]).to.deep.equal([4, 0]);
    });

    it('lets the backend skip a match the preview did not know about', async () => {
      const { state } = analyzed(5);
      await runner(adapter, state, SKIP).start();
      // The same rows under a new import: every one matches a stored client by email.
      const outcome = await runner(adapter, state, SKIP).start();
      expect([outcome.created, outcome.skipped]).to.deep.equal([0, 5]);
      expect(outcome.skippedRows.every((row) => row.clientId !== null)).to.equal(true);
    });

    it('retries a batch after a network failure, storing no row twice', async () => {
      const { marker, state } = analyzed(120);
      failNextBatch(2);
      const reports: ImportProgress[] = [];
      const outcome = await runner(adapter, state, SKIP, { chunkSize: 40, onProgress: (report) => reports.push(report) }).start();
      expect(outcome.status).to.equal('done');
      expect(reports.some((report) => report.status === 'retrying' && report.attempt === 2)).to.equal(true);
      expect(await countMarked(adapter, marker)).to.equal(120);
      expect(outcome.created + outcome.skipped).to.equal(120);
    });

    it('is interrupted when retries run out, and resumes where it stopped without duplicates', async () => {
      const { marker, state } = analyzed(100);
      const run = runner(adapter, state, SKIP, { chunkSize: 25, retries: 0 });
      const source = memoryBatchSource(state, SKIP, 25);
      // Fail the third batch.
      let batches = 0;
      const failing = new ImportRunner({
        clients: {
          importBatch: async (rows, options) => {
            if (++batches === 3) failNextBatch(1);
            return adapter.clients.importBatch(rows, options);
          },
        },
        source,
        total: state.valid.length,
        importId: run.importId,
        retries: 0,
        retryDelayMs: 1,
      });
      const interrupted = await failing.start();
      expect(interrupted.status).to.equal('interrupted');
      expect(interrupted.processed).to.equal(50);
      expect((interrupted.error as { kind?: string }).kind).to.equal('network');
      const resumed = await failing.resume();
      expect(resumed.status).to.equal('done');
      expect(resumed.processed).to.equal(100);
      expect(await countMarked(adapter, marker)).to.equal(100);
    });

    it('stops before the next batch when cancelled; stored rows stay; a stopped run continues', async () => {
      const { marker, state } = analyzed(200);
      let run: ImportRunner | undefined;
      let stop = true;
      run = runner(adapter, state, SKIP, {
        chunkSize: 50,
        onProgress: (progress) => {
          if (stop && progress.processed === 100) {
            stop = false;
            run!.cancel();
          }
        },
      });
      const outcome = await run.start();
      expect(outcome.status).to.equal('cancelled');
      expect(outcome.processed).to.equal(100);
      expect(await countMarked(adapter, marker)).to.equal(100);
      const continued = await run.resume();
      expect(continued.status).to.equal('done');
      expect([continued.processed, continued.created]).to.deep.equal([200, 200]);
      expect(await countMarked(adapter, marker)).to.equal(200);
    });

    it('reports rows the backend refuses as failed, with their issues', async () => {
      const { state } = analyzed(3);
      // A row the preview thought valid but the backend refuses (a hand-made row: no first name).
      const rows = { valid: [...state.valid, { rowNumber: 99, data: { firstName: '' } }], duplicates: state.duplicates };
      const outcome = await new ImportRunner({ clients: adapter.clients, source: memoryBatchSource(rows, SKIP, 10), total: 4 }).start();
      expect([outcome.created, outcome.failed]).to.deep.equal([3, 1]);
      expect(outcome.failures[0]!.rowNumber).to.equal(99);
      expect(outcome.failures[0]!.issues.some((issue) => issue.path === 'firstName')).to.equal(true);
    });
  });
}

describe('import-export: importer without retryable errors', () => {
  it('fails at once on an error retrying cannot fix', async () => {
    const memory = createMemoryAdapter({ clientCount: 5 });
    memory.simulation.failNext('forbidden', 'clients.importBatch');
    const { state } = analyzed(3);
    const outcome = await runner(memory, state, SKIP).start();
    expect(outcome.status).to.equal('failed');
    expect((outcome.error as { kind?: string }).kind).to.equal('forbidden');
  });
});
