// Each shared story's token generation, kept in a small JSON file in the relay's data folder so
// that a restarted relay still refuses invitations revoked before the restart. Several relays
// started on one data folder (behind a load balancer) see each other's revocations: the file is
// read again whenever it changed, and written whole to a temporary file renamed over the old one,
// so a crash never leaves half a file.
import { existsSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';

export interface ShareGenerations {
  current(story: string): number;
  /** Revokes every invitation issued so far; returns the new generation. */
  advance(story: string): number;
}

function readGenerations(file: string): Map<string, number> {
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new Error(`${file} is not a generations file (expected an object of story → number); move it away to start afresh`);
  }
  const entries = Object.entries(parsed).filter((entry): entry is [string, number] => Number.isInteger(entry[1]) && (entry[1] as number) >= 0);
  return new Map(entries);
}

/** `file` null keeps generations in memory only (tests). */
export function openShareGenerations(file: string | null): ShareGenerations {
  let generations = new Map<string, number>();
  let readVersion = -1;
  const fresh = () => {
    if (!file || !existsSync(file)) return generations;
    const version = statSync(file).mtimeMs;
    if (version !== readVersion) {
      generations = readGenerations(file);
      readVersion = version;
    }
    return generations;
  };
  return {
    current: (story) => fresh().get(story) ?? 0,
    advance(story) {
      const next = (fresh().get(story) ?? 0) + 1;
      generations.set(story, next);
      if (file) {
        writeFileSync(`${file}.tmp`, JSON.stringify(Object.fromEntries(generations), null, 2));
        renameSync(`${file}.tmp`, file);
        readVersion = statSync(file).mtimeMs;
      }
      return next;
    },
  };
}
