// The invitation link an owner hands to the desk: the app's address with a `#/join` route holding
// the relay's address, the story's id and name, and the signed token. Everything after `#` stays in
// the browser (never sent to the app's server), which is why the token travels there.
import { peekInvitation, type InvitationClaims } from './invitation-token';

export interface Invitation {
  relay: string;
  story: string;
  storyName: string;
  token: string;
  claims: InvitationClaims;
}

export type InvitationRead = { ok: true; invitation: Invitation } | { ok: false; message: string };

/** A relay address the browser can connect to: ws:// or wss://, with a host. */
export function checkRelayAddress(value: string): { ok: true; url: string } | { ok: false; message: string } {
  const trimmed = value.trim();
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return { ok: false, message: `“${trimmed}” is not an address: write it like wss://relay.example.org or ws://127.0.0.1:1234.` };
  }
  if (url.protocol !== 'ws:' && url.protocol !== 'wss:') {
    return { ok: false, message: `The relay address must start with wss:// (or ws:// on this machine), not ${url.protocol}//.` };
  }
  if (!url.hostname) return { ok: false, message: 'The relay address has no host name.' };
  return { ok: true, url: trimmed.replace(/\/+$/u, '') };
}

export function invitationLink(appAddress: string, invitation: Omit<Invitation, 'claims'>): string {
  const params = new URLSearchParams({ relay: invitation.relay, story: invitation.story, name: invitation.storyName, token: invitation.token });
  return `${appAddress.replace(/#.*$/u, '')}#/join?${params.toString()}`;
}

/** Reads the query of a `#/join?…` route; each problem is named so the app can say what is wrong. */
export function readInvitation(query: string): InvitationRead {
  const params = new URLSearchParams(query);
  const relay = params.get('relay');
  const story = params.get('story');
  const token = params.get('token');
  if (!relay || !story || !token) {
    const missing = [!relay && 'relay address', !story && 'story', !token && 'token'].filter(Boolean).join(', ');
    return { ok: false, message: `This invitation link is incomplete (missing: ${missing}). Ask for the link again.` };
  }
  const address = checkRelayAddress(relay);
  if (!address.ok) return { ok: false, message: `This invitation link is damaged: ${address.message}` };
  const claims = peekInvitation(token);
  if (!claims) return { ok: false, message: 'This invitation link is damaged: its token cannot be read. Ask for the link again.' };
  if (claims.story !== story) return { ok: false, message: 'This invitation link is damaged: its token is for another story.' };
  if (claims.role === 'owner') return { ok: false, message: 'This link carries an owner token, which is never handed out; ask for an invitation.' };
  return { ok: true, invitation: { relay: address.url, story, storyName: params.get('name') || 'Shared story', token, claims } };
}
