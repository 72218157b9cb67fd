/*
 * The lines of the quote form as the controls hold them, and turning them into the adapter's input.
 * The form keeps them as JSON in one draft field, so unsaved-change tracking and conflict reloads
 * treat the lines like any other field.
 */
import type { CatalogService } from '../../model/catalog.js';
import type { Money } from '../../model/primitives.js';
import type { Quote, QuoteInput } from '../../model/sales.js';

export interface LineDraft {
  /** The line's id when it was saved before. */
  id?: string;
  serviceId: string;
  /** Kept for lines whose service is no longer in the catalog. */
  description: string;
  unitPrice: Money | null;
  quantity: string;
  discountPercent: string;
  taxPercent: string;
}

export type QuoteLine = QuoteInput['lines'][number];
export type LineProblem = 'service' | 'quantity' | 'percent';

export const readLines = (json: string): LineDraft[] => (json ? (JSON.parse(json) as LineDraft[]) : []);
export const writeLines = (lines: readonly LineDraft[]): string => JSON.stringify(lines);

export function newLine(taxPercent = '0'): LineDraft {
  return { serviceId: '', description: '', unitPrice: null, quantity: '1', discountPercent: '0', taxPercent };
}

export function linesOf(quote: Pick<Quote, 'lines'>): LineDraft[] {
  return quote.lines.map((line) => ({
    id: line.id,
    serviceId: line.itemId ?? '',
    description: line.description,
    unitPrice: line.unitPrice,
    quantity: String(line.quantity),
    discountPercent: String(line.discountPercent),
    taxPercent: String(line.taxPercent),
  }));
}

/** A line with a service picked from the catalog: its name and price come from it. */
export function withService(line: LineDraft, service: CatalogService | undefined): LineDraft {
  return service ? { ...line, serviceId: service.id, description: service.name, unitPrice: service.price } : { ...line, serviceId: '', description: '', unitPrice: null };
}

const numberOf = (text: string): number => (text.trim() === '' ? Number.NaN : Number(text));

/** A line as the adapter takes it, or what is wrong with it. */
export function parseLine(line: LineDraft): { line: QuoteLine } | { problem: LineProblem } {
  if (!line.unitPrice || !line.description) return { problem: 'service' };
  const quantity = numberOf(line.quantity);
  if (!(quantity > 0 && quantity <= 10000)) return { problem: 'quantity' };
  const discountPercent = numberOf(line.discountPercent);
  const taxPercent = numberOf(line.taxPercent);
  if (!(discountPercent >= 0 && discountPercent <= 100 && taxPercent >= 0 && taxPercent <= 100)) return { problem: 'percent' };
  return {
    line: {
      ...(line.id ? { id: line.id } : {}),
      itemId: line.serviceId || null,
      description: line.description,
      quantity,
      unitPrice: line.unitPrice,
      discountPercent,
      taxPercent,
    },
  };
}

/** The lines that parse (for totals shown while typing). */
export function validLines(lines: readonly LineDraft[]): QuoteLine[] {
  return lines.flatMap((line) => {
    const parsed = parseLine(line);
    return 'line' in parsed ? [parsed.line] : [];
  });
}
