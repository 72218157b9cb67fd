import * as z from 'zod';
import { ClientRecordMeta, Id, IsoDate, IsoDateTime, Money, PersonRef } from './primitives.js';

export const SaleLine = z.object({
  id: Id,
  /** Catalog service or product, when the line comes from one. */
  itemId: Id.nullable(),
  description: z.string().min(1).max(300),
  quantity: z.number().positive().max(10000),
  unitPrice: Money,
  /** 0–100. */
  discountPercent: z.number().min(0).max(100),
  /** 0–100. */
  taxPercent: z.number().min(0).max(100),
  total: Money,
});
export type SaleLine = z.infer<typeof SaleLine>;

export const INVOICE_STATUSES = ['draft', 'issued', 'partially-paid', 'paid', 'refunded', 'void'] as const;
export const InvoiceStatus = z.enum(INVOICE_STATUSES);
export type InvoiceStatus = z.infer<typeof InvoiceStatus>;

export const Invoice = ClientRecordMeta.extend({
  number: z.string().min(1).max(40),
  issuedAt: IsoDateTime,
  dueAt: IsoDate.nullable(),
  status: InvoiceStatus,
  center: PersonRef,
  lines: z.array(SaleLine),
  subtotal: Money,
  tax: Money,
  total: Money,
  amountPaid: Money,
  appointmentId: Id.nullable(),
});
export type Invoice = z.infer<typeof Invoice>;

/** Drafts and void invoices are not sales; refunded ones were sales that are given back. */
export function countsTowardSales(invoice: Pick<Invoice, 'status'>): boolean {
  return invoice.status === 'issued' || invoice.status === 'partially-paid' || invoice.status === 'paid';
}

export const InvoiceFilter = z.object({ statuses: z.array(InvoiceStatus).optional() });

export const QUOTE_STATUSES = ['draft', 'sent', 'accepted', 'rejected', 'expired', 'converted'] as const;
export const QuoteStatus = z.enum(QUOTE_STATUSES);
export type QuoteStatus = z.infer<typeof QuoteStatus>;

/** Allowed status changes of a quote (the workflow). */
export const QUOTE_TRANSITIONS: Readonly<Record<QuoteStatus, readonly QuoteStatus[]>> = {
  draft: ['sent', 'rejected'],
  sent: ['accepted', 'rejected', 'expired', 'draft'],
  accepted: ['converted', 'rejected'],
  rejected: ['draft'],
  expired: ['draft'],
  converted: [],
};

export const QuoteLineInput = SaleLine.omit({ id: true, total: true }).extend({ id: Id.optional() });

export const QuoteEditable = z.object({
  title: z.string().trim().min(1).max(200),
  validUntil: IsoDate.nullable(),
  lines: z.array(QuoteLineInput).min(1, 'A quote needs at least one line'),
  notes: z.string().max(4000),
  status: QuoteStatus,
});

export const Quote = ClientRecordMeta.extend({
  number: z.string().min(1).max(40),
  title: z.string().min(1).max(200),
  validUntil: IsoDate.nullable(),
  lines: z.array(SaleLine),
  notes: z.string().max(4000),
  status: QuoteStatus,
  total: Money,
  createdBy: PersonRef,
  /** Every status the quote went through, oldest first. */
  history: z.array(z.object({ status: QuoteStatus, at: IsoDateTime, by: PersonRef })),
  invoiceId: Id.nullable(),
});
export type Quote = z.infer<typeof Quote>;
export const QuoteInput = QuoteEditable.partial().required({ title: true, lines: true });
export type QuoteInput = z.infer<typeof QuoteInput>;
export const QuotePatch = QuoteEditable.partial();
export type QuotePatch = z.infer<typeof QuotePatch>;
export const QuoteFilter = z.object({ statuses: z.array(QuoteStatus).optional() });

export const TRANSACTION_CATEGORIES = [
  'service',
  'product',
  'membership',
  'gift-card',
  'wallet-top-up',
  'deposit',
  'tip',
  'refund',
] as const;
export const PAYMENT_METHODS = ['cash', 'card', 'transfer', 'wallet', 'gift-card', 'other'] as const;
export const PaymentMethod = z.enum(PAYMENT_METHODS);

/** A financial movement: a payment in (positive) or a refund out (negative). */
export const Transaction = ClientRecordMeta.extend({
  occurredAt: IsoDateTime,
  category: z.enum(TRANSACTION_CATEGORIES),
  amount: Money,
  paymentMethod: PaymentMethod,
  /** Catalog account (cash drawer, bank account, …). */
  account: PersonRef,
  description: z.string().max(300),
  invoiceId: Id.nullable(),
});
export type Transaction = z.infer<typeof Transaction>;
export const TransactionFilter = z.object({
  categories: z.array(z.enum(TRANSACTION_CATEGORIES)).optional(),
  paymentMethods: z.array(PaymentMethod).optional(),
});

export const GiftCard = ClientRecordMeta.extend({
  /** Masked code, e.g. "•••• 4821". */
  code: z.string().min(1).max(40),
  initialValue: Money,
  balance: Money,
  status: z.enum(['active', 'redeemed', 'expired', 'void']),
  purchasedAt: IsoDateTime,
  expiresAt: IsoDate.nullable(),
  /** The client bought it for someone else, or received it. */
  recipientName: z.string().max(200).nullable(),
});
export type GiftCard = z.infer<typeof GiftCard>;
