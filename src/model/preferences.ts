import * as z from 'zod/mini';
import { Id, IsoDateTime, Version } from './primitives.js';

export const PREFERENCE_TOPICS = ['appointments', 'service', 'packages', 'marketing', 'transactions'] as const;
export const PREFERENCE_CHANNELS = ['sms', 'push', 'email'] as const;
export type PreferenceTopic = (typeof PREFERENCE_TOPICS)[number];
export type PreferenceChannel = (typeof PREFERENCE_CHANNELS)[number];

const ChannelSwitches = z.object({ sms: z.boolean(), push: z.boolean(), email: z.boolean() });
export const PreferenceMatrix = z.object({
  appointments: ChannelSwitches,
  service: ChannelSwitches,
  packages: ChannelSwitches,
  marketing: ChannelSwitches,
  transactions: ChannelSwitches,
});
export type PreferenceMatrix = z.infer<typeof PreferenceMatrix>;

/** Which notifications the client receives, topic × channel. */
export const CommunicationPreferences = z.object({
  clientId: Id,
  version: Version,
  matrix: PreferenceMatrix,
  updatedAt: IsoDateTime,
});
export type CommunicationPreferences = z.infer<typeof CommunicationPreferences>;

/** Change some switches: `{ marketing: { sms: false } }`. */
export const PreferencesPatch = z.object({
  appointments: z.optional(z.partial(ChannelSwitches)),
  service: z.optional(z.partial(ChannelSwitches)),
  packages: z.optional(z.partial(ChannelSwitches)),
  marketing: z.optional(z.partial(ChannelSwitches)),
  transactions: z.optional(z.partial(ChannelSwitches)),
});
export type PreferencesPatch = z.infer<typeof PreferencesPatch>;

