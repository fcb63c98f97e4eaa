import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { abbreviateId, abbreviateIds, labelOf, shortTitle } from './doc-labels';

describe('abbreviateId', () => {
  it('keeps a seed id’s number', () => {
    expect(abbreviateId('000_900e33a0770657f5')).toBe('000');
  });

  it('turns a slug id into initials with its numbers, dropping the hash', () => {
    expect(abbreviateId('generated-report-12-1a2b3c4d')).toBe('gr12');
    expect(abbreviateId('document')).toBe('document');
  });
});

describe('abbreviateIds', () => {
  it('keeps abbreviations that are already unique', () => {
    const labels = abbreviateIds(['000_900e33a0770657f5', '001_8dfcd5823fdeecd6', 'generated-report-12-1a2b3c4d']);
    expect([...labels.values()]).toEqual(['000', '001', 'gr12']);
  });

  it('lengthens two slugs with one title by their hash until they differ', () => {
    const labels = abbreviateIds(['ukraine-war-report-1a2b3c4d', 'ukraine-war-report-9f8e7d6c', 'ukraine-war-report-1a5b0000']);
    expect(labels.get('ukraine-war-report-1a2b3c4d')).toBe('uwr-1a2');
    expect(labels.get('ukraine-war-report-9f8e7d6c')).toBe('uwr-9');
    expect(labels.get('ukraine-war-report-1a5b0000')).toBe('uwr-1a5');
  });

  it('tells apart an id that is itself another id’s abbreviation', () => {
    const labels = abbreviateIds(['000', '000_900e33a0770657f5']);
    expect(labels.get('000')).toBe('000');
    expect(labels.get('000_900e33a0770657f5')).toBe('000_9');
  });

  const idPart = fc.stringMatching(/^[a-z0-9]{0,4}$/);
  const ids = fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.tuple(idPart, idPart).map(([head, hash]) => `${head}_${hash}`),
    fc.tuple(fc.array(idPart, { minLength: 1, maxLength: 4 }), idPart).map(([words, hash]) => [...words, hash].join('-')),
  );

  it('gives distinct ids distinct labels, each no longer than its id', () => {
    fc.assert(
      fc.property(fc.uniqueArray(ids, { maxLength: 30 }), (distinct) => {
        const labels = abbreviateIds(distinct);
        expect(new Set(labels.values()).size).toBe(distinct.length);
        for (const id of distinct) expect(labels.get(id)!.length).toBeLessThanOrEqual(Math.max(id.length, abbreviateId(id).length));
      }),
    );
  });

  it('labels an id outside the set by its abbreviation', () => {
    const labels = abbreviateIds(['ukraine-war-report-1a2b3c4d', 'ukraine-war-report-9f8e7d6c']);
    expect(labelOf(labels, 'generated-report-12-1a2b3c4d')).toBe('gr12');
    expect(shortTitle({ id: 'ukraine-war-report-9f8e7d6c', title: 'War report' }, labels)).toBe('uwr-9 War report');
  });
});
