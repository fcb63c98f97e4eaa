// Words and symbols for statuses and stances: status is never shown by colour alone.
import type { ClaimStatus, Stance } from '../../core/model/claims';

export const CLAIM_STATUSES: readonly ClaimStatus[] = ['unverified', 'consistent', 'discrepant'];
export const STANCES: readonly Stance[] = ['supports', 'contradicts', 'mentions'];

export const STATUS_LABEL: Record<ClaimStatus, string> = {
  unverified: 'Unverified',
  consistent: 'Consistent',
  discrepant: 'Discrepant',
};

export const STATUS_SYMBOL: Record<ClaimStatus, string> = {
  unverified: '?',
  consistent: '✓',
  discrepant: '✗',
};

export const STANCE_LABEL: Record<Stance, string> = {
  supports: 'Supports',
  contradicts: 'Contradicts',
  mentions: 'Mentions',
};

/** Quote marks the text already has at its ends ("…", “…”, '…'), and a comma left inside the closing one. */
const END_QUOTES = /^[\s"'“”‘’«»]+|[\s,"'“”‘’«»]+$/g;

/** The text between curly quotes, once: a selection that took its own quote marks is not quoted twice. */
export function quoted(text: string, limit = 80): string {
  return `“${shorten(text.replace(END_QUOTES, ''), limit)}”`;
}

/** Long statements are cut for labels and titles; the panel shows them whole. */
export function shorten(text: string, limit = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= limit ? flat : `${flat.slice(0, limit - 1).trimEnd()}…`;
}
