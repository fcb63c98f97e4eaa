import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import type { Claim } from '../core/model/claims';
import { testClaim } from '../core/model/test-records';
import { claimEdits } from './story-edits';
import { readClaims, storyMaps, writeClaim } from './story-layout';

const T = '2024-01-01T00:00:00.000Z';
const claim: Claim = testClaim('c1', { statement: 'Invasion date', createdAt: T, updatedAt: T });

/** Two analysts' copies of one story, in step until `apart` runs, then exchanging what each did. */
function twoCopies(apart: (a: ReturnType<typeof storyMaps>, b: ReturnType<typeof storyMaps>) => void) {
  const [docA, docB] = [new Y.Doc(), new Y.Doc()];
  const [a, b] = [storyMaps(docA), storyMaps(docB)];
  writeClaim(a, claim);
  Y.applyUpdate(docB, Y.encodeStateAsUpdate(docA));
  apart(a, b);
  const [fromA, fromB] = [Y.encodeStateAsUpdate(docA, Y.encodeStateVector(docB)), Y.encodeStateAsUpdate(docB, Y.encodeStateVector(docA))];
  Y.applyUpdate(docB, fromA);
  Y.applyUpdate(docA, fromB);
  return { a, b };
}

describe('deleting a claim', () => {
  it('hides it everywhere when nobody was editing it', () => {
    const { a, b } = twoCopies((mapsA) => claimEdits.deleteClaim(mapsA, null, 'c1', 'Ana'));
    for (const maps of [a, b]) {
      expect(readClaims(maps).claims.c1).toBeUndefined();
      expect(readClaims(maps).deletedWhileEdited).toEqual([]);
    }
  });

  it('keeps a claim deleted by one analyst while another edited it, with a note naming who deleted it', () => {
    const { a, b } = twoCopies((mapsA, mapsB) => {
      claimEdits.deleteClaim(mapsA, null, 'c1', 'Ana');
      claimEdits.updateClaim(mapsB, null, 'c1', { note: 'checked with the agency' });
    });
    for (const maps of [a, b]) {
      const reading = readClaims(maps);
      expect(reading.claims.c1?.note).toBe('checked with the agency');
      expect(reading.deletedWhileEdited).toEqual([expect.objectContaining({ claimId: 'c1', deletedBy: 'Ana' })]);
    }
    claimEdits.restoreClaim(a, null, 'c1');
    expect(readClaims(a).deletedWhileEdited).toEqual([]);
    expect(readClaims(a).claims.c1?.note).toBe('checked with the agency');
  });

  it('deletes for good when the analysts decide so after the note', () => {
    const { a } = twoCopies((mapsA, mapsB) => {
      claimEdits.deleteClaim(mapsA, null, 'c1', 'Ana');
      claimEdits.updateClaim(mapsB, null, 'c1', { status: 'discrepant' });
    });
    claimEdits.deleteClaim(a, null, 'c1', 'Ben');
    expect(readClaims(a).claims.c1).toBeUndefined();
  });
});
