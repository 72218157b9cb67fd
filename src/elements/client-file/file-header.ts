/*
 * Pieces of the <client-file> header banner, as render functions of plain data: the badges (booking
 * blocked, active alerts, allergies), the group and tag chips, the contact actions. The element owns
 * the state and the events; these only render (every value as text).
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { styleProps } from '../shared/style-props.js';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import type { Client } from '../../model/client.js';
import { ALERT_PRIORITIES, ALLERGY_SEVERITIES } from '../../model/clinical.js';
import type { Alert, Allergy } from '../../model/clinical.js';
import type { Group, Tag } from '../../model/group.js';
import type { ContactAction, ContactChannel } from './contact.js';

type Priority = (typeof ALERT_PRIORITIES)[number];
type Severity = (typeof ALLERGY_SEVERITIES)[number];

/** The highest priority among alerts (critical > high > medium > low). */
export function highestPriority(alerts: readonly Pick<Alert, 'priority'>[]): Priority | undefined {
  let best = -1;
  for (const alert of alerts) best = Math.max(best, ALERT_PRIORITIES.indexOf(alert.priority));
  return best >= 0 ? ALERT_PRIORITIES[best] : undefined;
}

/** Allergies from most to least severe. */
export function bySeverity<T extends Pick<Allergy, 'severity' | 'allergen'>>(allergies: readonly T[]): T[] {
  return [...allergies].sort(
    (a, b) => ALLERGY_SEVERITIES.indexOf(b.severity) - ALLERGY_SEVERITIES.indexOf(a.severity) || a.allergen.localeCompare(b.allergen),
  );
}

const HEX = /^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;

/**
 * A group or tag chip, on one line (a name too long for the header ends in an ellipsis, the whole
 * name in its title); its color (a validated hex) is set through CSSOM, never markup.
 */
function chip(label: string, color: string | undefined, kind: 'group' | 'tag'): TemplateResult {
  const style = color && HEX.test(color) ? styleProps({ '--_chip': color }) : nothing;
  return html`<li class="chip ${kind}" part="chip ${kind}" style=${style} title=${label}>
    <span class="chip-dot" aria-hidden="true"></span><span class="chip-label">${label}</span>
  </li>`;
}

/** The client's groups and tags as chips, named from the lists (unknown ids are left out). */
export function renderGroupAndTagChips(
  client: Pick<Client, 'groupIds' | 'tagIds'>,
  groups: readonly Group[] | undefined,
  tags: readonly Tag[] | undefined,
  localize: LocalizeController,
): TemplateResult | typeof nothing {
  const { t } = localize;
  const groupItems = groups ? client.groupIds.map((id) => groups.find((group) => group.id === id)).filter((group): group is Group => !!group) : [];
  const tagItems = tags ? client.tagIds.map((id) => tags.find((tag) => tag.id === id)).filter((tag): tag is Tag => !!tag) : [];
  if (!groupItems.length && !tagItems.length) return nothing;
  return html`
    ${groupItems.length
      ? html`<ul class="chips" aria-label=${t.file.header.groups}>${groupItems.map((group) => chip(group.name, group.color, 'group'))}</ul>`
      : nothing}
    ${tagItems.length ? html`<ul class="chips" aria-label=${t.file.header.tags}>${tagItems.map((tag) => chip(tag.name, tag.color, 'tag'))}</ul>` : nothing}
  `;
}

export interface BadgeData {
  alerts: readonly Alert[] | undefined;
  allergies: readonly Allergy[] | undefined;
  blacklisted: boolean;
}

/**
 * Badges always visible, each saying what it means in words (color only repeats it): booking
 * blocked, active alerts (count, highest priority, the list), and the allergies after an
 * "Allergies" label, each with its severity.
 */
