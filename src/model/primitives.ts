import * as z from 'zod/mini';
import { en } from 'zod/locales';

// zod/mini ships without error messages (every issue would read "Invalid input"): install the
// English ones classic zod installs by default, unless the page has already chosen a locale.
// - Here, because every schema module builds on this one (page.ts aside, whose schemas never parse
//   alone), so bundlers keep this statement wherever a schema is used; a module of its own, imported
//   only for this effect, would be dropped (package.json "sideEffects").
// - `en` from zod/locales rather than `z.locales.en`: through the namespace, bundles keep every locale.
if (!z.config().localeError) z.config(en());

/** Opaque record identifier. */
export const Id = z.string().check(z.minLength(1), z.maxLength(128));
export type Id = z.infer<typeof Id>;

/** Optimistic-concurrency version: starts at 1, grows by one on every successful update. */
export const Version = z.number().check(z.int(), z.positive());

/** ISO 8601 calendar date (YYYY-MM-DD). */
export const IsoDate = z.iso.date();
/** ISO 8601 instant with offset (e.g. 2026-03-01T10:30:00.000Z). */
export const IsoDateTime = z.iso.datetime({ offset: true });

/** ISO 4217 alphabetic currency code. */
export const CurrencyCode = z.string().check(z.regex(/^[A-Z]{3}$/, 'Expected an ISO 4217 code such as EUR'));

/** Money is an integer amount of minor units (cents) plus its currency; never a float. */
export const Money = z.object({
  amountMinor: z.number().check(z.int()),
  currency: CurrencyCode,
});
export type Money = z.infer<typeof Money>;

/** A non-negative Money amount, for prices and top-ups. */
export const PositiveMoney = z.extend(Money, { amountMinor: z.number().check(z.int(), z.positive()) });

/** Hex color used for groups and tags (#rgb or #rrggbb). */
export const HexColor = z.string().check(z.regex(/^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/, 'Expected a hex color such as #3b82f6'));

/** BCP 47 language tag, e.g. "es", "pt-BR". */
export const LanguageTag = z.string().check(z.regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, 'Expected a language tag such as es or pt-BR'));

/** Only links the UI may follow: http(s) and blob (for files just uploaded). */
export const SafeUrl = z.string().check(
  z.maxLength(2048),
  z.refine((value) => /^(https?:|blob:)/i.test(value), 'Only http(s) and blob URLs are allowed'),
);

/** Fields every stored record carries. */
export const RecordMeta = z.object({
  id: Id,
  version: Version,
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});

/** Fields every per-client record carries. */
export const ClientRecordMeta = z.extend(RecordMeta, { clientId: Id });

/** A short reference to a staff member or user, denormalised for display. */
export const PersonRef = z.object({ id: Id, name: z.string().check(z.minLength(1), z.maxLength(200)) });
export type PersonRef = z.infer<typeof PersonRef>;

/** A file attached to a note or comment. */
export const Attachment = z.object({
  id: Id,
  name: z.string().check(z.minLength(1), z.maxLength(255)),
  mimeType: z.string().check(z.minLength(1), z.maxLength(255)),
  size: z.number().check(z.int(), z.nonnegative()),
  url: SafeUrl,
});
export type Attachment = z.infer<typeof Attachment>;

/** Options every update operation takes. */
export const UpdateOptions = z.object({ expectedVersion: Version });
export type UpdateOptions = z.infer<typeof UpdateOptions>;

/** Every money-moving operation carries a key made once per user submission. */
export const IdempotencyKey = z.string().check(z.minLength(8), z.maxLength(200));
