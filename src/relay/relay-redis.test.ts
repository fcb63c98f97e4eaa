// Two relays behind one (imagined) load balancer, sharing documents through Redis. Needs a
// redis-server binary: .ci/run installs Debian's package; on a laptop without it this file fails
// with a message saying so rather than passing without testing anything.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signInvitation } from '../core/share/invitation-token';
import { writeRelayMessage } from '../core/share/relay-messages';
import { startRelay, type RunningRelay } from './relay-server';
import { connectTestClient, eventually, type RelayTestClient } from './relay-test-client';

const SECRET = 'a desk secret long enough';
const STORY = 'story-across-relays';

let redis: ChildProcess | null = null;
let redisPort = 0;
const relays: RunningRelay[] = [];
const clients: RelayTestClient[] = [];

beforeAll(async () => {
  const found = spawnSync('redis-server', ['--version']);
  if (found.error) throw new Error('redis-server is not installed (apt-get install redis-server); the multi-relay test needs it');
  // A port of its own (test runs of other checkouts may have a Redis of theirs up), and the
  // relays start once Redis says it accepts connections, not after a guessed delay.
  redisPort = await freePort();
  const server = spawn('redis-server', ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'inherit'] });
  redis = server;
  await new Promise<void>((resolve, reject) => {
    let log = '';
    server.stdout?.on('data', (chunk: Buffer) => {
      log += chunk.toString();
      if (log.includes('Ready to accept connections')) resolve();
    });
    server.on('exit', (code) => reject(new Error(`redis-server exited (${code}) before accepting connections:\n${log}`)));
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

afterAll(async () => {
  for (const client of clients) client.destroy();
  for (const relay of relays) await relay.stop();
  redis?.kill('SIGTERM');
});

describe('several relays behind a load balancer', () => {
  it('carry edits and revocations between clients connected to different relays', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'crosscheck-relays-'));
    for (let i = 0; i < 2; i += 1) {
      relays.push(
        await startRelay({
          port: 0,
          host: '127.0.0.1',
          database: join(dataDir, `stories-${i}.sqlite`),
          generationsFile: join(dataDir, 'share-generations.json'),
          secret: SECRET,
          redis: { host: '127.0.0.1', port: redisPort },
          quiet: true,
        }),
      );
    }
    const token = (role: 'owner' | 'editor', generation = 0) => signInvitation({ v: 1, story: STORY, role, exp: Date.now() + 3_600_000, generation }, SECRET);
    const [first, second] = relays as [RunningRelay, RunningRelay];
    const onFirst = connectTestClient(`ws://127.0.0.1:${first.port}`, STORY, await token('owner'));
    const onSecond = connectTestClient(`ws://127.0.0.1:${second.port}`, STORY, await token('editor'));
    clients.push(onFirst, onSecond);
    await Promise.all([onFirst.ready, onSecond.ready]);

    onFirst.doc.getMap('claims').set('a', 'written through relay 1');
    onSecond.doc.getMap('claims').set('b', 'written through relay 2');
    await eventually(
      () => onSecond.doc.getMap('claims').get('a') !== undefined && onFirst.doc.getMap('claims').get('b') !== undefined,
      'edits crossing between the relays',
    );

    onFirst.provider.sendStateless(writeRelayMessage({ type: 'stop-sharing' }));
    await eventually(() => onFirst.messages.some((m) => m.type === 'share-state' && m.generation === 1), 'the revocation');
    const revoked = connectTestClient(`ws://127.0.0.1:${second.port}`, STORY, await token('editor', 0));
    clients.push(revoked);
    await expect(revoked.ready).rejects.toThrow('revoked');
  });
});
