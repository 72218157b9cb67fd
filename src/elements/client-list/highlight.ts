/*
 * Search match highlighting. The search is accent- and case-insensitive (`jose` finds `José`) and
 * phone digits match whatever the formatting (`612345` finds `+34 612 34 56 78`), so matches are
 * found on the normalized text and mapped back to the characters as stored. Parts are returned as
 * text and <mark> elements whose content is text: nothing from the data is ever parsed as markup.
 */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { isDigitTerm, normalizeText } from '../../model/text.js';

/** [start, end) ranges of the original string. */
export type MatchRange = readonly [number, number];

const ASCII = /^[\x00-\x7f]*$/;

/**
 * The normalized text and, for each of its characters, the index of the original character it
 * comes from (accents dropped, case folded: "Muñoz" → "munoz").
 */
function normalizedWithMap(text: string): { normalized: string; map: number[] | null } {
  if (ASCII.test(text)) return { normalized: text.toLowerCase(), map: null };
  let normalized = '';
  const map: number[] = [];
  let index = 0;
  for (const char of text) {
    const folded = normalizeText(char);
    normalized += folded;
    for (let k = 0; k < folded.length; k++) map.push(index);
    index += char.length;
  }
  return { normalized, map };
}

function merge(ranges: [number, number][]): MatchRange[] {
  if (ranges.length < 2) return ranges;
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [ranges[0]!];
  for (const range of ranges.slice(1)) {
    const last = merged[merged.length - 1]!;
    if (range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push(range);
  }
  return merged;
}

/** Where the search terms occur in a name or an email (every occurrence of every term). */
export function textMatches(text: string, terms: readonly string[]): MatchRange[] {
  if (!text || !terms.length) return [];
  const { normalized, map } = normalizedWithMap(text);
  const ranges: [number, number][] = [];
  for (const term of terms) {
    if (!term) continue;
    let at = normalized.indexOf(term);
    while (at !== -1) {
      const end = at + term.length;
      if (map) {
        const last = map[end - 1]!;
        ranges.push([map[at]!, last + (text.codePointAt(last)! > 0xffff ? 2 : 1)]);
      } else {
        ranges.push([at, end]);
      }
      at = normalized.indexOf(term, end);
    }
  }
  return merge(ranges);
}

/** Where digit terms occur in a phone number, ignoring its spaces, dashes and parentheses. */
export function phoneMatches(phone: string, terms: readonly string[]): MatchRange[] {
  const digitTerms = terms.filter(isDigitTerm);
  if (!phone || !digitTerms.length) return [];
  let digits = '';
  const map: number[] = [];
  for (let index = 0; index < phone.length; index++) {
    const char = phone[index]!;
    if (char >= '0' && char <= '9') {
      digits += char;
      map.push(index);
    }
  }
  const ranges: [number, number][] = [];
  for (const term of digitTerms) {
    let at = digits.indexOf(term);
    while (at !== -1) {
      ranges.push([map[at]!, map[at + term.length - 1]! + 1]);
      at = digits.indexOf(term, at + term.length);
    }
  }
  return merge(ranges);
}

/** The text split into plain parts and <mark part="match"> parts (all rendered as text). */
export function renderMatches(text: string, ranges: readonly MatchRange[]): string | (string | TemplateResult)[] {
  if (!ranges.length) return text;
  const parts: (string | TemplateResult)[] = [];
  let position = 0;
  for (const [start, end] of ranges) {
    if (start > position) parts.push(text.slice(position, start));
    parts.push(html`<mark part="match">${text.slice(start, end)}</mark>`);
    position = end;
  }
  if (position < text.length) parts.push(text.slice(position));
  return parts;
}

/** A name or email with its matches marked. */
export function highlightText(text: string, terms: readonly string[]): string | (string | TemplateResult)[] {
  return terms.length ? renderMatches(text, textMatches(text, terms)) : text;
}

/** A phone number with its matching digits marked. */
export function highlightPhone(phone: string, terms: readonly string[]): string | (string | TemplateResult)[] {
  return terms.length ? renderMatches(phone, phoneMatches(phone, terms)) : phone;
}
