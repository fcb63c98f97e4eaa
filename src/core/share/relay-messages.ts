// The few messages the app and the relay exchange beside Yjs sync, as Hocuspocus stateless
// payloads (JSON strings). Read with a schema on both sides: each side treats the other as outside input.
import { z } from 'zod';
import { SHARE_ROLES } from './invitation-token';

const shareState = z.strictObject({
  type: z.literal('share-state'),
  /** The story's current token generation: invitations must carry it to be accepted. */
  generation: z.number().int().nonnegative(),
  /** The role the relay granted this connection. */
  role: z.enum(SHARE_ROLES),
});

const stopSharing = z.strictObject({ type: z.literal('stop-sharing') });

export const relayMessageSchema = z.discriminatedUnion('type', [shareState, stopSharing]);
export type RelayMessage = z.infer<typeof relayMessageSchema>;

/** The message, or null for anything that is not one of ours. */
export function readRelayMessage(payload: string): RelayMessage | null {
  try {
    const parsed = relayMessageSchema.safeParse(JSON.parse(payload));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function writeRelayMessage(message: RelayMessage): string {
  return JSON.stringify(message);
}
