import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnalysisDocument } from '../core/model/document';
import { inBatches, TextsHeld, TextsSent } from './texts-once';

const doc = (id: string, text: string): AnalysisDocument => ({ id, title: `Report ${id}`, published: null, text });

/** A run: documents with distinct ids, each with one of a few texts. */
const run = fc.uniqueArray(fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd'), text: fc.constantFrom('The council met.', 'The council voted.', 'A levy passed.') }), { selector: (item) => item.id, maxLength: 4 }).map((items) => items.map((item) => doc(item.id, item.text)));

describe('texts sent to a kept worker once', () => {
  it('the worker reads every run’s documents exactly as the page had them, whatever came before', () => {
    fc.assert(
      fc.property(fc.array(run, { minLength: 1, maxLength: 8 }), (runs) => {
        const sent = new TextsSent();
        const held = new TextsHeld();
        for (const documents of runs) expect(held.putBack(sent.leaveOutHeld(documents))).toEqual(documents);
      }),
    );
  });

  it('gives the worker the same documents when the texts go ahead in batches of bounded size', () => {
    fc.assert(
      fc.property(fc.array(run, { minLength: 1, maxLength: 4 }), fc.integer({ min: 1, max: 40 }), (runs, batchChars) => {
        const sent = new TextsSent();
        const held = new TextsHeld();
        for (const documents of runs) {
          const { batches, documents: posted } = inBatches(sent.leaveOutHeld(documents), batchChars);
          expect(posted.every((item) => item.text === null)).toBe(true);
          // A batch goes over its size only when one text alone is larger.
          for (const batch of batches) expect(batch.length === 1 || batch.reduce((n, [, text]) => n + text.length, 0) <= batchChars).toBe(true);
          for (const batch of batches) held.stage(batch);
          expect(held.putBack(posted)).toEqual(documents);
        }
      }),
    );
  });

  it('sends a text only when the worker does not hold it for that document', () => {
    const sent = new TextsSent();
    const first = sent.leaveOutHeld([doc('a', 'The council met.'), doc('b', 'A levy passed.')]);
    expect(first.map((item) => item.text)).toEqual(['The council met.', 'A levy passed.']);
    const second = sent.leaveOutHeld([doc('a', 'The council met.'), doc('b', 'The council voted.'), doc('c', 'The council met.')]);
    expect(second.map((item) => item.text)).toEqual([null, 'The council voted.', 'The council met.']);
    // A document left out of a run is forgotten on both sides: when it comes back, its text comes too.
    sent.leaveOutHeld([doc('b', 'The council voted.')]);
    expect(sent.leaveOutHeld([doc('a', 'The council met.')]).map((item) => item.text)).toEqual(['The council met.']);
  });

  it('a worker asked for a text it never received says so, rather than analysing a document without it', () => {
    expect(() => new TextsHeld().putBack([{ ...doc('a', ''), text: null }])).toThrow('the analysis worker was sent no text for document a');
  });
});
