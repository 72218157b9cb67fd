/*
 * The open form of a record tab: its draft, `client-dirty-change` when it starts or stops holding
 * unsaved changes, focus on opening, and focus back to where the form was opened from on closing.
 */
import type { ReactiveControllerHost } from 'lit';
import { saveRecord } from './record-save.js';

interface Host extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  emit(name: 'client-dirty-change', detail: { dirty: boolean }): unknown;
}

export class DraftHolder<D extends { dirty: boolean }> {
  private current: D | undefined;

  constructor(private readonly host: Host) {}

  get value(): D | undefined {
    return this.current;
  }

  get dirty(): boolean {
    return this.current?.dirty ?? false;
  }

  set(draft: D | undefined): void {
    const wasDirty = this.dirty;
    this.current = draft;
    this.host.requestUpdate();
    if (this.dirty !== wasDirty) this.host.emit('client-dirty-change', { dirty: this.dirty });
  }

  /** Opens the form with a draft and focuses `focus` once rendered. */
  open(draft: D, focus: string): void {
    this.set(draft);
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>(focus)?.focus());
  }

  /** Closes the form and focuses `returnTo` (the edit button of the record, or the add button). */
  close(returnTo: string): void {
    this.set(undefined);
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>(returnTo)?.focus());
  }
}

/** Where focus goes back after a form closes: the record's edit button, else the add button or the title. */
export const returnSelector = (id: string | undefined): string => (id ? `[data-edit="${CSS.escape(id)}"]` : '.add-button, h3');

/** What every record form's draft tracks while it saves. */
export interface SavingDraft {
  dirty: boolean;
  saving: boolean;
  uploading: string | undefined;
  error: unknown;
  conflict: boolean;
}

export interface DraftSave<T, D extends SavingDraft> {
  /** Uploads the picked attachments (naming the one on its way) and returns every attachment. */
  attachments: (onUploading: (name: string) => void) => Promise<import('../../model/primitives.js').Attachment[]>;
  /** Creates or updates the record with them. */
  save: (attachments: import('../../model/primitives.js').Attachment[]) => Promise<T>;
  schema: import('zod/mini').ZodMiniType<T>;
  /** The draft after a conflict: it edits the latest version from now on. */
  withLatest: (draft: D, latest: T) => D;
}

/**
 * Saves the holder's draft: attachments first, then the record. Returns the saved record; on a
 * conflict (returned as `latest`) or a failure the form stays open with the draft and says why.
 */
export async function saveDraft<T, D extends SavingDraft>(holder: DraftHolder<D>, steps: DraftSave<T, D>): Promise<{ saved?: T; latest?: T }> {
  const start = holder.value;
  if (!start) return {};
  holder.set({ ...start, saving: true, error: undefined });
  const settle = (changes: Partial<SavingDraft>, current = holder.value) => current && holder.set({ ...current, saving: false, uploading: undefined, ...changes });
  let attachments;
  try {
    attachments = await steps.attachments((name) => holder.value && holder.set({ ...holder.value, uploading: name }));
  } catch (error) {
    settle({ error });
    return {};
  }
  const outcome = await saveRecord(() => steps.save(attachments), steps.schema);
  const current = holder.value;
  if (outcome.kind === 'saved') return { saved: outcome.record };
  if (outcome.kind === 'conflict') {
    if (current) holder.set({ ...steps.withLatest(current, outcome.latest), conflict: true, saving: false, uploading: undefined });
    return { latest: outcome.latest };
  }
  settle({ error: outcome.error });
  return {};
}
