import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { labelled, redo, undo, undoLabels, undoManagerFor } from './claims-undo';
import { LOCAL_ORIGIN, REMOTE_ORIGIN } from './story-docs';
import { claimEdits } from './story-edits';
import { readClaims, storyMaps } from './story-layout';

/** Two tabs of one story: each one's updates reach the other as remote. */
function twoTabs(): [Y.Doc, Y.Doc] {
  const a = new Y.Doc();
  const b = new Y.Doc();
  a.on('update', (update: Uint8Array, origin: unknown) => origin !== REMOTE_ORIGIN && Y.applyUpdate(b, update, REMOTE_ORIGIN));
  b.on('update', (update: Uint8Array, origin: unknown) => origin !== REMOTE_ORIGIN && Y.applyUpdate(a, update, REMOTE_ORIGIN));
  return [a, b];
}

let ids = 0;
const context = { documentText: () => undefined, newId: () => `c${++ids}` };

describe('undo per tab', () => {
  it("Ctrl+Z in tab A removes A's claim only, never tab B's", () => {
    const [a, b] = twoTabs();
    const undoA = undoManagerFor(a);
    undoManagerFor(b);
    const fromA = labelled('create claim', () => claimEdits.createClaim(storyMaps(a), LOCAL_ORIGIN, context, { statement: 'from A', evidence: [] }));
    const fromB = labelled('create claim', () => claimEdits.createClaim(storyMaps(b), LOCAL_ORIGIN, context, { statement: 'from B', evidence: [] }));
    undo(undoA);
    for (const tab of [a, b]) expect(Object.keys(readClaims(storyMaps(tab)).claims)).toEqual([fromB]);
    redo(undoA);
    for (const tab of [a, b]) expect(Object.keys(readClaims(storyMaps(tab)).claims).sort()).toEqual([fromA, fromB].sort());
  });

  it('undo reverts only its own field: a note another tab typed meanwhile stays', () => {
    const [a, b] = twoTabs();
    const undoA = undoManagerFor(a);
    const id = claimEdits.createClaim(storyMaps(b), LOCAL_ORIGIN, context, { statement: 's', evidence: [] });
    labelled('set status', () => claimEdits.updateClaim(storyMaps(a), LOCAL_ORIGIN, id, { status: 'discrepant' }));
    claimEdits.updateClaim(storyMaps(b), LOCAL_ORIGIN, id, { note: 'from B' });
    expect(undoLabels(undoA).past).toEqual([{ label: 'set status' }]);
    undo(undoA);
    expect(readClaims(storyMaps(b)).claims[id]).toMatchObject({ status: 'unverified', note: 'from B' });
    expect(undoLabels(undoA)).toEqual({ past: [], future: [{ label: 'set status' }] });
  });
});
