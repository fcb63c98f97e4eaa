import { describe, expect, it } from 'vitest';
import { joinStateRecord, splitStateRecord, type AnalysisStateRecord } from './analysis-state-record';

/** Three passages whose term ids, term sets and trigrams have lengths 2+1+1, 1+1+0 and 3+2+1. */
const record: AnalysisStateRecord = {
  version: 2,
  hashes: [['a', 'hash-a'], ['b', 'hash-b'], ['c', 'hash-c']],
  features: {
    texts: ['The council met.', 'A levy.', 'The council voted twice.'],
    keys: ['council met', 'levy', 'council voted twice'],
    lengths: new Int32Array([2, 1, 1, 1, 1, 0, 3, 2, 1]),
    ids: new Int32Array([0, 1, 0, 7, 2, 2, 0, 3, 4, 0, 3, 8]),
    terms: ['council', 'met', 'levy', 'voted', 'twice'],
  },
  mentions: [],
};

describe('the analysis state in stored parts', () => {
  it('splits into parts of at most the given count of documents or passages, and joins back to the same record', () => {
    const parts = splitStateRecord(record, 2);
    expect(parts.map((part) => part.kind)).toEqual(['head', 'hashes', 'hashes', 'features', 'features']);
    expect(parts.flatMap((part) => (part.kind === 'features' ? [[...part.ids]] : []))).toEqual([[0, 1, 0, 7, 2, 2], [0, 3, 4, 0, 3, 8]]);
    expect(joinStateRecord(structuredClone(parts))).toEqual(record);
    expect(joinStateRecord(splitStateRecord(record))).toEqual(record);
  });

  it('gives nothing to restore when the head is missing or a part is not one', () => {
    const parts = splitStateRecord(record, 2);
    expect(joinStateRecord(parts.slice(1))).toBeNull();
    expect(joinStateRecord([...parts, { kind: 'features', texts: 'not a list' }])).toBeNull();
  });
});
