/*
 * An attention note (a note about one appointment) on its own, for views outside the notes tab —
 * e.g. an appointments tab showing what was noted at each visit:
 *
 *   static styles = [tokens, chipStyles, ...noteStyles];
 *   static strings = [recordStrings];
 *   renderAttentionNotes(notes.filter((note) => note.appointmentId === appointment.id), { localize, categories, appointments })
 */
import { css, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Note } from '../../model/notes.js';
import { attachmentStyles } from '../records/attachments.js';
import { recordStyles } from '../records/record-styles.js';
import { renderNoteContent, type NoteContext } from './note-content.js';

/** Attention notes as a list of cards (nothing when there are none). */
export function renderAttentionNotes(notes: readonly Note[], context: Omit<NoteContext, 'onKeyword'>): TemplateResult | typeof nothing {
  if (!notes.length) return nothing;
  return html`<ul class="records attention-notes" part="attention-notes" aria-label=${context.localize.t.records.notes.kind.attention}>
    ${notes.map((note) => html`<li class="record attention" part="note">${renderNoteContent(note, context)}</li>`)}
  </ul>`;
}

/** Styles of notes, as the notes tab and renderAttentionNotes show them. */
export const noteStyles = [
  recordStyles,
  attachmentStyles,
  css`
    .record.attention {
      border-inline-start: 4px solid var(--_warning);
    }
    .appointment-link {
      margin: 0;
      font-size: var(--_font-size-small);
      color: var(--_fg-muted);
    }
    .keywords {
      list-style: none;
      margin: 0;
      padding: 0;
      display: flex;
      flex-wrap: wrap;
      gap: 4px;
    }
    .keyword {
      font: inherit;
      font-size: var(--_font-size-small);
      padding: 0.05em 0.6em;
      border-radius: 999px;
      border: 1px solid var(--_border);
      background: var(--_bg-subtle);
      color: var(--_fg);
      cursor: pointer;
    }
    .keyword:hover {
      background: var(--_bg-hover);
    }
  `,
];
