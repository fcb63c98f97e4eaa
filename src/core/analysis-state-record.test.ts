import { describe, expect, it } from 'vitest';
import { joinStateRecord, splitStateRecord, type AnalysisStateRecord } from './analysis-state-record';

/** Three passages whose term ids, term sets and trigrams have lengths 2+1+1, 1+1+0 and 3+2+1. */
const record: AnalysisStateRecord = {
  version: 3,
  hashes: [['a', 'hash-a'], ['b', 'hash-b'], ['c', 'hash-c']],
  features: {
    texts: ['The council met.', 'A levy.', 'The council voted twice.'],
    keys: ['council met', 'levy', 'council voted twice'],
    lengths: new Int32Array([2, 1, 1, 1, 1, 0, 3, 2, 1]),
    ids: new Int32Array([0, 1, 0, 7, 2, 2, 0, 3, 4, 0, 3, 8]),
    terms: ['council', 'met', 'levy', 'voted', 'twice'],
  },
  mentions: [],
  alignment: {
    includeBoilerplate: false,
    findings: {
      documents: ['a', 'b', 'c'],
      related: new Int32Array([0, 0, 2]),
      canonicals: ['Ana Pauker'],
      personSizes: new Int32Array([2, 1]),
      personNames: new Int32Array([0, 4, 15, 1, 0, 11, 1, 30, 34]),
      counterparts: { sentenceSizes: new Int32Array([2, 1]), occurrences: new Int32Array([0, 0, 16, 2, 0, 24, 1, 0, 7]), links: new Int32Array([0, 1]), scores: new Float64Array([0.3125]) },
    },
  },
};

describe('the analysis state in stored parts', () => {
  it('splits into parts of at most the given count of documents or passages, and joins back to the same record', () => {
    const parts = splitStateRecord(record, 2);
    expect(parts.map((part) => part.kind)).toEqual(['head', 'hashes', 'hashes', 'features', 'features', 'alignment', ...Array<string>(7).fill('memo-values')]);
    expect(parts.flatMap((part) => (part.kind === 'features' ? [[...part.ids]] : []))).toEqual([[0, 1, 0, 7, 2, 2], [0, 3, 4, 0, 3, 8]]);
    // Two names, sentences, occurrences or links a part.
    expect(parts.flatMap((part) => (part.kind === 'memo-values' ? [[part.field, [...part.values]]] : []))).toEqual([
      ['personNames', [0, 4, 15, 1, 0, 11]],
      ['personNames', [1, 30, 34]],
      ['sentenceSizes', [2, 1]],
      ['occurrences', [0, 0, 16, 2, 0, 24]],
      ['occurrences', [1, 0, 7]],
      ['links', [0, 1]],
      ['scores', [0.3125]],
    ]);
    expect(joinStateRecord(structuredClone(parts))).toEqual(record);
    expect(joinStateRecord(splitStateRecord(record))).toEqual(record);
  });

  it('gives nothing to restore when the head is missing or a part is not one', () => {
    const parts = splitStateRecord(record, 2);
    expect(joinStateRecord(parts.slice(1))).toBeNull();
    expect(joinStateRecord([...parts, { kind: 'features', texts: 'not a list' }])).toBeNull();
    expect(joinStateRecord([...parts, { kind: 'memo-values', field: 'scores', values: new Int32Array(1) }])).toBeNull();
    expect(joinStateRecord([...parts, { kind: 'memo-values', field: 'toString', values: new Int32Array(1) }])).toBeNull();
  });
});
