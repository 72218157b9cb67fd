import * as z from 'zod/mini';
import { AdapterError } from '../../adapter/adapter-error.js';
import type { ClientDataAdapter } from '../../adapter/contract.js';
import {
  ActiveFilter,
  AlertInput,
  AlertPatch,
  AllergyInput,
  AllergyPatch,
  AppointmentFilter,
  CommentFilter,
  CommentInput,
  CommentPatch,
  DislikedServiceInput,
  DislikedServicePatch,
  InvoiceFilter,
  NoteFilter,
  NoteInput,
  NotePatch,
  ProcedureInput,
  ProcedurePatch,
  QUOTE_TRANSITIONS,
  quoteLineTotalMinor,
  QuoteFilter,
  QuoteInput,
  QuotePatch,
  SkinTestFilter,
  SkinTestInput,
  SkinTestPatch,
  TransactionFilter,
  type Quote,
  type SaleLine,
} from '../../model/index.js';
import { forbidden, type Access } from './access.js';
import { createEditableCollection, createReadCollection } from './collection-api.js';
import { checkSkinTestDates, checkSkinTestTransition } from './skin-test-rules.js';
import { newId, type MemoryStore } from './store.js';

const NoFilter = z.object({});

/** Line totals in minor units: quantity × unit price, less the discount, rounded. */
function priceLines(lines: z.infer<typeof QuoteInput>['lines'], currency: string): SaleLine[] {
  return lines.map((line, index) => {
    if (line.unitPrice.currency !== currency) {
      throw new AdapterError('validation', `Quote lines must be in ${currency}`, {
        resource: 'quotes',
        issues: [{ path: ['lines', index, 'unitPrice', 'currency'], message: `Expected ${currency}` }],
      });
    }
    return { ...line, id: line.id ?? newId('line'), total: { amountMinor: quoteLineTotalMinor(line), currency } };
  });
}

const sumLines = (lines: SaleLine[], currency: string) => ({
  amountMinor: lines.reduce((sum, line) => sum + line.total.amountMinor, 0),
  currency,
});

function transitionError(from: string, to: string): AdapterError {
  return new AdapterError('validation', `A quote cannot go from ${from} to ${to}`, {
    resource: 'quotes',
    issues: [{ path: ['status'], message: `Not allowed from ${from}` }],
  });
}

/** The per-client collections that share list/get and, where the module edits them, create/update/remove. */
export function createCollections(store: MemoryStore, access: Access): Pick<
  Required<ClientDataAdapter>,
  'appointments' | 'procedures' | 'invoices' | 'quotes' | 'transactions' | 'notes' | 'comments' | 'allergies' | 'skinTests' | 'alerts' | 'giftCards' | 'dislikedServices'
