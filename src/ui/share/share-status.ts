import type { StoryShare } from '../../state/share-store';
import type { Claim } from '../../core/model/claims';
import type { Peer, ShareStatus } from '../../state/story-connection';

/** One line on where a shared story stands, for the header chip and the share dialog. */
export function describeShareStatus(status: ShareStatus | null, share: StoryShare): string {
  const role = share.kind === 'owner' ? 'owner' : share.role;
  switch (status?.kind) {
    case undefined:
    case 'connecting':
      return 'Connecting to the relay…';
    case 'live':
      return `Live as ${role}`;
    case 'offline':
      return 'Offline: your edits are kept here and sent when the relay is back';
    case 'refused':
      return `Not connected: ${status.message}`;
  }
}

/** "Ben — on the claim “invasion of Ukraine…”, reading 002_…": where a member of the desk is. */
export function describePeer(peer: Peer, claims: ReadonlyMap<string, Claim>): string {
  const places: string[] = [];
  const claim = peer.claimId ? claims.get(peer.claimId) : undefined;
  if (claim) places.push(`on the claim “${claim.statement.length > 50 ? `${claim.statement.slice(0, 49)}…` : claim.statement}”`);
  if (peer.docId) places.push(`reading ${peer.docId}`);
  return places.length > 0 ? `${peer.name} — ${places.join(', ')}` : peer.name;
}
