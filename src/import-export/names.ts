/*
 * A full name in one column split into first, middle and last name.
 *   - "García López, María" (last names first, comma): the part after the comma is the first name.
 *   - Spanish (es): two surnames are the norm, so with three or more words the last two are the last
 *     name ("Ana García López" → Ana / García López; "María José García López" → María José / García
 *     López).
 *   - Portuguese (pt-BR): the first word is the first name, the rest the surname ("Ana Paula da Silva"
 *     → Ana / Paula da Silva); a file with separate columns for names is mapped column by column.
 *   - English: first word first name, last word last name, the words between middle name.
 * Particles (de, del, la, da, do, dos, das, van, von, y, e…) stay with the surname that follows them.
 */
export interface NameParts {
  firstName: string;
  middleName: string | null;
  lastName: string | null;
}

export type NameStyle = 'es' | 'pt' | 'en';

const PARTICLES = new Set(['de', 'del', 'la', 'las', 'los', 'da', 'das', 'do', 'dos', 'di', 'du', 'van', 'von', 'der', 'den', 'y', 'e', 'i', 'le', 'st', 'st.', 'mac', 'bin', 'ibn']);

function isParticle(word: string): boolean {
  return PARTICLES.has(word.toLowerCase());
}

/** Groups a surname's particles with the word after them: "de la Fuente" is one unit. */
function units(words: string[]): string[] {
  const grouped: string[] = [];
  let pending: string[] = [];
  for (const word of words) {
    if (isParticle(word)) {
      pending.push(word);
      continue;
    }
    grouped.push([...pending, word].join(' '));
    pending = [];
  }
  if (pending.length) {
    if (grouped.length) grouped[grouped.length - 1] += ` ${pending.join(' ')}`;
    else grouped.push(pending.join(' '));
  }
  return grouped;
}

export function nameStyleOf(locale: string): NameStyle {
  if (locale.startsWith('es')) return 'es';
  if (locale.startsWith('pt')) return 'pt';
  return 'en';
}

/** Splits a full name; null when the cell is empty. */
export function splitFullName(input: string, style: NameStyle = 'es'): NameParts | null {
  const cleaned = input.replace(/\s+/g, ' ').trim();
  if (!cleaned) return null;
  const comma = cleaned.indexOf(',');
  if (comma > 0 && comma < cleaned.length - 1) {
    const last = cleaned.slice(0, comma).trim();
    const first = cleaned.slice(comma + 1).trim();
    if (first && last) return { firstName: first, middleName: null, lastName: last };
  }
  const words = cleaned.split(' ');
  if (words.length === 1) return { firstName: words[0]!, middleName: null, lastName: null };
  const [first, ...rest] = words as [string, ...string[]];
  if (style === 'pt') return { firstName: first, middleName: null, lastName: rest.join(' ') };
  const restUnits = units(rest);
  if (style === 'es') {
    // Given names are the words before the last two surname units ("María José García López").
    const surnameCount = Math.min(2, restUnits.length);
    const givenUnits = restUnits.slice(0, restUnits.length - surnameCount);
    return {
      firstName: [first, ...givenUnits].join(' '),
      middleName: null,
      lastName: restUnits.slice(restUnits.length - surnameCount).join(' '),
    };
  }
  const lastName = restUnits[restUnits.length - 1]!;
  const middle = restUnits.slice(0, -1).join(' ');
  return { firstName: first, middleName: middle || null, lastName };
}
