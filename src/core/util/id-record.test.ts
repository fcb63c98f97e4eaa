import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { copyRecord, emptyRecord, ownValue, recordFromEntries } from './id-record';

const PROTOTYPE_NAMES = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty'];

describe('id records', () => {
  it('keeps ids named like Object.prototype members as ordinary entries', () => {
    const record = recordFromEntries(PROTOTYPE_NAMES.map((id) => [id, { id }]));
    expect(Object.keys(record)).toEqual(PROTOTYPE_NAMES);
    for (const id of PROTOTYPE_NAMES) expect(ownValue(record, id)).toEqual({ id });
    const copy = copyRecord(record);
    copy.__proto__ = { id: 'replaced' };
    expect(Object.keys(copy)).toEqual(PROTOTYPE_NAMES);
    expect(ownValue(copy, '__proto__')).toEqual({ id: 'replaced' });
    expect(ownValue(record, '__proto__')).toEqual({ id: '__proto__' });
  });

  it('finds nothing inherited where no entry exists, also in plain objects', () => {
    const empty = emptyRecord<number>();
    const plain: Record<string, number> = {};
    for (const id of PROTOTYPE_NAMES) {
      expect(ownValue(empty, id)).toBeUndefined();
      expect(ownValue(plain, id)).toBeUndefined();
    }
  });

  it('holds every entry it was given, whatever the keys (property)', () => {
    const key = fc.oneof(fc.constantFrom(...PROTOTYPE_NAMES), fc.string());
    fc.assert(
      fc.property(fc.uniqueArray(key, { maxLength: 12 }), (keys) => {
        const record = recordFromEntries(keys.map((k, index) => [k, index]));
        expect(Object.keys(record).sort()).toEqual([...keys].sort());
        keys.forEach((k, index) => expect(ownValue(record, k)).toBe(index));
      }),
    );
  });
});
