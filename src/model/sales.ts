import * as z from 'zod/mini';
import { ClientRecordMeta, Id, IsoDate, IsoDateTime, Money, PersonRef } from './primitives.js';

export const SaleLine = z.object({
  id: Id,
  /** Catalog service or product, when the line comes from one. */
  itemId: z.nullable(Id),
  description: z.string().check(z.minLength(1), z.maxLength(300)),
  quantity: z.number().check(z.positive(), z.lte(10000)),
  unitPrice: Money,
  /** 0–100. */
  discountPercent: z.number().check(z.gte(0), z.lte(100)),
  /** 0–100. */
  taxPercent: z.number().check(z.gte(0), z.lte(100)),
  total: Money,
});
export type SaleLine = z.infer<typeof SaleLine>;

export const INVOICE_STATUSES = ['draft', 'issued', 'partially-paid', 'paid', 'refunded', 'void'] as const;
export const InvoiceStatus = z.enum(INVOICE_STATUSES);
export type InvoiceStatus = z.infer<typeof InvoiceStatus>;

export const Invoice = z.extend(ClientRecordMeta, {
  number: z.string().check(z.minLength(1), z.maxLength(40)),
  issuedAt: IsoDateTime,
  dueAt: z.nullable(IsoDate),
  status: InvoiceStatus,
  center: PersonRef,
  lines: z.array(SaleLine),
  subtotal: Money,
  tax: Money,
  total: Money,
  amountPaid: Money,
  appointmentId: z.nullable(Id),
});
export type Invoice = z.infer<typeof Invoice>;

/** Drafts and void invoices are not sales; refunded ones were sales that are given back. */
export function countsTowardSales(invoice: Pick<Invoice, 'status'>): boolean {
  return invoice.status === 'issued' || invoice.status === 'partially-paid' || invoice.status === 'paid';
}

export const InvoiceFilter = z.object({ statuses: z.optional(z.array(InvoiceStatus)) });

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

/**
 * A quote line's total in minor units: quantity × unit price less the discount, rounded. Prices
 * include tax (`taxPercent` says how much of the total is tax).
 */
export function quoteLineTotalMinor(line: Pick<SaleLine, 'quantity' | 'unitPrice' | 'discountPercent'>): number {
  return Math.round(line.quantity * line.unitPrice.amountMinor * (1 - line.discountPercent / 100));
}

/** A quote's totals in minor units: before discount, the discount, the tax included, and the total. */
export function quoteTotals(lines: readonly Pick<SaleLine, 'quantity' | 'unitPrice' | 'discountPercent' | 'taxPercent'>[]): {
  gross: number;
  discount: number;
  taxIncluded: number;
  total: number;
} {
  let gross = 0;
  let total = 0;
  let taxIncluded = 0;
  for (const line of lines) {
    const lineTotal = quoteLineTotalMinor(line);
    gross += Math.round(line.quantity * line.unitPrice.amountMinor);
    total += lineTotal;
    taxIncluded += Math.round(lineTotal - lineTotal / (1 + line.taxPercent / 100));
  }
  return { gross, discount: gross - total, taxIncluded, total };
}

/** A quote line as entered: its id is optional and its total is computed. */
export const QuoteLineInput = z.extend(z.omit(SaleLine, { id: true, total: true }), { id: z.optional(Id) });

export const QuoteEditable = z.object({
  title: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  validUntil: z.nullable(IsoDate),
  lines: z.array(QuoteLineInput).check(z.minLength(1, 'A quote needs at least one line')),
  notes: z.string().check(z.maxLength(4000)),
  status: QuoteStatus,
});

export const Quote = z.extend(ClientRecordMeta, {
  number: z.string().check(z.minLength(1), z.maxLength(40)),
  title: z.string().check(z.minLength(1), z.maxLength(200)),
  validUntil: z.nullable(IsoDate),
  lines: z.array(SaleLine),
  notes: z.string().check(z.maxLength(4000)),
  status: QuoteStatus,
  total: Money,
  createdBy: PersonRef,
  /** Every status the quote went through, oldest first. */
  history: z.array(z.object({ status: QuoteStatus, at: IsoDateTime, by: PersonRef })),
  invoiceId: z.nullable(Id),
});
export type Quote = z.infer<typeof Quote>;
export const QuoteInput = z.required(z.partial(QuoteEditable), { title: true, lines: true });
export type QuoteInput = z.infer<typeof QuoteInput>;
export const QuotePatch = z.partial(QuoteEditable);
export type QuotePatch = z.infer<typeof QuotePatch>;
export const QuoteFilter = z.object({ statuses: z.optional(z.array(QuoteStatus)) });

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
export const Transaction = z.extend(ClientRecordMeta, {
  occurredAt: IsoDateTime,
  category: z.enum(TRANSACTION_CATEGORIES),
  amount: Money,
  paymentMethod: PaymentMethod,
  /** Catalog account (cash drawer, bank account, …). */
  account: PersonRef,
  description: z.string().check(z.maxLength(300)),
  invoiceId: z.nullable(Id),
});
export type Transaction = z.infer<typeof Transaction>;
export const TransactionFilter = z.object({
  categories: z.optional(z.array(z.enum(TRANSACTION_CATEGORIES))),
  paymentMethods: z.optional(z.array(PaymentMethod)),
});

export const GiftCard = z.extend(ClientRecordMeta, {
  /** Masked code, e.g. "•••• 4821". */
  code: z.string().check(z.minLength(1), z.maxLength(40)),
  initialValue: Money,
  balance: Money,
  status: z.enum(['active', 'redeemed', 'expired', 'void']),
  purchasedAt: IsoDateTime,
  expiresAt: z.nullable(IsoDate),
  /** The client bought it for someone else, or received it. */
  recipientName: z.nullable(z.string().check(z.maxLength(200))),
});
export type GiftCard = z.infer<typeof GiftCard>;
