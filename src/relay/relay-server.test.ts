import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { signInvitation, type ShareRole } from '../core/share/invitation-token';
import { writeRelayMessage } from '../core/share/relay-messages';
import { startRelay, type RunningRelay } from './relay-server';
import { connectTestClient, eventually, type RelayTestClient } from './relay-test-client';

const SECRET = 'a desk secret long enough';
const STORY = 'story-under-test';
const HOUR = 3_600_000;

const running: RunningRelay[] = [];
const clients: RelayTestClient[] = [];

afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  for (const relay of running.splice(0)) await relay.stop();
});

async function relayOn(dataDir: string | null, port = 0) {
  const relay = await startRelay({
    port,
    host: '127.0.0.1',
    database: dataDir ? join(dataDir, 'stories.sqlite') : ':memory:',
    generationsFile: dataDir ? join(dataDir, 'generations.json') : null,
    secret: SECRET,
    quiet: true,
  });
  running.push(relay);
  return relay;
}

function token(role: ShareRole, overrides: { exp?: number; generation?: number; story?: string; secret?: string } = {}) {
  return signInvitation(
    { v: 1, story: overrides.story ?? STORY, role, exp: overrides.exp ?? Date.now() + HOUR, generation: overrides.generation ?? 0 },
    overrides.secret ?? SECRET,
  );
}

function client(relay: RunningRelay, tokenValue: string, doc?: Y.Doc) {
  const connected = connectTestClient(`ws://127.0.0.1:${relay.port}`, STORY, tokenValue, doc);
  clients.push(connected);
  return connected;
}

const notes = (c: RelayTestClient) => c.doc.getMap<string>('notes');

describe('the relay', () => {
  it('carries an editor’s change to the other clients of the story', async () => {
    const relay = await relayOn(null);
    const a = client(relay, await token('owner'));
    const b = client(relay, await token('editor'));
    await Promise.all([a.ready, b.ready]);
    notes(a).set('claim-1', 'from A');
    notes(b).set('claim-2', 'from B');
    await eventually(() => notes(a).get('claim-2') === 'from B' && notes(b).get('claim-1') === 'from A', 'both edits on both clients');
  });

  it('refuses a viewer’s update on the server: nobody else ever sees it', async () => {
    const relay = await relayOn(null);
    const editor = client(relay, await token('editor'));
    const viewer = client(relay, await token('viewer'));
    await Promise.all([editor.ready, viewer.ready]);
    notes(viewer).set('forged', 'written by a viewer');
    notes(editor).set('marker', 'after the forged edit');
    await eventually(() => notes(viewer).get('marker') === 'after the forged edit', 'the editor’s change reaching the viewer');
    const late = client(relay, await token('editor'));
    await late.ready;
    expect(notes(late).get('marker')).toBe('after the forged edit');
    expect(notes(late).has('forged')).toBe(false);
    expect(notes(editor).has('forged')).toBe(false);
  });

  it('refuses a missing, forged, expired or other-story token with a reason the app can show', async () => {
    const relay = await relayOn(null);
    const cases: Array<[string, string]> = [
      ['', 'No invitation token'],
      ['garbage', 'not a Crosscheck invitation'],
      [await token('editor', { secret: 'some other desk secret' }), 'not signed by this relay'],
      [await token('editor', { exp: Date.now() - 1 }), 'expired'],
      [await token('editor', { story: 'another-story' }), 'another story'],
    ];
    for (const [value, reason] of cases) {
      const refused = client(relay, value);
      await expect(refused.ready).rejects.toThrow(reason);
    }
  });

  it('tells each client its role and the story’s generation', async () => {
    const relay = await relayOn(null);
    const viewer = client(relay, await token('viewer'));
    await viewer.ready;
    await eventually(() => viewer.messages.length > 0, 'the share state');
    expect(viewer.messages[0]).toEqual({ type: 'share-state', generation: 0, role: 'viewer' });
  });

  it('stops sharing at the owner’s word: invitations issued so far are refused, the owner stays', async () => {
    const relay = await relayOn(null);
    const owner = client(relay, await token('owner'));
    const invitation = await token('editor', { generation: 0 });
    const guest = client(relay, invitation);
    await Promise.all([owner.ready, guest.ready]);
    guest.provider.sendStateless(writeRelayMessage({ type: 'stop-sharing' }));
    await new Promise((resolve) => setTimeout(resolve, 200));
    const stillOpen = client(relay, await token('viewer', { generation: 0 }));
    await stillOpen.ready;

    owner.provider.sendStateless(writeRelayMessage({ type: 'stop-sharing' }));
    await eventually(() => owner.messages.some((m) => m.type === 'share-state' && m.generation === 1), 'the new generation');
    await eventually(() => guest.closeReasons.some((r) => r.includes('revoked')), 'the guest being closed');
    const again = client(relay, invitation);
    await expect(again.ready).rejects.toThrow('revoked');
    const fresh = client(relay, await token('editor', { generation: 1 }));
    await fresh.ready;
  });

  it('serves the stories it had after a restart, and remembers revocations', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'crosscheck-relay-'));
    const first = await relayOn(dataDir);
    const owner = client(first, await token('owner'));
    await owner.ready;
    notes(owner).set('kept', 'across a restart');
    owner.provider.sendStateless(writeRelayMessage({ type: 'stop-sharing' }));
    await eventually(() => owner.messages.some((m) => m.type === 'share-state' && m.generation === 1), 'the revocation');
    owner.destroy();
    await first.stop();
    running.splice(running.indexOf(first), 1);

    const second = await relayOn(dataDir);
    const reader = client(second, await token('viewer', { generation: 1 }));
    await reader.ready;
    expect(notes(reader).get('kept')).toBe('across a restart');
    const revoked = client(second, await token('viewer', { generation: 0 }));
    await expect(revoked.ready).rejects.toThrow('revoked');
  });

  it('merges edits made on both sides while the relay was down', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'crosscheck-relay-'));
    const first = await relayOn(dataDir);
    const port = first.port;
    const a = client(first, await token('owner'));
    const b = client(first, await token('editor'));
    await Promise.all([a.ready, b.ready]);
    await first.stop();
    running.splice(running.indexOf(first), 1);

    notes(a).set('offline-a', 'made by A while the relay was down');
    notes(b).set('offline-b', 'made by B while the relay was down');
    await relayOn(dataDir, port);
    await eventually(
      () => notes(a).get('offline-b') !== undefined && notes(b).get('offline-a') !== undefined,
      'both offline edits on both clients',
      10_000,
    );
  });
});