> {
  const currency = store.currency;
  const user = access.user;
  return {
    appointments: createReadCollection(store, {
      key: 'appointments',
      resource: 'appointments',
      filterSchema: AppointmentFilter,
      dateOf: (item) => item.startAt,
      matches: (item, filter) => {
        const past = Date.parse(item.startAt) < store.now();
        if (filter.when === 'past' && !past) return false;
        if (filter.when === 'upcoming' && past) return false;
        return !filter.statuses?.length || filter.statuses.includes(item.status);
      },
    }),
    invoices: createReadCollection(store, {
      key: 'invoices',
      resource: 'invoices',
      filterSchema: InvoiceFilter,
      dateOf: (item) => item.issuedAt,
      matches: (item, filter) => !filter.statuses?.length || filter.statuses.includes(item.status),
    }),
    transactions: createReadCollection(store, {
      key: 'transactions',
      resource: 'transactions',
      filterSchema: TransactionFilter,
      dateOf: (item) => item.occurredAt,
      matches: (item, filter) =>
        (!filter.categories?.length || filter.categories.includes(item.category)) &&
        (!filter.paymentMethods?.length || filter.paymentMethods.includes(item.paymentMethod)),
    }),
    giftCards: createReadCollection(store, {
      key: 'giftCards',
      resource: 'giftCards',
      filterSchema: NoFilter,
      dateOf: (item) => item.purchasedAt,
    }),
    procedures: createEditableCollection(
      store,
      {
        key: 'procedures',
        resource: 'procedures',
        filterSchema: NoFilter,
        dateOf: (item) => item.performedAt,
        inputSchema: ProcedureInput,
        patchSchema: ProcedurePatch,
        build: (input) => ({ appointmentId: null, details: '', products: [], notes: '', ...input }),
      },
      user,
    ),
    quotes: createEditableCollection(
      store,
      {
        key: 'quotes',
        resource: 'quotes',
        filterSchema: QuoteFilter,
        dateOf: (item) => item.createdAt,
        matches: (item, filter) => !filter.statuses?.length || filter.statuses.includes(item.status),
        inputSchema: QuoteInput,
        patchSchema: QuotePatch,
        build: (input, { now, user: by, items }) => {
          const status = input.status ?? 'draft';
          if (status !== 'draft') throw transitionError('new', status);
          const lines = priceLines(input.lines, currency);
          return {
            number: `P-${now.slice(0, 4)}-${String(items.length + 1).padStart(3, '0')}-${newId('q').slice(-4)}`,
            title: input.title,
            validUntil: input.validUntil ?? null,
            lines,
            notes: input.notes ?? '',
            status,
            total: sumLines(lines, currency),
            createdBy: by,
            history: [{ status, at: now, by }],
            invoiceId: null,
          };
        },
        apply: (current, patch, { now, user: by }): Quote => {
          const next: Quote = { ...current, ...patch, lines: current.lines, total: current.total, history: current.history };
          if (patch.lines) {
            next.lines = priceLines(patch.lines, currency);
            next.total = sumLines(next.lines, currency);
          }
          if (patch.status && patch.status !== current.status) {
            if (!QUOTE_TRANSITIONS[current.status].includes(patch.status)) throw transitionError(current.status, patch.status);
            next.history = [...current.history, { status: patch.status, at: now, by }];
          }
          return next;
        },
      },
      user,
    ),
    notes: createEditableCollection(
      store,
      {
        key: 'notes',
        resource: 'notes',
        filterSchema: NoteFilter,
        dateOf: (item) => item.createdAt,
        matches: (item, filter) =>
          (!filter.kind || item.kind === filter.kind) &&
          (!filter.categoryId || item.categoryId === filter.categoryId) &&
          (!filter.appointmentId || item.appointmentId === filter.appointmentId) &&
          (!filter.keyword || item.keywords.some((keyword) => keyword.toLowerCase() === filter.keyword!.toLowerCase())),
        inputSchema: NoteInput,
        patchSchema: NotePatch,
        build: (input, { user: author }) => ({
          kind: 'general' as const,
          appointmentId: null,
          categoryId: null,
          title: '',
          keywords: [],
          attachments: [],
          ...input,
          author,
        }),
      },
      user,
    ),
    comments: createEditableCollection(
      store,
      {
        key: 'comments',
        resource: 'comments',
        filterSchema: CommentFilter,
        dateOf: (item) => item.createdAt,
        // Private comments exist only for a session with comments.private (not hidden by the UI).
        visible: (item) => !item.private || access.can('comments.private'),
        matches: (item, filter) =>
          (filter.pinned === undefined || item.pinned === filter.pinned) &&
          (!filter.appointmentId || item.appointmentId === filter.appointmentId) &&
          (!filter.priority || item.priority === filter.priority),
        inputSchema: CommentInput,
        patchSchema: CommentPatch,
        authorize: (item, patch) => {
          if (patch?.private && !access.can('comments.private')) throw forbidden('comments', 'make a comment private', 'comments.private');
          if (item.author.id !== user.id && !access.can('comments.manage')) throw forbidden('comments', "change another author's comment", 'comments.manage');
        },
        build: (input, { user: author }) => {
          if (input.private && !access.can('comments.private')) throw forbidden('comments', 'write a private comment', 'comments.private');
          return {
            appointmentId: null,
            priority: 'normal' as const,
            private: false,
            pinned: false,
            attachments: [],
            ...input,
            author,
          };
        },
      },
      user,
    ),
    allergies: createEditableCollection(
      store,
      {
        key: 'allergies',
        resource: 'allergies',
        filterSchema: ActiveFilter,
        dateOf: (item) => item.createdAt,
        matches: (item, filter) => filter.active === undefined || item.active === filter.active,
        inputSchema: AllergyInput,
        patchSchema: AllergyPatch,
        build: (input) => ({ symptoms: [], notes: '', diagnosedAt: null, active: true, ...input }),
      },
      user,
    ),
    skinTests: createEditableCollection(
      store,
      {
        key: 'skinTests',
        resource: 'skinTests',
        filterSchema: SkinTestFilter,
        dateOf: (item) => item.createdAt,
        matches: (item, filter) => !filter.statuses?.length || filter.statuses.includes(item.status),
        inputSchema: SkinTestInput,
        patchSchema: SkinTestPatch,
        build: (input) => {
          const test = { serviceId: null, status: 'pending' as const, performedAt: null, expiresAt: null, responsible: null, description: '', ...input };
          checkSkinTestDates(test);
          return test;
        },
        apply: (current, patch) => {
          checkSkinTestTransition(current.status, patch.status);
          const next = { ...current, ...patch };
          checkSkinTestDates(next);
          return next;
        },
      },
      user,
    ),
    alerts: createEditableCollection(
      store,
      {
        key: 'alerts',
        resource: 'alerts',
        filterSchema: ActiveFilter,
        dateOf: (item) => item.createdAt,
        matches: (item, filter) => filter.active === undefined || item.active === filter.active,
        inputSchema: AlertInput,
        patchSchema: AlertPatch,
        build: (input) => ({ active: true, ...input }),
      },
      user,
    ),
    dislikedServices: createEditableCollection(
      store,
      {
        key: 'dislikedServices',
        resource: 'dislikedServices',
        filterSchema: NoFilter,
        dateOf: (item) => item.createdAt,
        inputSchema: DislikedServiceInput,
        patchSchema: DislikedServicePatch,
        build: (input) => ({ comment: '', ...input }),
      },
      user,
    ),
  };
}
