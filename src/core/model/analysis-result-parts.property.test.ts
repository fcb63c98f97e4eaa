// An analysis result split into parts and put back together is the result it was, whatever the
// budget, and no part holds more than the budget of passages or mentions.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AlignmentGroup, AnalysisResult, Finding, Mention, Passage, QuotedSpan } from './analysis';
import { ResultAssembler, splitResult, type AnalysisResultPart } from './analysis-result-parts';

function span(doc: string, n: number): QuotedSpan {
  return { doc, start: n, end: n + 4, text: `w${n}` };
}

function passage(doc: string, n: number): Passage {
  return { ...span(doc, n), paragraph: n, boilerplate: n % 7 === 0 ? 'byline' : null };
}

function mention(doc: string, n: number): Mention {
  return { ...span(doc, n), value: String(n), fact: { kind: 'quantity', amount: n, unit: 'people', head: ['vote'], approximate: false }, stance: 'mentions' };
}

/** A result whose lists have the given lengths: passages per document, passages per group, mentions per finding. */
function resultOf(passageCounts: number[], groupSizes: number[], findingSizes: number[]): AnalysisResult {
  const ids = passageCounts.map((_, index) => `doc-${index}`);
  const doc = (n: number) => ids[n % Math.max(1, ids.length)] ?? 'doc-0';
  const groups: AlignmentGroup[] = groupSizes.map((size, g) => ({ id: `g${g}`, kind: 'identical', score: 1, passages: Array.from({ length: size }, (_, n) => span(doc(n), n)), ...(g % 2 ? { provenance: { doc: doc(g), reason: 'earliest' } } : {}) }));
  const findings: Finding[] = findingSizes.map((size, f) => ({ id: `f${f}`, kind: 'number', verdict: 'discrepant', subject: 'vote', reason: 'aligned-passage', confidence: 0.5, summary: 'differ', mentions: Array.from({ length: size }, (_, n) => mention(doc(n), n)) }));
  return {
    version: 1,
    documents: ids.map((id, n) => ({ id, title: id, published: null, length: passageCounts[n]! * 10 })),
    passages: Object.fromEntries(ids.map((id, n) => [id, Array.from({ length: passageCounts[n]! }, (_, p) => passage(id, p))])),
    groups,
    findings,
    overview: { ranking: [], heatMap: { docs: ids, share: ids.map(() => ids.map(() => 0)) }, clusters: [ids], unconnected: 0 },
  };
}

function weight(part: AnalysisResultPart): number {
  if (part.kind === 'head') return 0;
  if (part.kind === 'passages') return part.pieces.reduce((sum, { item }) => sum + item[1].length, 0);
  if (part.kind === 'groups') return part.pieces.reduce((sum, { item }) => sum + item.passages.length, 0);
  return part.pieces.reduce((sum, { item }) => sum + item.mentions.length, 0);
}

function assemble(parts: readonly AnalysisResultPart[]): AnalysisResult {
  const assembler = new ResultAssembler();
  // Through a structured clone, as they cross from the worker.
  for (const part of parts) assembler.add(structuredClone(part));
  return assembler.result();
}

const counts = (max: number) => fc.array(fc.nat({ max }), { maxLength: 8 });

describe('an analysis result in parts', () => {
  it('is put back together as it was, for any budget, no part over it', () => {
    fc.assert(
      fc.property(counts(40), counts(40), counts(40), fc.integer({ min: 1, max: 30 }), (passages, groups, findings, budget) => {
        const result = resultOf(passages, groups, findings);
        const parts = splitResult(result, budget);
        expect(assemble(parts)).toEqual(result);
        for (const part of parts) expect(weight(part)).toBeLessThanOrEqual(budget);
      }),
    );
  });

  it('cuts a document of many passages, a large group and a finding of many mentions across parts', () => {
    const result = resultOf([1, 95, 2], [60], [45]);
    const parts = splitResult(result, 20);
    expect(parts.filter((part) => part.kind === 'passages').length).toBeGreaterThanOrEqual(5);
    expect(parts.filter((part) => part.kind === 'groups')).toHaveLength(3);
    expect(parts.filter((part) => part.kind === 'findings')).toHaveLength(3);
    expect(assemble(parts)).toEqual(result);
  });

  it('names a part that continues nothing, and a result with no head', () => {
    const assembler = new ResultAssembler();
    expect(() => assembler.result()).toThrow(/no head part/);
    expect(() => assembler.add({ kind: 'groups', pieces: [{ item: resultOf([], [2], []).groups[0]!, continues: true }] })).toThrow(/continues an item that never began/);
  });
});
