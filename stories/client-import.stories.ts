import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { ClientDataAdapter } from '../src/adapter/contract.js';
import type { ClientImport } from '../src/elements/client-import/client-import.js';
import type { ParseRequest, ParseResponse } from '../src/import-export/protocol.js';
import { ALL_PERMISSIONS } from '../src/model/session.js';
import '../src/define/client-import.js';
import { asFile, bigCsv, binaryBytes, excelStyleWorkbook, legacyXlsBytes, semicolonLatin1Bytes } from '../test/fixtures/import/files.js';
import { excelWorkbook } from '../test/fixtures/import/xlsx-programs.js';
import { storyAdapter } from './story-adapter.js';

/**
 * `<client-import>`: the import wizard in a native modal `<dialog>` — file, columns, review, import,
 * summary. Stories run on the REST adapter over the mocked backend; each drives the wizard to its
 * state with the test fixtures (a Latin-1 semicolon export from a Spanish salon, an Excel workbook
 * with two sheets, bad files). Use the toolbar for locale and theme.
 */
type State =
  | 'file'
  | 'reading'
  | 'error-empty'
  | 'error-binary'
  | 'error-legacy-xls'
  | 'error-too-large'
  | 'error-no-columns'
  | 'error-malformed'
  | 'mapping'
  | 'mapping-xlsx'
  | 'preview'
  | 'importing'
  | 'interrupted'
  | 'stopped'
  | 'summary'
  | 'forbidden';

interface Args {
  state: State;
  /** Simulated latency of every backend call (ms). */
  latency: number;
}

function until(condition: () => boolean, timeout = 15_000): Promise<void> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const check = () => {
      if (condition()) resolve();
      else if (performance.now() - started > timeout) reject(new Error('story state not reached'));
      else setTimeout(check, 50);
    };
    check();
  });
}

function clickPrimary(wizard: ClientImport): void {
  wizard.shadowRoot?.querySelector<HTMLButtonElement>('.footer .primary')?.click();
}

/**
 * A parse worker that answers every request but never finishes reading a file: the wizard stays on
 * "Reading …" (the real worker reads a small file faster than a screenshot is taken).
 */
class ReadingForeverWorker extends EventTarget {
  constructor() {
    super();
    this.answer(0, 'ready');
  }
  postMessage(request: ParseRequest): void {
    if (request.op !== 'load') this.answer(request.id, request.op === 'existing' ? { count: request.clients.length } : null);
  }
  terminate(): void {}
  private answer(id: number, result: unknown): void {
    const data: ParseResponse = { id, ok: true, result };
    setTimeout(() => this.dispatchEvent(new MessageEvent('message', { data })));
  }
}

const readingForever = () => new ReadingForeverWorker() as unknown as Worker;

/** Rows per batch and batches stored before the user stops the import ('stopped'). */
const STOP_CHUNK = 10;
const STOP_AFTER = 3;

/** The release of each wizard's held import batch ('stopped'). */
const heldBatches = new WeakMap<Element, () => void>();

/**
 * An adapter whose `clients.importBatch` holds every call after the first `passing` until `release()`:
 * the stop lands while a batch is on its way, at the same row on every run.
 */
