import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { encodeStateInParts } from './state-parts';

type Edit =
  | { kind: 'type'; tab: number; at: number; text: string }
  | { kind: 'erase'; tab: number; at: number; length: number }
  | { kind: 'set'; tab: number; key: string; value: string }
  | { kind: 'note'; tab: number; key: string; value: string }
  | { kind: 'forget'; tab: number; key: string }
  | { kind: 'sync'; from: number; to: number };

const TABS = 3;
const tab = fc.integer({ min: 0, max: TABS - 1 });
const key = fc.constantFrom('report-1', 'report-2', 'report-3', 'report-4');
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('type' as const), tab, at: fc.nat(), text: fc.string({ minLength: 1, maxLength: 40 }) }),
  fc.record({ kind: fc.constant('erase' as const), tab, at: fc.nat(), length: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ kind: fc.constant('set' as const), tab, key, value: fc.string({ maxLength: 60 }) }),
  fc.record({ kind: fc.constant('note' as const), tab, key, value: fc.string({ maxLength: 20 }) }),
  fc.record({ kind: fc.constant('forget' as const), tab, key }),
  fc.record({ kind: fc.constant('sync' as const), from: tab, to: tab }),
);

/** Three tabs editing a story's text and records concurrently, exchanging updates now and then. */
function edited(edits: readonly Edit[]): Y.Doc {
  const docs = Array.from({ length: TABS }, () => new Y.Doc());
  for (const step of edits) {
    if (step.kind === 'sync') {
      Y.applyUpdate(docs[step.to]!, Y.encodeStateAsUpdate(docs[step.from]!, Y.encodeStateVector(docs[step.to]!)));
      continue;
    }
    const doc = docs[step.tab]!;
    const body = doc.getText('body');
    const records = doc.getMap<Y.Map<string> | string>('records');
    if (step.kind === 'type') body.insert(step.at % (body.length + 1), step.text);
    else if (step.kind === 'erase' && body.length > 0) {
      const at = step.at % body.length;
      body.delete(at, Math.min(step.length, body.length - at));
    } else if (step.kind === 'set') records.set(step.key, step.value);
    else if (step.kind === 'note') {
      let record = records.get(step.key);
      if (!(record instanceof Y.Map)) {
        record = new Y.Map<string>();
        records.set(step.key, record);
      }
      record.set('note', step.value);
    } else if (step.kind === 'forget') records.delete(step.key);
  }
  for (const from of docs) for (const to of docs) if (from !== to) Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));
  return docs[0]!;
}

function deleteSet(doc: Y.Doc) {
  return Y.createDeleteSetFromStructStore(doc.store);
}

describe('a doc’s whole state in parts', () => {
  it('applies part by part, each whole on the ones before it, into the same doc', () => {
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 60 }), fc.integer({ min: 16, max: 400 }), (edits, partBytes) => {
        const doc = edited(edits);
        const parts = encodeStateInParts(doc, partBytes);
        const read = new Y.Doc();
        for (const part of parts) {
          Y.applyUpdate(read, part);
          expect(read.store.pendingStructs).toBeNull();
          expect(read.store.pendingDs).toBeNull();
        }
        expect(read.getText('body').toString()).toBe(doc.getText('body').toString());
        expect(read.getMap('records').toJSON()).toEqual(doc.getMap('records').toJSON());
        expect(Y.encodeStateVector(read)).toEqual(Y.encodeStateVector(doc));
        expect(Y.equalDeleteSets(deleteSet(read), deleteSet(doc))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps each part near the bound: over it by at most one struct', () => {
    const doc = new Y.Doc();
    const reports = doc.getMap<string>('reports');
    for (let n = 0; n < 400; n += 1) reports.set(`report-${n}`, `Council report ${n}: the harbour council approved item ${n}. `.repeat(8));
    const whole = Y.encodeStateAsUpdate(doc).byteLength;
    const parts = encodeStateInParts(doc, 20_000);
    const sizes = parts.map((part) => part.byteLength);
    expect(sizes.length).toBeGreaterThanOrEqual(Math.floor(whole / 21_000));
    expect(Math.max(...sizes)).toBeLessThan(20_000 + 600);
    expect(sizes.reduce((sum, size) => sum + size, 0)).toBeLessThan(whole * 1.05);
  });

  it('gives an empty doc one empty update', () => {
    const parts = encodeStateInParts(new Y.Doc());
    expect(parts).toHaveLength(1);
    const read = new Y.Doc();
    Y.applyUpdate(read, parts[0]!);
    expect(read.store.clients.size).toBe(0);
  });
});