export function renderBadges(data: BadgeData, localize: LocalizeController): TemplateResult {
  const { t } = localize;
  const alerts = data.alerts?.filter((alert) => alert.active) ?? [];
  const allergies = bySeverity(data.allergies?.filter((allergy) => allergy.active) ?? []);
  const highest = highestPriority(alerts);
  return html`<div class="badges" part="badges">
    ${data.blacklisted ? html`<span class="badge blocked" part="badge badge-blocked">${t.file.header.blacklistOn}</span>` : nothing}
    ${alerts.length && highest
      ? html`<details class="alerts" part="alerts">
          <summary class="badge priority-${highest}" part="badge badge-alerts">
            <span aria-hidden="true" class="icon">!</span>
            ${localize.plural(alerts.length, t.file.header.alertCount)} · ${t.file.header.highestPriority(t.enums.alertPriority[highest])}
          </summary>
          <ul class="alert-list">
            ${[...alerts]
              .sort((a, b) => ALERT_PRIORITIES.indexOf(b.priority) - ALERT_PRIORITIES.indexOf(a.priority))
              .map(
                (alert) => html`<li>
                  <span class="priority-dot priority-${alert.priority}" aria-hidden="true"></span>
                  <strong>${t.enums.alertPriority[alert.priority]}</strong>: ${alert.description}
                </li>`,
              )}
          </ul>
        </details>`
      : nothing}
    ${allergies.length
      ? html`<div class="allergies-row">
          <span class="badges-label" id="allergies-label">${t.file.header.allergies}</span>
          <ul class="allergies" aria-labelledby="allergies-label" part="allergies">
            ${allergies.map(
              (allergy) => html`<li class="badge severity-${allergy.severity as Severity}" part="badge badge-allergy">
                <span class="allergen">${allergy.allergen}</span><span class="visually-hidden">, </span>
                <span class="severity">${t.enums.allergySeverity[allergy.severity]}</span>
              </li>`,
            )}
          </ul>
        </div>`
      : nothing}
  </div>`;
}

const ICONS: Record<ContactChannel, TemplateResult> = {
  phone: html`<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M6.6 10.8a15.2 15.2 0 0 0 6.6 6.6l2.2-2.2a1 1 0 0 1 1-.25 11.4 11.4 0 0 0 3.6.57 1 1 0 0 1 1 1V20a1 1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1c0 1.25.2 2.45.57 3.6a1 1 0 0 1-.25 1z"/></svg>`,
  whatsapp: html`<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M12 2a10 10 0 0 0-8.6 15.1L2 22l5-1.3A10 10 0 1 0 12 2zm0 18.2a8.2 8.2 0 0 1-4.2-1.2l-.3-.2-3 .8.8-2.9-.2-.3A8.2 8.2 0 1 1 12 20.2zm4.5-6.1c-.25-.12-1.45-.72-1.68-.8s-.39-.12-.55.12-.63.8-.78.96-.29.18-.53.06a6.7 6.7 0 0 1-3.3-2.9c-.25-.43.25-.4.71-1.33a.45.45 0 0 0 0-.42c-.06-.12-.55-1.32-.75-1.8s-.4-.41-.55-.42h-.47a.9.9 0 0 0-.65.3 2.7 2.7 0 0 0-.85 2 4.7 4.7 0 0 0 1 2.5 10.8 10.8 0 0 0 4.1 3.63c1.53.66 2.13.72 2.9.6a2.5 2.5 0 0 0 1.63-1.15 2 2 0 0 0 .14-1.15c-.06-.1-.22-.16-.47-.28z"/></svg>`,
  email: html`<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M4 4h16a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2H4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2zm0 2v.5l8 5 8-5V6zm16 2.85-7.47 4.67a1 1 0 0 1-1.06 0L4 8.85V18h16z"/></svg>`,
  appointment: html`<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M7 2v2H5a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h14a2 2 0 0 0 2-2V6a2 2 0 0 0-2-2h-2V2h-2v2H9V2zm-2 8h14v10H5zm6 2v2H9v2h2v2h2v-2h2v-2h-2v-2z"/></svg>`,
};

/** The contact actions: links (tel:, https://wa.me/, mailto:) and the appointment button. */
export function renderContactActions(
  actions: readonly ContactAction[],
  localize: LocalizeController,
  onAction: (event: Event, action: ContactAction) => void,
): TemplateResult {
  const { t } = localize;
  const labels: Record<ContactChannel, string> = {
    phone: t.file.header.call,
    whatsapp: t.file.header.whatsapp,
    email: t.file.header.email,
    appointment: t.file.header.newAppointment,
  };
  const describe = (action: ContactAction) => (action.value ? `${labels[action.channel]}: ${action.value}` : labels[action.channel]);
  return html`<div class="actions" part="actions" role="group" aria-label=${t.file.header.contact}>
    ${actions.map((action) =>
      action.href
        ? html`<a
            class="action ${action.channel}"
            part="action action-${action.channel}"
            href=${action.href}
            title=${describe(action)}
            aria-label=${describe(action)}
            target=${action.channel === 'whatsapp' ? '_blank' : nothing}
            rel=${action.channel === 'whatsapp' ? 'noopener noreferrer' : nothing}
            @click=${(event: Event) => onAction(event, action)}
            >${ICONS[action.channel]}<span class="action-label">${labels[action.channel]}</span></a
          >`
        : html`<button
            type="button"
            class="action ${action.channel} primary"
            part="action action-${action.channel}"
            @click=${(event: Event) => onAction(event, action)}
          >
            ${ICONS[action.channel]}<span class="action-label">${labels[action.channel]}</span>
          </button>`,
    )}
  </div>`;
}
