import { describe, expect, it } from 'vitest';
import { checkRelayAddress, invitationLink, readInvitation } from './invitation-link';
import { signInvitation } from './invitation-token';

const claims = { v: 1 as const, story: 'st-1', role: 'editor' as const, exp: Date.UTC(2030, 0, 1), generation: 0 };

describe('invitation links', () => {
  it('carry relay, story, name and token through the #/join route', async () => {
    const token = await signInvitation(claims, 'secret of the desk');
    const link = invitationLink('https://crosscheck.example/#/compare?docs=a,b', { relay: 'wss://relay.example', story: 'st-1', storyName: 'Vote & veto', token });
    expect(link.startsWith('https://crosscheck.example/#/join?')).toBe(true);
    const read = readInvitation(link.split('#/join?')[1] as string);
    expect(read).toEqual({ ok: true, invitation: { relay: 'wss://relay.example', story: 'st-1', storyName: 'Vote & veto', token, claims } });
  });

  it('names what is missing or damaged', async () => {
    expect(readInvitation('story=st-1')).toEqual({ ok: false, message: 'This invitation link is incomplete (missing: relay address, token). Ask for the link again.' });
    expect(readInvitation('relay=http://x&story=s&token=t')).toMatchObject({ ok: false, message: expect.stringContaining('must start with wss://') });
    expect(readInvitation('relay=ws://x&story=s&token=t')).toMatchObject({ ok: false, message: expect.stringContaining('token cannot be read') });
    const other = await signInvitation({ ...claims, story: 'st-2' }, 'secret of the desk');
    expect(readInvitation(new URLSearchParams({ relay: 'ws://x', story: 'st-1', token: other }).toString())).toMatchObject({
      ok: false,
      message: expect.stringContaining('for another story'),
    });
    const owner = await signInvitation({ ...claims, role: 'owner' }, 'secret of the desk');
    expect(readInvitation(new URLSearchParams({ relay: 'ws://x', story: 'st-1', token: owner }).toString())).toMatchObject({ ok: false, message: expect.stringContaining('owner token') });
  });

  it('accepts ws and wss relay addresses only', () => {
    expect(checkRelayAddress(' ws://127.0.0.1:1234/ ')).toEqual({ ok: true, url: 'ws://127.0.0.1:1234' });
    expect(checkRelayAddress('wss://relay.desk.example')).toEqual({ ok: true, url: 'wss://relay.desk.example' });
    expect(checkRelayAddress('javascript:alert(1)')).toMatchObject({ ok: false });
    expect(checkRelayAddress('relay.desk')).toMatchObject({ ok: false });
  });
});
