/*
 * Strings of the commercial tabs of the client file (<client-wallet>, <client-invoices>,
 * <client-transactions>, <client-gift-cards>): the interface here, one module per locale beside it
 * (commerce.en.ts, commerce.es.ts, commerce.pt-BR.ts). They load with those tabs only.
 * See ../translation.ts for the kinds of leaves and how areas load.
 */
import type { InvoiceStatus, GiftCard, PAYMENT_METHODS, TRANSACTION_CATEGORIES } from '../../model/sales.js';
import type { WALLET_MOVEMENT_KINDS } from '../../model/wallet.js';
import type { Labels, PluralForms, Values } from '../translation.js';
import { stringsSource } from '../strings.js';
import { commerceEn } from './commerce.en.js';

/** The operations of the wallet's dialogs. */
export type WalletOperation = 'add-funds' | 'deduct-funds' | 'reward';

export interface CommerceStrings {
  /** "Showing 20 of 134". */
  showing: (shown: string, total: string) => string;
  showMore: string;
  /** Amount input errors. */
  amount: {
    label: (currency: string) => string;
    hint: string;
    required: string;
    invalid: string;
    /** Too many decimals for the currency: "Use at most 2 decimals". */
    tooPrecise: (digits: number) => string;
    positive: string;
  };
  wallet: {
    title: string;
    loading: string;
    unavailable: string;
    balance: string;
    totalSpent: string;
    rewards: string;
    /** "The balance may go down to −€50.00." */
    overdraft: (limit: string) => string;
    readOnly: string;
    operations: Labels<WalletOperation>;
    /** Dialog titles. */
    dialogTitles: Labels<WalletOperation>;
    note: string;
    noteHint: string;
    review: string;
    /** Confirmation step: "Add €25.00 to the wallet?" etc. */
    confirmQuestion: Record<WalletOperation, (amount: string) => string>;
    /** "Balance after: €75.00". */
    currentBalance: (amount: string) => string;
    currentRewards: (amount: string) => string;
    balanceAfterLabel: (amount: string) => string;
    rewardsAfterLabel: (amount: string) => string;
    confirm: Labels<WalletOperation>;
    /** Button while the operation runs. */
    working: string;
    /** Deduction that the balance (plus overdraft) does not cover. */
    insufficient: (available: string) => string;
    failed: string;
    /** After a failure: retrying is safe (the same submission never moves money twice). */
    retrySafe: string;
    /** Announced after success: "€25.00 added. Balance: €75.00". */
    done: Record<WalletOperation, (amount: string, balance: string) => string>;
    history: string;
    /** Title (and accessible name) of the balance chart. */
    balanceChart: string;
    historyEmptyTitle: string;
    historyEmptyMessage: string;
    movementKinds: Labels<Values<typeof WALLET_MOVEMENT_KINDS>>;
    pockets: { balance: string; rewards: string };
    columns: { date: string; movement: string; amount: string; after: string; by: string; note: string };
  };
  invoices: {
    title: string;
    loading: string;
    unavailable: string;
    emptyTitle: string;
    emptyMessage: string;
    columns: { number: string; date: string; total: string; status: string; paid: string };
    statuses: Labels<InvoiceStatus>;
    /** Accessible name of the button that opens an invoice's detail. */
    open: (number: string) => string;
    detailTitle: (number: string) => string;
    center: string;
    due: string;
    noDue: string;
    lines: string;
    noLines: string;
    lineColumns: { description: string; quantity: string; unitPrice: string; discount: string; tax: string; total: string };
    subtotal: string;
    tax: string;
    total: string;
    amountPaid: string;
    amountDue: string;
    filterLabel: string;
    allStatuses: string;
  };
  transactions: {
    title: string;
    loading: string;
    unavailable: string;
    emptyTitle: string;
    emptyMessage: string;
    noMatchTitle: string;
    noMatchMessage: string;
    clearFilters: string;
    filters: string;
    category: string;
    paymentMethod: string;
    from: string;
    to: string;
    any: string;
    columns: { date: string; category: string; amount: string; method: string; account: string; reference: string };
    categories: Labels<Values<typeof TRANSACTION_CATEGORIES>>;
    methods: Labels<Values<typeof PAYMENT_METHODS>>;
    totalsLabel: string;
    /** Title (and accessible name) of the spend-per-month chart, for a currency. */
    spendChart: (currency: string) => string;
    totalIn: string;
    totalOut: string;
    net: string;
    count: PluralForms;
    /** The reference column when the transaction has no invoice and no description. */
    noReference: string;
    invoiceReference: (id: string) => string;
  };
  giftCards: {
    title: string;
    loading: string;
    unavailable: string;
    emptyTitle: string;
    emptyMessage: string;
    columns: { code: string; initial: string; balance: string; purchased: string; expires: string; status: string; recipient: string };
    statuses: Labels<GiftCard['status']>;
    noExpiry: string;
    /** The masked code's accessible name: "Code ending in 4821". */
    codeEnding: (last: string) => string;
    totalBalance: string;
    /** "Expires in 12 days". */
    expiresSoon: PluralForms;
  };
}

/** The commerce area's strings: English bundled, the other locales loaded on first use. */
export const commerceStrings = stringsSource('commerce', commerceEn, {
  es: () => import('./commerce.es.js').then((m) => m.commerceEs),
  'pt-BR': () => import('./commerce.pt-BR.js').then((m) => m.commercePtBR),
});
