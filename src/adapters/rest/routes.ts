// THE route table of the HTTP contract: one entry per operation of ClientDataAdapter. The REST
// adapter builds its requests from it, the server handler (mocks/server) registers its routes from
// it, and scripts/generate-openapi.ts documents it — so the three cannot drift. The mapped type makes
// a new operation in the contract a compile error here until it has a route.
import * as z from 'zod/mini';
import type { ClientDataAdapter } from '../../adapter/contract.js';
import {
  ActiveFilter,
  AlertInput,
  AlertPatch,
  AllergyInput,
  AllergyPatch,
  AppointmentFilter,
  ClientInput,
  ClientListQuery,
  ClientPatch,
  CollectionQuery,
  CommentFilter,
  CommentInput,
  CommentPatch,
  CreditPatch,
  DislikedServiceInput,
  DislikedServicePatch,
  DuplicateProbe,
  FileFilter,
  FilePatch,
  FileUploadMeta,
  FormAssignmentInput,
  GroupInput,
  GroupPatch,
  Id,
  ImportOptions,
  ImportRow,
  InvoiceFilter,
  MembershipCancelInput,
  MembershipInput,
  MembershipPatch,
  MembershipPaymentInput,
  NoteFilter,
  NoteInput,
  NotePatch,
  PreferencesPatch,
  ProcedureInput,
  ProcedurePatch,
  QuoteFilter,
  QuoteInput,
  QuotePatch,
  ReviewFilter,
  ReviewPatch,
  SkinTestFilter,
  SkinTestInput,
  SkinTestPatch,
  TagInput,
  TagPatch,
  TransactionFilter,
  WalletMovementFilter,
  WalletOperationInput,
} from '../../model/index.js';
import {
  CREATE,
  DELETE,
  GET,
  PATCH,
  POST,
  PUT,
  body,
  call,
  field,
  ifMatch,
  keyed,
  path,
  query,
  type BoundRoute,
  type RouteSpec,
} from './route-spec.js';

type RouteTable = { [N in keyof ClientDataAdapter]-?: { [O in keyof NonNullable<ClientDataAdapter[N]>]-?: RouteSpec } };

const Ids = z.array(Id);
const listQuery = (filter?: z.ZodMiniObject) => (filter ? z.extend(CollectionQuery, { filter: z.optional(filter) }) : CollectionQuery);

/** list + get of a per-client collection at /clients/{clientId}/<segment>. */
function readRoutes(segment: string, label: string, filter?: z.ZodMiniObject) {
  const base = `/clients/{clientId}/${segment}`;
  return {
    list: GET(base, `One page of the client's ${label}`, path('clientId'), query(listQuery(filter)), call),
    get: GET(`${base}/{id}`, `One of the client's ${label}`, path('clientId'), path('id'), call),
  };
}

/** list, get, create, update (If-Match), remove of a per-client collection the module edits. */
function editableRoutes(segment: string, label: string, input: z.core.$ZodType, patch: z.core.$ZodType, filter?: z.ZodMiniObject) {
  const base = `/clients/{clientId}/${segment}`;
  return {
    ...readRoutes(segment, label, filter),
    create: CREATE(base, `Adds to the client's ${label}`, path('clientId'), body(input)),
    update: PATCH(`${base}/{id}`, `Changes one of the client's ${label} (If-Match: its version)`, path('clientId'), path('id'), body(patch), ifMatch),
    remove: DELETE(`${base}/{id}`, `Deletes one of the client's ${label}`, path('clientId'), path('id')),
  };
}

