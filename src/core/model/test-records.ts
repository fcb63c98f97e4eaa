// Complete documents and claims for tests, so a test spells out only the fields it is about.
import type { Claim } from './claims';
import type { SourceDocument } from './document';

export const TEST_TIME = '2026-01-01T00:00:00.000Z';
/** A well-formed content hash; tests that compare hashes pass the real one. */
export const TEST_HASH = 'a'.repeat(64);

export function testDocument(id: string, patch: Partial<SourceDocument> = {}): SourceDocument {
  return {
    id,
    title: `Title ${id}`,
    outlet: 'Outlet',
    published: '2023-07-13',
    publishedBasis: 'stated',
    language: 'en',
    note: '',
    url: null,
    authors: [],
    proposedFrom: {},
    text: `Text of ${id}.`,
    contentHash: TEST_HASH,
    origin: { kind: 'pasted' },
    updatedAt: TEST_TIME,
    ...patch,
  };
}

export function testClaim(id: string, patch: Partial<Claim> = {}): Claim {
  return {
    id,
    statement: `Statement ${id}`,
    status: 'unverified',
    note: '',
    tags: [],
    evidence: [],
    origin: { kind: 'manual' },
    createdAt: TEST_TIME,
    updatedAt: TEST_TIME,
    ...patch,
  };
}
