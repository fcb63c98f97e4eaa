// The desk's relay: a Hocuspocus server that keeps each shared story (one Yjs document per story)
// in a SQLite file and lets in only holders of a valid invitation.
//  1. onAuthenticate checks the token's signature, story, expiry and generation; a viewer's
//     connection is read-only, which Hocuspocus enforces on every incoming update.
//  2. connected tells each client its role and the story's generation (the owner needs it to sign
//     invitations that will be accepted).
//  3. onStateless handles "stop sharing" from an owner: the generation moves on, so every invitation
//     issued so far is refused, and every connection but the owner's is closed.
// The relay reads everything in the stories it serves: it is trusted, like the desk's file server.
import type { Socket } from 'node:net';
import { Server, type Extension } from '@hocuspocus/server';
import { SQLite } from '@hocuspocus/extension-sqlite';
import { Redis } from '@hocuspocus/extension-redis';
import { verifyInvitation, type ShareRole } from '../core/share/invitation-token';
import { readRelayMessage, writeRelayMessage } from '../core/share/relay-messages';
import { openShareGenerations } from './share-generations';

export interface RelayOptions {
  port: number;
  host: string;
  /** SQLite file holding the stories; ':memory:' for tests. */
  database: string;
  /** JSON file with each story's token generation; null keeps them in memory (tests). */
  generationsFile: string | null;
  secret: string;
  /** Several relays behind one load balancer share documents through Redis. */
  redis?: { host: string; port: number };
  now?: () => number;
  quiet?: boolean;
}

export interface RunningRelay {
  port: number;
  stop(): Promise<void>;
}

interface ConnectionContext {
  role: ShareRole;
}

/** Thrown from onAuthenticate: Hocuspocus sends `reason` to the client as the refusal. */
class InvitationRefused {
  constructor(readonly reason: string) {}
}

function authExtension(options: RelayOptions, generations: ReturnType<typeof openShareGenerations>): Extension<ConnectionContext> {
  const now = options.now ?? Date.now;
  return {
    extensionName: 'crosscheck-invitations',
    async onAuthenticate({ token, documentName, connectionConfig }) {
      if (!token) throw new InvitationRefused('No invitation token: open the story from an invitation link.');
      const check = await verifyInvitation(token, {
        secret: options.secret,
        story: documentName,
        now: now(),
        generation: generations.current(documentName),
      });
      if (!check.ok) throw new InvitationRefused(check.refusal.message);
      connectionConfig.readOnly = check.claims.role === 'viewer';
      return { role: check.claims.role };
    },
    async connected({ connection, documentName, context }) {
      connection.sendStateless(writeRelayMessage({ type: 'share-state', generation: generations.current(documentName), role: context.role }));
    },
    async onStateless({ connection, document, documentName, payload }) {
      const message = readRelayMessage(payload);
      if (message?.type !== 'stop-sharing' || (connection.context as ConnectionContext).role !== 'owner') return;
      const generation = generations.advance(documentName);
      for (const other of document.getConnections()) {
        if (other === connection) continue;
        other.close({ code: 4403, reason: 'Sharing of this story was stopped: the invitation was revoked.' });
      }
      connection.sendStateless(writeRelayMessage({ type: 'share-state', generation, role: 'owner' }));
    },
  };
}

export async function startRelay(options: RelayOptions): Promise<RunningRelay> {
  const generations = openShareGenerations(options.generationsFile);
  const extensions: Extension[] = [authExtension(options, generations), new SQLite({ database: options.database })];
  if (options.redis) extensions.push(new Redis({ host: options.redis.host, port: options.redis.port }));
  const server = new Server({
    port: options.port,
    address: options.host,
    quiet: options.quiet ?? false,
    stopOnSignals: false,
    extensions,
  });
  // Hocuspocus closes each document's connection on destroy but leaves the upgraded sockets open;
  // a stopped relay must drop them as a crashed one would, so that clients reconnect.
  const sockets = new Set<Socket>();
  server.httpServer.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  await server.listen();
  return {
    port: server.address.port,
    async stop() {
      for (const socket of sockets) socket.destroy();
      await server.destroy();
    },
  };
}