function holdingImports(adapter: ClientDataAdapter, passing: number): { adapter: ClientDataAdapter; release: () => void } {
  let calls = 0;
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const clients = new Proxy(adapter.clients, {
    get(target, name, receiver) {
      const value = Reflect.get(target, name, receiver) as unknown;
      if (name === 'importBatch') {
        return async (...args: Parameters<ClientDataAdapter['clients']['importBatch']>) => {
          if (++calls > passing) await released;
          return target.importBatch(...args);
        };
      }
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { adapter: { ...adapter, clients }, release };
}

/** Stops the import once STOP_AFTER batches are stored, as a user would: Stop, then confirm. */
async function stopMidway(wizard: ClientImport): Promise<void> {
  const root = wizard.shadowRoot!;
  await until(() => (root.querySelector<HTMLProgressElement>('progress')?.value ?? 0) >= STOP_CHUNK * STOP_AFTER);
  root.querySelector<HTMLButtonElement>('.footer .button:not(.primary)')?.click();
  await until(() => root.querySelector('.confirm-dialog button[value=confirm]') !== null);
  root.querySelector<HTMLButtonElement>('.confirm-dialog button[value=confirm]')!.click();
  // The runner is cancelled once the confirmation closes; only then the batch on its way completes.
  await until(() => root.querySelector('.confirm-dialog') === null);
  heldBatches.get(wizard)?.();
  await until(() => wizard.currentStep === 'summary');
}

const FILES: Partial<Record<State, () => File>> = {
  'error-empty': () => new File([], 'vacio.csv'),
  'error-binary': () => asFile(binaryBytes(), 'foto.csv'),
  'error-legacy-xls': () => asFile(legacyXlsBytes(), 'clientes-2003.xls'),
  'error-too-large': () => new File([bigCsv(200)], 'todos-los-clientes.csv'),
  'error-no-columns': () => new File(['Marta,Gil,marta@ejemplo.es\nRaúl,Sanz,raul@ejemplo.es\n'], 'sin-cabecera.csv'),
  'error-malformed': () => new File(['Nombre,Notas\nAna,"Empieza bien\nBeatriz,sigue\n'], 'roto.csv'),
  'mapping-xlsx': () => asFile(excelStyleWorkbook(), 'clientes.xlsx'),
};

/** Drives a wizard to a state, as a user would. */
async function drive(wizard: ClientImport, state: State): Promise<void> {
  await wizard.updateComplete;
  if (state === 'reading') {
    // Not awaited: this read never ends (ReadingForeverWorker).
    void wizard.importFile(asFile(excelWorkbook(), 'clientes-salon.xlsx'));
    await until(() => wizard.shadowRoot?.querySelector('.busy') !== null);
    return;
  }
  const special = FILES[state];
  if (special) {
    await wizard.importFile(special());
    return;
  }
  if (state === 'file' || state === 'forbidden') return;
  const file =
    state === 'importing' || state === 'interrupted' || state === 'stopped'
      ? new File([bigCsv(400, { prefix: 'historia' })], 'clientes-historia.csv')
      : asFile(semicolonLatin1Bytes(), 'clientes.csv');
  await wizard.importFile(file);
  if (state === 'mapping') return;
  clickPrimary(wizard);
  await until(() => wizard.currentStep === 'preview');
  if (state === 'preview') return;
  await wizard.updateComplete;
  clickPrimary(wizard);
  await until(() => (state === 'summary' ? wizard.currentStep === 'summary' : wizard.currentStep === 'import'));
  if (state === 'stopped') await stopMidway(wizard);
}

const meta: Meta<Args> = {
  title: 'Elements/client-import',
  component: 'client-import',
  tags: ['autodocs'],
  args: { state: 'file', latency: 0 },
  argTypes: {
    state: { control: 'select', options: ['file', 'reading', 'error-empty', 'error-binary', 'error-legacy-xls', 'error-too-large', 'error-no-columns', 'error-malformed', 'mapping', 'mapping-xlsx', 'preview', 'importing', 'interrupted', 'stopped', 'summary', 'forbidden'] },
    latency: { control: { type: 'number', min: 0, max: 5000 } },
  },
  parameters: {
    layout: 'fullscreen',
    docs: { story: { inline: false, height: '720px' } },
    actions: { handles: ['client-import-complete', 'client-import-close'] },
  },
  render: (args) => {
    let adapter =
      args.state === 'interrupted'
        ? storyAdapter({ failingOperations: ['clients.importBatch'], failureRate: 1, failureKind: 'network' })
        : storyAdapter({ latency: args.latency });
    let release: (() => void) | undefined;
    if (args.state === 'stopped') ({ adapter, release } = holdingImports(adapter, STOP_AFTER));
    const permissions = args.state === 'forbidden' ? ALL_PERMISSIONS.filter((permission) => permission !== 'clients.import') : undefined;
    const limit = args.state === 'error-too-large' ? 8 * 1024 : 20 * 1024 * 1024;
    const chunk = args.state === 'importing' ? 5 : args.state === 'stopped' ? STOP_CHUNK : 500;
    // undefined: the library's parse worker.
    const parserWorker = args.state === 'reading' ? readingForever : undefined;
    return html`<client-import
      ${ref((element) => {
        if (element && release) heldBatches.set(element, release);
      })}
      .adapter=${adapter}
      .permissions=${permissions}
      .parserWorker=${parserWorker}
      max-file-size=${limit}
      chunk-size=${chunk}
      retry-delay="50"
      open
    ></client-import>`;
  },
  play: async ({ canvasElement, args }) => {
    const wizard = canvasElement.querySelector('client-import');
    if (wizard) await drive(wizard, args.state);
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Step 1: drag and drop, or browse. Nothing is saved until the user confirms. */
export const ChooseFile: Story = {};

/** The chosen file being read and parsed in the parse worker (here a worker that never finishes). */
export const Reading: Story = { name: 'Reading the file', args: { state: 'reading' } };

export const EmptyFile: Story = { args: { state: 'error-empty' } };

export const NotASpreadsheet: Story = { args: { state: 'error-binary' } };

export const OldExcelFile: Story = { name: 'Old Excel file (.xls)', args: { state: 'error-legacy-xls' } };

export const TooLarge: Story = { args: { state: 'error-too-large' } };

/** No header row: nothing recognisable, with a way to map the columns by hand. */
export const NoRecognisableColumn: Story = { args: { state: 'error-no-columns' } };

export const DamagedFile: Story = { args: { state: 'error-malformed' } };

/** Step 2: a Latin-1, semicolon-separated export from a Spanish salon, mapped from its headers. */
export const Mapping: Story = { args: { state: 'mapping' } };

/** An Excel workbook with two sheets: the sheet is chosen. */
export const MappingWorkbook: Story = { name: 'Mapping (XLSX, two sheets)', args: { state: 'mapping-xlsx' } };

/** Step 3: the first rows as stored, errors per row and field, duplicates with a choice each. */
export const Review: Story = { args: { state: 'preview' } };

/** Step 4: importing, with progress, counts, time left and stop. */
export const Importing: Story = { args: { state: 'importing', latency: 1500 } };

/** The connection dropped and retries ran out: resume continues without storing a row twice. */
export const Interrupted: Story = { args: { state: 'interrupted' } };

/** Step 5: created, updated, skipped, failed — and the failed rows as a CSV. */
export const Summary: Story = { args: { state: 'summary' } };

/**
 * The user stopped the import midway (Stop, then confirm): the clients stored so far stay — the
 * three batches sent before the stop and the one on its way, 40 of 400.
 */
export const Stopped: Story = { name: 'Summary (stopped midway)', args: { state: 'stopped' } };

/** The session may not import. */
export const PermissionLimited: Story = { args: { state: 'forbidden' } };

export const ReviewSpanish: Story = { name: 'Review (es)', args: { state: 'preview' }, globals: { locale: 'es' } };

export const ReviewBrazilianPortuguese: Story = { name: 'Review (pt-BR)', args: { state: 'preview' }, globals: { locale: 'pt-BR' } };

export const SummarySpanish: Story = { name: 'Summary (es)', args: { state: 'summary' }, globals: { locale: 'es' } };

export const MappingBrazilianPortuguese: Story = { name: 'Mapping (pt-BR)', args: { state: 'mapping' }, globals: { locale: 'pt-BR' } };

export const Dark: Story = { args: { state: 'preview' }, globals: { theme: 'dark' } };

export const DarkImporting: Story = { name: 'Importing (dark, es)', args: { state: 'importing', latency: 1500 }, globals: { theme: 'dark', locale: 'es' } };

export const DarkSummary: Story = { name: 'Summary (dark, pt-BR)', args: { state: 'summary' }, globals: { theme: 'dark', locale: 'pt-BR' } };
