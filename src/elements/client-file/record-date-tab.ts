import type { TemplateResult } from 'lit';
import { renderDateField } from '../shared/date-field.js';
import type { RecordBase } from './record-tab.js';
import { RecordEditorTab, type Draft, type FieldOptions } from './record-editor-tab.js';

/**
 * A record editor with date fields: `<client-date-field>`, typed in the locale's order with the
 * browser's calendar one click away (its code loads only with the tabs that have dates).
 */
export abstract class DatedRecordEditorTab<T extends RecordBase, D extends Draft, I> extends RecordEditorTab<T, D, I> {
  /** A date typed in the locale's order, with the browser's calendar (<client-date-field>); the value is YYYY-MM-DD or ''. */
  protected dateField(name: keyof D & string, label: string, options: FieldOptions = {}): TemplateResult {
    const control = renderDateField({
      id: this.controlId(name),
      name,
      value: this.text(name),
      localize: this.localize,
      invalid: !!this.editor?.problems[name],
      describedBy: this.describedBy(name, options.hint) || undefined,
      onChange: (iso) => this.editDraft(name, iso),
    });
    return this.field(name, label, control, options);
  }
}