export const ROUTES = {
  clients: {
    list: GET('/clients', 'One page of clients matching search, filters and sort', query(ClientListQuery), call),
    metrics: GET('/clients/metrics', 'Quick metrics over every client matching the query (paging ignored)', query(ClientListQuery), call),
    exportAll: GET('/clients/export', 'Every client matching the query (paging ignored)', query(ClientListQuery), call),
    findDuplicates: GET('/clients/duplicates', 'Clients sharing the email, a phone or the full name', query(DuplicateProbe), call),
    importBatch: POST(
      '/clients/import',
      'Stores mapped rows; Idempotency-Key is the import id (a row stored under it is never stored twice)',
      field('rows', z.array(ImportRow)),
      keyed('importId', ImportOptions),
    ),
    trash: POST('/clients/trash', 'Moves clients to the trash', field('ids', Ids)),
    restore: POST('/clients/restore', 'Restores clients from the trash', field('ids', Ids)),
    purge: POST('/clients/purge', 'Deletes trashed clients for good', field('ids', Ids)),
    create: CREATE('/clients', 'Creates a client', body(ClientInput)),
    get: GET('/clients/{id}', 'One client', path('id'), call),
    update: PATCH('/clients/{id}', 'Changes a client (If-Match: its version)', path('id'), body(ClientPatch), ifMatch),
  },
  groups: {
    list: GET('/groups', 'Every group', call),
    create: CREATE('/groups', 'Creates a group', body(GroupInput)),
    update: PATCH('/groups/{id}', 'Changes a group (If-Match: its version)', path('id'), body(GroupPatch), ifMatch),
    remove: DELETE('/groups/{id}', 'Deletes a group; its clients stay', path('id')),
    addMembers: POST('/groups/{groupId}/members', 'Adds clients to the group', path('groupId'), field('clientIds', Ids)),
    removeMembers: POST('/groups/{groupId}/members/remove', 'Removes clients from the group', path('groupId'), field('clientIds', Ids)),
  },
  tags: {
    list: GET('/tags', 'Every tag', call),
    create: CREATE('/tags', 'Creates a tag', body(TagInput)),
    update: PATCH('/tags/{id}', 'Changes a tag (If-Match: its version)', path('id'), body(TagPatch), ifMatch),
    remove: DELETE('/tags/{id}', 'Deletes a tag', path('id')),
  },
  appointments: readRoutes('appointments', 'appointments', AppointmentFilter),
  procedures: editableRoutes('procedures', 'procedures', ProcedureInput, ProcedurePatch),
  invoices: readRoutes('invoices', 'invoices', InvoiceFilter),
  quotes: editableRoutes('quotes', 'quotes', QuoteInput, QuotePatch, QuoteFilter),
  transactions: readRoutes('transactions', 'transactions', TransactionFilter),
  wallet: {
    get: GET('/clients/{clientId}/wallet', "The client's wallet: balance, total spent, rewards", path('clientId'), call),
    movements: GET('/clients/{clientId}/wallet/movements', 'One page of wallet movements', path('clientId'), query(listQuery(WalletMovementFilter)), call),
    addFunds: POST('/clients/{clientId}/wallet/add-funds', 'Adds funds (Idempotency-Key required)', path('clientId'), keyed('idempotencyKey', WalletOperationInput)),
    deductFunds: POST('/clients/{clientId}/wallet/deduct-funds', 'Deducts funds (Idempotency-Key required)', path('clientId'), keyed('idempotencyKey', WalletOperationInput)),
    assignReward: POST('/clients/{clientId}/wallet/rewards', 'Assigns a reward (Idempotency-Key required)', path('clientId'), keyed('idempotencyKey', WalletOperationInput)),
  },
  notes: editableRoutes('notes', 'notes', NoteInput, NotePatch, NoteFilter),
  comments: editableRoutes('comments', 'comments', CommentInput, CommentPatch, CommentFilter),
  allergies: editableRoutes('allergies', 'allergies', AllergyInput, AllergyPatch, ActiveFilter),
  skinTests: {
    ...editableRoutes('skin-tests', 'skin tests', SkinTestInput, SkinTestPatch, SkinTestFilter),
    update: PATCH(
      '/clients/{clientId}/skin-tests/{id}',
      "Changes one of the client's skin tests (If-Match: its version); a status change other than pending → in-progress → satisfactory | unsatisfactory, or an expiry before the performed date, is refused (422)",
      path('clientId'),
      path('id'),
      body(SkinTestPatch),
      ifMatch,
    ),
  },
  alerts: editableRoutes('alerts', 'alerts', AlertInput, AlertPatch, ActiveFilter),
  files: {
    ...readRoutes('files', 'files', FileFilter),
    upload: CREATE(
      '/clients/{clientId}/files',
      'Uploads a file as multipart/form-data: part `file` (the bytes, with its name and type) and part `meta` (JSON)',
      path('clientId'),
      { in: 'file' },
      { in: 'file-meta', schema: FileUploadMeta },
      { in: 'upload' },
    ),
    update: PATCH('/clients/{clientId}/files/{id}', "Changes a file's metadata (If-Match: its version)", path('clientId'), path('id'), body(FilePatch), ifMatch),
    setVisibleToClient: PUT(
      '/clients/{clientId}/files/{id}/visible-to-client',
      'Shows or hides the file in the client portal',
      path('clientId'),
      path('id'),
      field('visible', z.boolean()),
    ),
    remove: DELETE('/clients/{clientId}/files/{id}', 'Deletes a file', path('clientId'), path('id')),
  },
  forms: {
    ...readRoutes('forms', 'forms'),
    assign: CREATE('/clients/{clientId}/forms', 'Assigns a form', path('clientId'), body(FormAssignmentInput)),
    remove: DELETE('/clients/{clientId}/forms/{id}', 'Removes a form nobody has filled (409 otherwise)', path('clientId'), path('id')),
  },
  reviews: {
    ...readRoutes('reviews', 'reviews', ReviewFilter),
    reply: PATCH('/clients/{clientId}/reviews/{id}', 'Replies to a review (If-Match: its version)', path('clientId'), path('id'), body(ReviewPatch), ifMatch),
  },
  memberships: {
    ...readRoutes('memberships', 'memberships'),
    create: CREATE('/clients/{clientId}/memberships', 'Sells a membership', path('clientId'), body(MembershipInput)),
    update: PATCH('/clients/{clientId}/memberships/{id}', 'Changes a membership (If-Match: its version)', path('clientId'), path('id'), body(MembershipPatch), ifMatch),
    updateCredit: PATCH(
      '/clients/{clientId}/memberships/{id}/credits/{creditId}',
      'Changes one credit of a membership',
      path('clientId'),
      path('id'),
      path('creditId'),
      body(CreditPatch),
    ),
    processPayment: POST(
      '/clients/{clientId}/memberships/{id}/payments',
      'Charges the next payment now (Idempotency-Key required)',
      path('clientId'),
      path('id'),
      keyed('idempotencyKey', MembershipPaymentInput),
    ),
    cancellationQuote: GET('/clients/{clientId}/memberships/{id}/cancellation-quote', 'What cancelling would cost', path('clientId'), path('id'), call),
    cancel: POST(
      '/clients/{clientId}/memberships/{id}/cancel',
      'Cancels the membership, optionally charging the fee (Idempotency-Key required)',
      path('clientId'),
      path('id'),
      keyed('idempotencyKey', MembershipCancelInput),
    ),
  },
  giftCards: readRoutes('gift-cards', 'gift cards'),
  dislikedServices: editableRoutes('disliked-services', 'disliked services', DislikedServiceInput, DislikedServicePatch),
  preferences: {
    get: GET('/clients/{clientId}/preferences', "The client's communication preferences", path('clientId'), call),
    update: PATCH('/clients/{clientId}/preferences', 'Changes some switches (If-Match: its version)', path('clientId'), body(PreferencesPatch), ifMatch),
  },
  insights: { get: GET('/clients/{clientId}/insights', "Figures about the client's visits and spending", path('clientId'), call) },
  catalog: { get: GET('/catalog', 'Lookups for pickers: services, staff, centers, origins, …', call) },
  session: { get: GET('/session', 'The signed-in user and what they may do', call) },
} satisfies RouteTable;

let bound: BoundRoute[] | undefined;

/**
 * Every route with its operation, static paths before parameterised ones (so `/clients/metrics` is
 * matched before `/clients/{id}`).
 */
export function routeList(): readonly BoundRoute[] {
  if (!bound) {
    const list: BoundRoute[] = [];
    for (const [namespace, operations] of Object.entries(ROUTES)) {
      for (const [operation, spec] of Object.entries(operations as Record<string, RouteSpec>)) {
        list.push({ ...spec, namespace, operation, id: `${namespace}.${operation}` });
      }
    }
    const params = (route: BoundRoute) => (route.path.match(/\{/g) ?? []).length;
    bound = list.map((route, index) => ({ route, index })).sort((a, b) => params(a.route) - params(b.route) || a.index - b.index).map(({ route }) => route);
  }
  return bound;
}
