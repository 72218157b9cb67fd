import { css, html, nothing } from 'lit';
import { fileStrings } from '../../i18n/groups/file.js';
import { tabStrings } from '../../i18n/groups/tabs.js';
import type { StringsSource } from '../../i18n/strings.js';
import { isAdapterError } from '../../adapter/adapter-error.js';
import { OptimisticMutation } from '../../controllers/optimistic-mutation.js';
import { ResourceController } from '../../controllers/resource-controller.js';
import { CommunicationPreferences, PREFERENCE_CHANNELS, PREFERENCE_TOPICS } from '../../model/preferences.js';
import type { PreferenceChannel, PreferenceTopic } from '../../model/preferences.js';
import { ClientTabElement } from '../client-file/client-tab.js';
import { formStyles, tabFrameStyles } from '../client-file/tab-styles.js';
import { isNotFound, renderState, rollbackMessage, stateStyles } from '../shared/state-view.js';
import { tokens } from '../shared/tokens.js';

/** `client-preferences-change`: a switch was saved. */
export interface ClientPreferencesChangeDetail {
  clientId: string;
  preferences: CommunicationPreferences;
  topic: PreferenceTopic;
  channel: PreferenceChannel;
  enabled: boolean;
}

declare global {
  interface HTMLElementEventMap {
    'client-preferences-change': CustomEvent<ClientPreferencesChangeDetail>;
  }
}

/**
 * The client's communication preferences: which notifications they receive, topic (appointments,
 * service, packages, marketing, transactions) × channel (SMS, push, email). Each switch is saved as
 * soon as it changes; if the save fails it is switched back and a message says why.
 *
 * @tagname client-preferences
 * @summary Communication preferences: topic × channel switches, saved at once.
 *
 * @fires client-preferences-change - A switch was saved. `detail: { clientId, preferences, topic, channel, enabled }`.
 *
 * @cssprop --client-color-surface - Background of the matrix.
 * @cssprop --client-color-surface-subtle - Header row background.
 * @cssprop --client-color-border - Borders.
 * @cssprop --client-color-accent - Switches that are on.
 * @cssprop --client-color-danger - The message after a failed save.
 * @cssprop --client-radius - Corner radius.
 * @cssprop --client-spacing - Base spacing unit.
 *
 * @csspart matrix - The table of switches.
 * @csspart switch - One switch.
 * @csspart message - The message after a failed save.
 * @csspart state - A loading, error or not-found state (also `state-loading`, `state-error`, `state-not-found`).
 * @csspart state-action - The button of a state.
 * @csspart skeleton - A placeholder bar of the loading state.
 */
export class ClientPreferences extends ClientTabElement {
  static override strings: readonly StringsSource[] = [fileStrings, tabStrings];

  static override styles = [
    tokens,
    stateStyles,
    formStyles,
    tabFrameStyles,
    css`
      .intro,
      .read-only {
        margin: 0;
        color: var(--_fg-muted);
        font-size: var(--_font-size-small);
      }
      .scroll {
        overflow-x: auto;
      }
      table {
        border-collapse: separate;
        border-spacing: 0;
        min-width: 100%;
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        overflow: hidden;
      }
      th,
      td {
        padding: calc(var(--_space) * 1.25 * var(--_density)) calc(var(--_space) * 2);
        border-bottom: 1px solid var(--_border);
        text-align: center;
      }
      tbody tr:last-child > * {
        border-bottom: none;
      }
      thead th {
        background: var(--_bg-subtle);
        font-size: var(--_font-size-small);
        color: var(--_fg-muted);
        font-weight: 600;
      }
      tbody th {
        text-align: start;
        font-weight: 550;
      }
      .switch {
        position: relative;
        display: inline-grid;
        place-items: center;
        cursor: pointer;
      }
      .switch input {
        position: absolute;
        inset: 0;
        opacity: 0;
        margin: 0;
        width: 100%;
        height: 100%;
        cursor: pointer;
      }
      .switch input:disabled {
        cursor: not-allowed;
      }
      .track {
        width: 36px;
        height: 20px;
        border-radius: 999px;
        background: var(--_border);
        position: relative;
        transition: background 120ms;
      }
      .track::after {
        content: '';
        position: absolute;
        top: 2px;
        left: 2px;
        width: 16px;
        height: 16px;
        border-radius: 50%;
        background: var(--_bg);
        box-shadow: 0 1px 2px rgb(0 0 0 / 0.3);
        transition: transform 120ms;
      }
      .switch input:checked + .track {
        background: var(--_accent);
      }
      .switch input:checked + .track::after {
        transform: translateX(16px);
      }
      .switch input:focus-visible + .track {
        outline: 2px solid var(--_focus);
        outline-offset: 2px;
      }
      .switch input:disabled + .track {
        opacity: 0.55;
      }
      .switch[data-pending] .track::after {
        box-shadow: 0 0 0 3px color-mix(in srgb, var(--_accent) 35%, transparent);
      }
      @media (prefers-reduced-motion: reduce) {
        .track,
        .track::after {
          transition: none;
        }
      }
      .message {
        margin: calc(var(--_space) * 1.5) 0 0;
        color: var(--_danger);
      }
      .message:empty {
        display: none;
      }
      .updated {
        margin: var(--_space) 0 0;
        color: var(--_fg-muted);
        font-size: var(--_font-size-small);
      }
    `,
  ];

