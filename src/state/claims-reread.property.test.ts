import fc from 'fast-check';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import type { Claim } from '../core/model/claims';
import { testClaim } from '../core/model/test-records';
import { claimEdits } from './story-edits';
import { claimsTouchedBy, projectClaims, readClaims, rereadClaims, storyMaps, writeClaim, type ClaimsProjection } from './story-layout';

// The claims projection re-reads only the claims a transaction touched (rereadClaims); reading
// every claim (readClaims) is the reference it must always equal, whatever the edits and wherever
// they come from (this tab, another tab's update, a damaged write, a deletion met by an edit).

const IDS = ['a', 'b', 'c', 'd', '__proto__', 'toString'];
const LOCAL = Symbol('local');

function claim(id: string, createdAt: string): Claim {
  return testClaim(id, { createdAt, updatedAt: createdAt });
}

type Step =
  | { kind: 'create'; id: string; second: number }
  | { kind: 'status'; id: string; status: Claim['status'] }
  | { kind: 'note'; id: string; note: string }
  | { kind: 'delete'; id: string }
  | { kind: 'restore'; id: string }
  | { kind: 'damage'; id: string }
  | { kind: 'remove-record'; id: string }
  | { kind: 'dismiss'; finding: string }
  | { kind: 'from-other-tab'; id: string; note: string };

const id = fc.constantFrom(...IDS);
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('create' as const), id, second: fc.integer({ min: 0, max: 5 }) }),
  fc.record({ kind: fc.constant('status' as const), id, status: fc.constantFrom('unverified' as const, 'consistent' as const, 'discrepant' as const) }),
  fc.record({ kind: fc.constant('note' as const), id, note: fc.string({ maxLength: 6 }) }),
  fc.record({ kind: fc.constant('delete' as const), id }),
  fc.record({ kind: fc.constant('restore' as const), id }),
  fc.record({ kind: fc.constant('damage' as const), id }),
  fc.record({ kind: fc.constant('remove-record' as const), id }),
  fc.record({ kind: fc.constant('dismiss' as const), finding: fc.string({ maxLength: 3 }) }),
  fc.record({ kind: fc.constant('from-other-tab' as const), id, note: fc.string({ maxLength: 6 }) }),
);

function apply(doc: Y.Doc, other: Y.Doc, item: Step): void {
  const maps = storyMaps(doc);
  switch (item.kind) {
    case 'create':
      doc.transact(() => writeClaim(maps, claim(item.id, `2024-01-01T00:00:0${item.second}.000Z`)), LOCAL);
      return;
    case 'status':
      claimEdits.updateClaim(maps, LOCAL, item.id, { status: item.status });
      return;
    case 'note':
      claimEdits.updateClaim(maps, LOCAL, item.id, { note: item.note });
      return;
    case 'delete':
      claimEdits.deleteClaim(maps, LOCAL, item.id, 'someone');
      return;
    case 'restore':
      claimEdits.restoreClaim(maps, LOCAL, item.id);
      return;
    case 'damage': {
      const record = maps.claims.get(item.id);
      if (record instanceof Y.Map) doc.transact(() => record.set('status', 'VERIFIED'), LOCAL);
      return;
    }
    case 'remove-record':
      doc.transact(() => maps.claims.delete(item.id), LOCAL);
      return;
    case 'dismiss':
      claimEdits.setDismissedFindings(maps, LOCAL, [item.finding]);
      return;
    case 'from-other-tab': {
      Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
      const before = Y.encodeStateVector(other);
      claimEdits.updateClaim(storyMaps(other), LOCAL, item.id, { note: item.note });
      Y.applyUpdate(doc, Y.encodeStateAsUpdate(other, before), 'other tab');
      return;
    }
  }
}

describe('re-reading the claims a transaction touched', () => {
  it('always equals reading every claim, and keeps the objects of claims it did not touch', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 25 }), (steps) => {
        const doc = new Y.Doc();
        const other = new Y.Doc();
        const maps = storyMaps(doc);
        let projection: ClaimsProjection = projectClaims(maps);
        doc.on('afterTransaction', (transaction: Y.Transaction) => {
          const before = projection;
          const touched = claimsTouchedBy(maps, transaction);
          projection = rereadClaims(maps, before, touched);
          const full = readClaims(maps);
          expect(Object.fromEntries(projection.byId)).toEqual({ ...full.claims });
          expect([...projection.byId.keys()].sort()).toEqual(Object.keys(full.claims).sort());
          expect(projection.list.map((claim) => claim.id)).toEqual(full.order);
          expect(projection.list.every((claim, index) => projection.byId.get(claim.id) === claim && projection.position.get(claim.id) === index)).toBe(true);
          expect(projection.position.size).toBe(projection.list.length);
          expect(projection.damaged).toEqual(expect.arrayContaining(full.damaged));
          expect(projection.damaged).toHaveLength(full.damaged.length);
          expect(projection.deletedWhileEdited).toEqual(expect.arrayContaining(full.deletedWhileEdited));
          expect(projection.deletedWhileEdited).toHaveLength(full.deletedWhileEdited.length);
          for (const [claimId, value] of before.byId) if (!touched.has(claimId) && projection.byId.has(claimId)) expect(projection.byId.get(claimId)).toBe(value);
        });
        for (const item of steps) apply(doc, other, item);
      }),
      { numRuns: 200 },
    );
  });

  it('names the claim an edit inside its record touched, and nothing for other parts of the story', () => {
    const doc = new Y.Doc();
    const maps = storyMaps(doc);
    doc.transact(() => {
      writeClaim(maps, claim('a', '2024-01-01T00:00:00.000Z'));
      writeClaim(maps, claim('b', '2024-01-01T00:00:00.000Z'));
    });
    const touched: Array<string[]> = [];
    doc.on('afterTransaction', (transaction: Y.Transaction) => touched.push([...claimsTouchedBy(maps, transaction)]));
    claimEdits.updateClaim(maps, LOCAL, 'b', { note: 'checked' });
    claimEdits.setDismissedFindings(maps, LOCAL, ['finding-1']);
    expect(touched).toEqual([['b'], []]);
  });
});
