import { describe, expect, it } from 'vitest';
import { abbreviateId } from './doc-labels';

describe('abbreviateId', () => {
  it('keeps a seed id’s number', () => {
    expect(abbreviateId('000_900e33a0770657f5')).toBe('000');
  });

  it('turns a slug id into initials with its numbers, dropping the hash', () => {
    expect(abbreviateId('generated-report-12-1a2b3c4d')).toBe('gr12');
    expect(abbreviateId('document')).toBe('document');
  });
});
