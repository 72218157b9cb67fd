/*
 * The delimiter of delimited text: `,` (most exports), `;` (Excel in locales whose decimal separator
 * is a comma: Spain, Portugal, Brazil…), tab (Excel's "Text" and "Unicode text") or `|`. A leading
 * `sep=;` line (Excel's own hint) decides. Otherwise the candidate that splits the first lines into
 * the same number of fields (more than one), counted outside quotes, wins; ties go to the most fields.
 */
export type Delimiter = ',' | ';' | '\t' | '|';

export const DELIMITERS: readonly Delimiter[] = [',', ';', '\t', '|'];

const SAMPLE_LINES = 20;

/** Field counts of the first records of `text` for one delimiter, honouring quotes (which may span lines). */
function fieldCounts(text: string, delimiter: Delimiter): number[] {
  const counts: number[] = [];
  let fields = 1;
  let inQuotes = false;
  let lineHasContent = false;
  for (let index = 0; index < text.length && counts.length < SAMPLE_LINES; index++) {
    const char = text[index];
    if (char === '"') {
      if (inQuotes && text[index + 1] === '"') index++;
      else inQuotes = !inQuotes;
      lineHasContent = true;
    } else if (!inQuotes && (char === '\n' || char === '\r')) {
      if (char === '\r' && text[index + 1] === '\n') index++;
      if (lineHasContent) counts.push(fields);
      fields = 1;
      lineHasContent = false;
    } else if (!inQuotes && char === delimiter) {
      fields++;
      lineHasContent = true;
    } else if (char !== ' ') {
      lineHasContent = true;
    }
  }
  if (lineHasContent && counts.length < SAMPLE_LINES) counts.push(fields);
  return counts;
}

/** Excel's `sep=;` first line, if present: the delimiter it names. */
export function sepHint(text: string): Delimiter | undefined {
  const match = /^sep=(.)\r?\n/i.exec(text);
  const found = match?.[1] as Delimiter | undefined;
  return found && DELIMITERS.includes(found) ? found : undefined;
}

export function detectDelimiter(text: string): Delimiter {
  const hinted = sepHint(text);
  if (hinted) return hinted;
  let best: { delimiter: Delimiter; score: number } = { delimiter: ',', score: -1 };
  for (const delimiter of DELIMITERS) {
    const counts = fieldCounts(text, delimiter);
    if (!counts.length) continue;
    const header = counts[0]!;
    if (header < 2) continue;
    // Share of sampled records with the header's field count, then the field count itself.
    const consistent = counts.filter((count) => count === header).length / counts.length;
    const score = consistent * 1000 + Math.min(header, 999);
    if (score > best.score) best = { delimiter, score };
  }
  return best.delimiter;
}
