// Invitation tokens for shared stories. A token says which story it opens, with which role and
// until when; it is signed with HMAC-SHA-256 under the desk's relay secret, so the relay can check
// it without keeping a list of invitations. `generation` lets "Stop sharing" revoke every token
// issued so far: the relay remembers the story's current generation and refuses older ones.
//
// Format: base64url(JSON payload) "." base64url(signature). Web Crypto only, so the same code signs
// in the browser and verifies in the relay.
import { z } from 'zod';
import { fromBase64Url, toBase64Url } from './base64url';

/** `owner`: whoever holds the desk secret (signs its own short-lived token); only an owner can
 * stop sharing, and an owner's token is not revoked by it. Invitations are editor or viewer. */
export const SHARE_ROLES = ['owner', 'editor', 'viewer'] as const;
export type ShareRole = (typeof SHARE_ROLES)[number];

const payloadSchema = z.strictObject({
  v: z.literal(1),
  story: z.string().min(1).max(200),
  role: z.enum(SHARE_ROLES),
  /** Expiry, milliseconds since the epoch. */
  exp: z.number().int().positive(),
  generation: z.number().int().nonnegative(),
});

export type InvitationClaims = z.infer<typeof payloadSchema>;

export type TokenRefusal =
  | { kind: 'malformed'; message: string }
  | { kind: 'bad-signature'; message: string }
  | { kind: 'expired'; message: string }
  | { kind: 'wrong-story'; message: string }
  | { kind: 'revoked'; message: string };

export type TokenCheck = { ok: true; claims: InvitationClaims } | { ok: false; refusal: TokenRefusal };

const encoder = new TextEncoder();

async function hmacKey(secret: string) {
  return crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
}

export async function signInvitation(claims: InvitationClaims, secret: string): Promise<string> {
  const payload = toBase64Url(encoder.encode(JSON.stringify(payloadSchema.parse(claims))));
  const signature = await crypto.subtle.sign('HMAC', await hmacKey(secret), encoder.encode(payload));
  return `${payload}.${toBase64Url(new Uint8Array(signature))}`;
}

function readPayload(encoded: string): InvitationClaims | null {
  const bytes = fromBase64Url(encoded);
  if (!bytes) return null;
  try {
    const parsed = payloadSchema.safeParse(JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export interface VerifyContext {
  secret: string;
  /** The story the connection asks for; a token for another story is refused. */
  story: string;
  /** Milliseconds since the epoch. */
  now: number;
  /** The story's current generation: tokens from before the last "Stop sharing" are refused. */
  generation: number;
}

export async function verifyInvitation(token: string, context: VerifyContext): Promise<TokenCheck> {
  const parts = token.split('.');
  const claims = parts.length === 2 ? readPayload(parts[0]!) : null;
  const signature = parts.length === 2 ? fromBase64Url(parts[1]!) : null;
  if (!claims || !signature) {
    return { ok: false, refusal: { kind: 'malformed', message: 'The invitation token is not a Crosscheck invitation (damaged or cut short).' } };
  }
  const valid = await crypto.subtle.verify('HMAC', await hmacKey(context.secret), signature, encoder.encode(parts[0]!));
  if (!valid) {
    return { ok: false, refusal: { kind: 'bad-signature', message: 'The invitation was not signed by this relay (wrong token or another desk’s secret).' } };
  }
  if (claims.story !== context.story) {
    return { ok: false, refusal: { kind: 'wrong-story', message: 'The invitation is for another story.' } };
  }
  if (claims.exp <= context.now) {
    return { ok: false, refusal: { kind: 'expired', message: `The invitation expired on ${new Date(claims.exp).toISOString().slice(0, 16).replace('T', ' ')} UTC.` } };
  }
  if (claims.role !== 'owner' && claims.generation < context.generation) {
    return { ok: false, refusal: { kind: 'revoked', message: 'Sharing of this story was stopped: the invitation was revoked.' } };
  }
  return { ok: true, claims };
}

/** Reads a token's claims without checking the signature: for showing role and expiry in the app. */
export function peekInvitation(token: string): InvitationClaims | null {
  const [payload, signature, ...rest] = token.split('.');
  return payload && signature && rest.length === 0 ? readPayload(payload) : null;
}
