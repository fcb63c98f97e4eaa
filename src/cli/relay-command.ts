// `crosscheck relay`: starts the desk's relay for shared stories. The desk secret signs every
// invitation; it comes from CROSSCHECK_RELAY_SECRET, --secret-file, or is made on first start and
// kept in the data folder (readable by its owner only).
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { parseArgs, type Parsed } from './args';
import { startRelay } from '../relay/relay-server';

const USAGE = `crosscheck relay — share stories with your desk (Hocuspocus relay)

Usage:
  crosscheck relay [--port 1234] [--host 127.0.0.1] [--data ./relay-data]
                   [--secret-file <file>] [--redis <host>:<port>]

  --port         port to listen on (default 1234)
  --host         address to listen on (default 127.0.0.1; put a TLS proxy in front for a desk)
  --data         folder for stories.sqlite, share generations and the desk secret (default ./relay-data)
  --secret-file  file holding the desk secret (else CROSSCHECK_RELAY_SECRET, else
                 <data>/relay-secret, made on first start)
  --redis        share documents with other relays through Redis (several relays behind one
                 load balancer)`;

export interface RelayArgs {
  port: number;
  host: string;
  data: string;
  secretFile: string | null;
  redis: { host: string; port: number } | null;
  help: boolean;
}

const MIN_SECRET_LENGTH = 16;

function parsePort(value: string, flag: string): Parsed<number> {
  const port = Number(value);
  if (!/^\d+$/u.test(value) || port < 1 || port > 65535) return { ok: false, error: `${flag} "${value}" is not a port number (1–65535)` };
  return { ok: true, value: port };
}

export function parseRelayArgs(argv: readonly string[]): Parsed<RelayArgs> {
  const parsed = parseArgs(argv, [
    { name: 'port', kind: 'single' },
    { name: 'host', kind: 'single' },
    { name: 'data', kind: 'single' },
    { name: 'secret-file', kind: 'single' },
    { name: 'redis', kind: 'single' },
  ]);
  if (!parsed.ok) return parsed;
  const { flags, positionals, help } = parsed.value;
  if (positionals.length > 0) return { ok: false, error: `unexpected argument "${positionals[0]}"` };
  const port = parsePort(flags.get('port')?.[0] ?? '1234', '--port');
  if (!port.ok) return port;
  let redis: RelayArgs['redis'] = null;
  const redisValue = flags.get('redis')?.[0];
  if (redisValue !== undefined) {
    const colon = redisValue.lastIndexOf(':');
    if (colon <= 0) return { ok: false, error: `--redis "${redisValue}" must look like <host>:<port>` };
    const redisPort = parsePort(redisValue.slice(colon + 1), '--redis');
    if (!redisPort.ok) return redisPort;
    redis = { host: redisValue.slice(0, colon), port: redisPort.value };
  }
  return {
    ok: true,
    value: {
      port: port.value,
      host: flags.get('host')?.[0] ?? '127.0.0.1',
      data: flags.get('data')?.[0] ?? 'relay-data',
      secretFile: flags.get('secret-file')?.[0] ?? null,
      redis,
      help,
    },
  };
}

type Secret = { ok: true; secret: string; madeAt: string | null } | { ok: false; error: string };

function readSecret(args: RelayArgs, dataDir: string): Secret {
  const fromEnv = process.env.CROSSCHECK_RELAY_SECRET;
  if (fromEnv !== undefined && args.secretFile === null) {
    return fromEnv.length >= MIN_SECRET_LENGTH
      ? { ok: true, secret: fromEnv, madeAt: null }
      : { ok: false, error: `CROSSCHECK_RELAY_SECRET is shorter than ${MIN_SECRET_LENGTH} characters` };
  }
  const file = args.secretFile ?? join(dataDir, 'relay-secret');
  if (existsSync(file)) {
    const secret = readFileSync(file, 'utf8').trim();
    return secret.length >= MIN_SECRET_LENGTH
      ? { ok: true, secret, madeAt: null }
      : { ok: false, error: `the secret in ${file} is shorter than ${MIN_SECRET_LENGTH} characters` };
  }
  if (args.secretFile !== null) return { ok: false, error: `--secret-file ${file} does not exist` };
  const secret = randomBytes(24).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return { ok: true, secret, madeAt: file };
}

export async function runRelayCommand(argv: readonly string[]): Promise<number> {
  const parsed = parseRelayArgs(argv);
  if (!parsed.ok) {
    process.stderr.write(`crosscheck relay: ${parsed.error}\n\n${USAGE}\n`);
    return 2;
  }
  if (parsed.value.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const args = parsed.value;
  const dataDir = resolve(args.data);
  mkdirSync(dataDir, { recursive: true });
  const secret = readSecret(args, dataDir);
  if (!secret.ok) {
    process.stderr.write(`crosscheck relay: ${secret.error}\n`);
    return 2;
  }
  const relay = await startRelay({
    port: args.port,
    host: args.host,
    database: join(dataDir, 'stories.sqlite'),
    generationsFile: join(dataDir, 'share-generations.json'),
    secret: secret.secret,
    ...(args.redis ? { redis: args.redis } : {}),
    quiet: true,
  });
  process.stdout.write(`Crosscheck relay listening on ws://${args.host}:${relay.port} — stories in ${join(dataDir, 'stories.sqlite')}\n`);
  if (secret.madeAt) process.stdout.write(`A new desk secret was made and kept in ${secret.madeAt}.\n`);
  process.stdout.write(`Desk secret (give it only to whoever shares stories): ${secret.secret}\n`);
  await new Promise<void>((resolveStop) => {
    const stop = () => void relay.stop().then(resolveStop);
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}