  private readonly preferences = new ResourceController(this, {
    args: () => (this.adapter?.preferences && this.clientId ? ([this.adapter, this.clientId] as const) : undefined),
    load: ([adapter, id], { signal }) => adapter.preferences!.get(id, { signal }),
  });

  private readonly mutation = new OptimisticMutation(this, {
    describeFailure: (error) => rollbackMessage(error, this.localize.t),
  });

  /** The preferences as shown (with changes not confirmed yet). */
  get value(): CommunicationPreferences | undefined {
    return this.preferences.value;
  }

  /** Settles when every switch change has been saved or rolled back. */
  saved(): Promise<void> {
    return this.mutation.settled;
  }

  /** Turns one notification on or off, at once; rolled back if the save fails. */
  toggle(topic: PreferenceTopic, channel: PreferenceChannel, enabled: boolean): void {
    const adapter = this.adapter;
    const clientId = this.clientId;
    if (!adapter?.preferences || !this.preferences.value || !this.can('preferences.edit')) return;
    const write = (value: boolean) => {
      const current = this.preferences.value!;
      this.preferences.set({ ...current, matrix: { ...current.matrix, [topic]: { ...current.matrix[topic], [channel]: value } } });
    };
    void this.mutation.run({
      key: `${topic}.${channel}`,
      apply: () => {
        const before = this.preferences.value!.matrix[topic][channel];
        write(enabled);
        return () => write(before);
      },
      commit: async () => {
        const patch = { [topic]: { [channel]: enabled } };
        try {
          return await adapter.preferences!.update(clientId, patch, { expectedVersion: this.preferences.value!.version });
        } catch (error) {
          // Changed elsewhere meanwhile: a switch is set to a value, so it applies to the new version too.
          const parsed = isAdapterError(error) && error.kind === 'conflict' ? CommunicationPreferences.safeParse(error.current) : undefined;
          if (!parsed?.success) throw error;
          return adapter.preferences!.update(clientId, patch, { expectedVersion: parsed.data.version });
        }
      },
      onCommitted: (saved) => {
        // Keep switches still waiting for their own save as the user set them.
        const shown = this.preferences.value!;
        const matrix = structuredClone(saved.matrix);
        for (const t of PREFERENCE_TOPICS) {
          for (const c of PREFERENCE_CHANNELS) if (this.mutation.isPending(`${t}.${c}`) && !(t === topic && c === channel)) matrix[t][c] = shown.matrix[t][c];
        }
        this.preferences.set({ ...saved, matrix });
        this.emit('client-preferences-change', { clientId, preferences: saved, topic, channel, enabled });
      },
    });
  }

  override render() {
    const { t } = this.localize;
    if (!this.adapter) return renderState({ kind: 'error', error: new Error(t.provider.noAdapter), title: t.provider.noAdapter }, t);
    if (!this.adapter.preferences) return renderState({ kind: 'empty', title: t.tabs.preferences.unavailable }, t);
    if (!this.clientId) return renderState({ kind: 'empty', title: t.file.noClientTitle, message: t.file.noClientMessage }, t);
    return this.preferences.render({
      loading: () => renderState({ kind: 'loading', shape: 'rows', lines: 6, label: t.tabs.preferences.loading }, t),
      error: (error) =>
        isNotFound(error)
          ? renderState({ kind: 'not-found' }, t)
          : renderState({ kind: 'error', error, retry: () => void this.preferences.reload() }, t),
      ready: (preferences) => this.renderMatrix(preferences),
    });
  }

  private renderMatrix(preferences: CommunicationPreferences) {
    const { t } = this.localize;
    const p = t.tabs.preferences;
    const canEdit = this.can('preferences.edit');
    return html`<div class="header">
        <h3 id="preferences-title">${p.title}</h3>
        <p class="intro">${canEdit ? p.intro : t.provider.readOnly}</p>
      </div>
      <div class="scroll">
        <table part="matrix" aria-labelledby="preferences-title">
          <thead>
            <tr>
              <th scope="col"><span class="visually-hidden">${p.topic}</span></th>
              ${PREFERENCE_CHANNELS.map((channel) => html`<th scope="col">${t.tabs.enums.preferenceChannel[channel]}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${PREFERENCE_TOPICS.map(
              (topic) => html`<tr>
                <th scope="row">${t.tabs.enums.preferenceTopic[topic]}</th>
                ${PREFERENCE_CHANNELS.map((channel) => {
                  const pending = this.mutation.isPending(`${topic}.${channel}`);
                  return html`<td>
                    <label class="switch" part="switch" ?data-pending=${pending}>
                      <input
                        type="checkbox"
                        role="switch"
                        data-topic=${topic}
                        data-channel=${channel}
                        .checked=${preferences.matrix[topic][channel]}
                        ?disabled=${!canEdit}
                        aria-label=${p.switchLabel(t.tabs.enums.preferenceTopic[topic], t.tabs.enums.preferenceChannel[channel])}
                        aria-busy=${pending ? 'true' : 'false'}
                        @change=${(event: Event) => this.toggle(topic, channel, (event.target as HTMLInputElement).checked)}
                      />
                      <span class="track" aria-hidden="true"></span>
                    </label>
                  </td>`;
                })}
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      <p class="message" part="message" role="alert">${this.mutation.message ?? ''}</p>
      ${this.mutation.pending ? html`<p class="updated" role="status">${t.common.saving}</p>` : html`<p class="updated">${p.updated(this.localize.dateTime(preferences.updatedAt))}</p>`}
      ${nothing}`;
  }
}
