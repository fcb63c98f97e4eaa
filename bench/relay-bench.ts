// npm run bench -- --relay: a load test of the desk relay on localhost. The relay runs as its own
// process (as `npm run relay` starts it); 10 clients each make 200 edits to one story, paced a few
// milliseconds apart. Reports whether every edit reached every client, the p50/p95/max time from
// an edit to the moment the last client saw it, and the relay's resident memory. Bounded: at most
// 2,000 edits and 120 s, then it stops by itself.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { signInvitation } from '../src/core/share/invitation-token';
import { connectTestClient, eventually, type RelayTestClient } from '../src/relay/relay-test-client';

const CLIENTS = 10;
const EDITS_PER_CLIENT = 200;
const PACE_MS = 5;
const PORT = 41_234;
const SECRET = 'relay benchmark secret, local only';
const STORY = 'bench-story';
const DEADLINE_MS = 120_000;
const ROOT = resolve(import.meta.dirname, '..');

function residentMegabytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/u.exec(status)?.[1] ?? NaN);
  return kb / 1024;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function startRelayProcess(dataDir: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), 'relay', '--port', String(PORT), '--data', dataDir], {
    cwd: ROOT,
    env: { ...process.env, CROSSCHECK_RELAY_SECRET: SECRET },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolveStart, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('listening')) resolveStart();
    });
    child.once('exit', (code) => reject(new Error(`the relay exited with code ${code} before listening`)));
  });
  return child;
}

export async function runRelayBench(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'crosscheck-relay-bench-'));
  const relay = await startRelayProcess(dataDir);
  const stopAt = Date.now() + DEADLINE_MS;
  const clients: RelayTestClient[] = [];
  try {
    const idleMb = residentMegabytes(relay.pid as number);
    const token = await signInvitation({ v: 1, story: STORY, role: 'editor', exp: Date.now() + DEADLINE_MS * 2, generation: 0 }, SECRET);
    for (let i = 0; i < CLIENTS; i += 1) clients.push(connectTestClient(`ws://127.0.0.1:${PORT}`, STORY, token));
    await Promise.all(clients.map((client) => client.ready));

    const sentAt = new Map<string, number>();
    const seenBy = new Map<string, number>();
    const lastSeenAt = new Map<string, number>();
    for (const client of clients) {
      client.doc.getMap<number>('edits').observe((event) => {
        const now = performance.now();
        for (const key of event.keysChanged) {
          const count = (seenBy.get(key) ?? 0) + 1;
          seenBy.set(key, count);
          if (count === CLIENTS) lastSeenAt.set(key, now);
        }
      });
    }
    const started = performance.now();
    await Promise.all(
      clients.map(async (client, clientIndex) => {
        for (let edit = 0; edit < EDITS_PER_CLIENT && Date.now() < stopAt; edit += 1) {
          const key = `c${clientIndex}-e${edit}`;
          sentAt.set(key, performance.now());
          client.doc.getMap<number>('edits').set(key, edit);
          await new Promise((resolveWait) => setTimeout(resolveWait, PACE_MS));
        }
      }),
    );
    await eventually(() => lastSeenAt.size === sentAt.size, 'every edit on every client', Math.max(1_000, stopAt - Date.now())).catch(() => undefined);
    const elapsed = performance.now() - started;
    const latencies = [...lastSeenAt].map(([key, at]) => at - (sentAt.get(key) as number)).sort((a, b) => a - b);
    const complete = clients.every((client) => client.doc.getMap('edits').size === sentAt.size);
    const busyMb = residentMegabytes(relay.pid as number);
    console.log(`Relay load test: ${CLIENTS} clients × ${EDITS_PER_CLIENT} edits on one story, localhost, relay in its own process\n`);
    console.log(`edits made: ${sentAt.size}; seen by all ${CLIENTS} clients: ${lastSeenAt.size}; every client holds every edit: ${complete ? 'yes' : 'NO'}`);
    console.log(`edit → seen by all: p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms, max ${(latencies.at(-1) ?? NaN).toFixed(1)} ms`);
    console.log(`wall time ${(elapsed / 1000).toFixed(1)} s; relay resident memory ${idleMb.toFixed(0)} MB idle, ${busyMb.toFixed(0)} MB after the run`);
    if (!complete) process.exitCode = 1;
  } finally {
    for (const client of clients) client.destroy();
    const exited = new Promise((resolveExit) => relay.once('exit', resolveExit));
    relay.kill('SIGTERM');
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
  }
}
