import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fromBase64Url, toBase64Url } from './base64url';
import { peekInvitation, signInvitation, verifyInvitation, type InvitationClaims } from './invitation-token';

const SECRET = 'desk secret for tests';
const NOW = Date.UTC(2026, 10, 30, 12);
const claims: InvitationClaims = { v: 1, story: 'story-1', role: 'viewer', exp: NOW + 3_600_000, generation: 2 };
const context = { secret: SECRET, story: 'story-1', now: NOW, generation: 2 };

describe('base64url', () => {
  it('round-trips any bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
      expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes);
    }));
  });

  it('refuses characters outside the URL-safe alphabet', () => {
    expect(fromBase64Url('ab+/')).toBeNull();
    expect(fromBase64Url('a')).toBeNull();
  });
});

describe('invitation tokens', () => {
  it('verifies a token it signed and returns its claims', async () => {
    const token = await signInvitation(claims, SECRET);
    expect(await verifyInvitation(token, context)).toEqual({ ok: true, claims });
    expect(peekInvitation(token)).toEqual(claims);
  });

  it('refuses a token signed with another secret', async () => {
    const token = await signInvitation(claims, 'another desk');
    const check = await verifyInvitation(token, context);
    expect(check).toMatchObject({ ok: false, refusal: { kind: 'bad-signature' } });
  });

  it('refuses a token whose payload was changed to a stronger role', async () => {
    const token = await signInvitation(claims, SECRET);
    const [, signature] = token.split('.');
    const forged = `${toBase64Url(new TextEncoder().encode(JSON.stringify({ ...claims, role: 'editor' })))}.${signature}`;
    expect(await verifyInvitation(forged, context)).toMatchObject({ ok: false, refusal: { kind: 'bad-signature' } });
  });

  it('refuses expired, revoked, other-story and malformed tokens, each with its own reason', async () => {
    const token = await signInvitation(claims, SECRET);
    expect(await verifyInvitation(token, { ...context, now: claims.exp })).toMatchObject({ ok: false, refusal: { kind: 'expired' } });
    expect(await verifyInvitation(token, { ...context, generation: 3 })).toMatchObject({ ok: false, refusal: { kind: 'revoked' } });
    expect(await verifyInvitation(token, { ...context, story: 'story-2' })).toMatchObject({ ok: false, refusal: { kind: 'wrong-story' } });
    expect(await verifyInvitation('not a token', context)).toMatchObject({ ok: false, refusal: { kind: 'malformed' } });
    expect(await verifyInvitation('', context)).toMatchObject({ ok: false, refusal: { kind: 'malformed' } });
  });

  it('answers arbitrary strings with a refusal, never an exception', async () => {
    await fc.assert(fc.asyncProperty(fc.string(), async (token) => {
      const check = await verifyInvitation(token, context);
      expect(check.ok).toBe(false);
    }), { numRuns: 200 });
  });
});

describe('owner tokens', () => {
  it('survive stopping the share (only invitations are revoked)', async () => {
    const token = await signInvitation({ ...claims, role: 'owner', generation: 0 }, SECRET);
    expect(await verifyInvitation(token, { ...context, generation: 5 })).toMatchObject({ ok: true });
  });
});
