/*
 * The list's client dialog with its code (form, validation, duplicate check) loaded the first time
 * it opens: most visits to the list never create or edit a client.
 */
import { nothing } from 'lit';
import type { ReactiveControllerHost, TemplateResult } from 'lit';
import { loadOnce } from '../../adapter/load-once.js';
import type { ClientDraft } from './client-draft.js';
import type { CreateDialogController, CreateDialogOptions } from './create-dialog.js';

export class LazyCreateDialog {
  private controller: CreateDialogController | undefined;
  private readonly load = loadOnce(() =>
    import('./create-dialog.js').then(({ CreateDialogController }) => (this.controller = new CreateDialogController(this.host, this.options))),
  );

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: CreateDialogOptions,
  ) {}

  get open(): boolean {
    return this.controller?.open ?? false;
  }

  /** Opens the dialog to create a client, optionally prefilled. Rejects if its code cannot load. */
  async openCreate(prefill: Partial<ClientDraft> = {}): Promise<void> {
    return (await this.load()).openCreate(prefill);
  }

  /** Opens the dialog to edit a client. Rejects if its code cannot load. */
  async openEdit(id: string): Promise<void> {
    return (await this.load()).openEdit(id);
  }

  render(): TemplateResult | typeof nothing {
    return this.controller?.render() ?? nothing;
  }
}
