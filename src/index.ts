/*
 * clientela — public API. Side-effect free: importing it registers no element and touches neither
 * window nor document. Register elements with the modules in `clientela/define/*.js`.
 */
export { VERSION, MAJOR } from './version.js';

// Model: zod schemas and their inferred types.
export * from './model/index.js';

// Adapter contract, AdapterError helpers, the validating wrapper.
export * from './adapter/index.js';

// The embedded default adapter.
export { createMemoryAdapter } from './adapters/memory/index.js';
// The HTTP adapter: the contract over fetch (routes and errors documented in docs/openapi.json).
export { createRestAdapter, type RestAdapterOptions, type RetryOptions, type HeaderValues } from './adapters/rest/index.js';

// Context.
export {
  CONTEXT_KEYS,
  adapterContext,
  currentUserContext,
  localeContext,
  permissionsContext,
} from './context/keys.js';
export type { LocaleSettings } from './context/keys.js';
export { ContextSubscription, composedContains } from './context/context-subscription.js';
export { ClientProvider } from './context/client-provider.js';
export type { PermissionsSource } from './context/client-provider.js';

// Elements.
export { ClientelaElement } from './elements/clientela-element.js';
export type { CustomEventName, EmitOptions, EventDetail } from './elements/clientela-element.js';

// i18n.
export * from './i18n/index.js';
export { AppearanceSchema, APPEARANCE_KEYS, APPEARANCE_TOKENS, type Appearance } from './theme/appearance.js';

// Definition.
export { defineElement } from './define/define.js';
export type { DefineOutcome, VersionedElementConstructor } from './define/define.js';
// The client file is ClientFileElement: `ClientFile` is the model's file record.
export { ClientFileElement, type ClientTabChangeDetail, type ClientContactDetail, type ClientAppointmentRequestDetail, type ClientAppointmentAction, type ClientBackDetail, type FileTab } from './elements/client-file/client-file.js';
export type { ClientTabActivateDetail, ClientTabErrorDetail } from './elements/client-file/custom-tabs.js';
export { ClientProfile } from './elements/client-profile/client-profile.js';
export { ClientPreferences, type ClientPreferencesChangeDetail } from './elements/client-preferences/client-preferences.js';
export { ClientDislikedServices, type ClientDislikedServicesChangeDetail } from './elements/client-disliked-services/client-disliked-services.js';
export { ClientNotes, type ClientNotesChangeDetail } from './elements/client-notes/client-notes.js';
export { ClientComments, type ClientCommentsChangeDetail } from './elements/client-comments/client-comments.js';
// ClientFilesElement would read better, but the tab's class follows its tag; `ClientFile` is the model's file record.
export { ClientFiles, type ClientFilesChangeDetail } from './elements/client-files/client-files.js';
// ClientInsightsElement: `ClientInsights` is the model's figures.
export { ClientInsightsElement } from './elements/client-insights/client-insights.js';
export { ClientWallet, type ClientWalletChangeDetail } from './elements/client-wallet/client-wallet.js';
export { ClientInvoices, type ClientInvoiceOpenDetail } from './elements/client-invoices/client-invoices.js';
export { ClientTransactions } from './elements/client-transactions/client-transactions.js';
export { ClientGiftCards } from './elements/client-gift-cards/client-gift-cards.js';
export { ClientAppointments } from './elements/client-appointments/client-appointments.js';
export { ClientReviews } from './elements/client-reviews/client-reviews.js';
export { ClientProcedures } from './elements/client-procedures/client-procedures.js';
export { parseAmountInput, type ParsedAmount } from './i18n/parse-money.js';
export { ClientList, type ClientOpenDetail, type ClientSelectDetail, type ClientCreatedDetail, type ClientBulkDetail, type ClientFilterChangeDetail, type ClientExportRequestDetail } from './elements/client-list/client-list.js';
export { ClientGroups, type ClientGroupsChangeDetail } from './elements/client-groups/client-groups.js';

// Import and export of clients: CSV / XLSX reading and writing, mapping, validation, chunked import.
export * from './import-export/index.js';
export { ClientImport } from './elements/client-import/client-import.js';
export type { ClientImportCompleteDetail, ClientImportCloseDetail } from './elements/client-import/events.js';
export type { ImportStrings, ImportStep, ImportFileErrorStrings } from './i18n/groups/import.js';
