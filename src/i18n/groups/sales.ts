/*
 * Strings of the sales tabs (<client-quotes>, <client-memberships>): the interface here, one module
 * per locale beside it (sales.en.ts, sales.es.ts, sales.pt-BR.ts). They load with those tabs only.
 */
import type { CREDIT_STATUSES, Membership, MEMBERSHIP_STATUSES, MembershipPayment } from '../../model/membership.js';
import type { QuoteStatus } from '../../model/sales.js';
import type { Labels, PluralForms, Values } from '../translation.js';
import { stringsSource } from '../strings.js';
import { salesEn } from './sales.en.js';

/** The statuses a person moves a quote to from the tab ('converted' belongs to invoicing). */
export type QuoteMove = Exclude<QuoteStatus, 'converted'>;

export interface SalesStrings {
  quotes: {
    title: string;
    intro: string;
    loading: string;
    unavailable: string;
    emptyTitle: string;
    emptyMessage: string;
    add: string;
    addTitle: string;
    editTitle: (title: string) => string;
    filter: string;
    allStates: string;
    filteredEmpty: string;
    statuses: Labels<QuoteStatus>;
    moveTo: Labels<QuoteMove>;
    name: string;
    nameRequired: string;
    validUntil: string;
    notes: string;
    lines: string;
    addLine: string;
    service: string;
    chooseService: string;
    quantity: string;
    unitPrice: string;
    discount: string;
    tax: string;
    lineTotal: string;
    removeLine: (line: number) => string;
    lineLabel: (line: number) => string;
    linesRequired: string;
    serviceRequired: string;
    invalidQuantity: string;
    invalidPercent: string;
    gross: string;
    discountTotal: string;
    taxIncluded: string;
    total: string;
    validUntilDate: (date: string) => string;
    noValidity: string;
    created: (date: string, name: string) => string;
    details: string;
    history: string;
    historyEntry: (status: string, date: string, name: string) => string;
    duplicate: string;
    copyOf: (title: string) => string;
    removeTitle: string;
    removeMessage: (title: string) => string;
  };
  memberships: {
    title: string;
    intro: string;
    loading: string;
    unavailable: string;
    emptyTitle: string;
    emptyMessage: string;
    statuses: Labels<Values<typeof MEMBERSHIP_STATUSES>>;
    /** "€49.00 a month". */
    price: (amount: string, period: Membership['billingPeriod']) => string;
    nextPayment: (date: string) => string;
    noNextPayment: string;
    started: (date: string, center: string) => string;
    card: (brand: string, last4: string) => string;
    noCard: string;
    credits: string;
    noCredits: string;
    /** "Facial: 1 of 4 used". */
    creditsSummary: (service: string, used: number, total: number) => string;
    creditStatuses: Labels<Values<typeof CREDIT_STATUSES>>;
    creditStatus: (service: string) => string;
    creditExpiry: (service: string) => string;
    service: string;
    status: string;
    expires: string;
    payments: string;
    noPayments: string;
    paymentStatuses: Labels<MembershipPayment['status']>;
    paymentKinds: Labels<MembershipPayment['kind']>;
    date: string;
    amount: string;
    edit: string;
    editTitle: (plan: string) => string;
    cardBrand: string;
    cardLast4: string;
    cardIncomplete: string;
    last4Invalid: string;
    nextPaymentAt: string;
    note: string;
    conflict: string;
    processPayment: string;
    processing: string;
    paymentDone: (amount: string) => string;
    cancel: string;
    cancelTitle: (plan: string) => string;
    quoteLoading: string;
    fee: (amount: string) => string;
    creditsLost: PluralForms;
    chargeFee: string;
    reason: string;
    confirmCancel: string;
    keep: string;
    failed: string;
    cancelledMessage: string;
  };
}

/** The sales tabs' strings: English bundled, the other locales loaded on first use. */
export const salesStrings = stringsSource('sales', salesEn, {
  es: () => import('./sales.es.js').then((m) => m.salesEs),
  'pt-BR': () => import('./sales.pt-BR.js').then((m) => m.salesPtBR),
});
