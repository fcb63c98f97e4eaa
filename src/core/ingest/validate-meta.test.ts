import { describe, expect, it } from 'vitest';
import { hasMetaErrors, validateMeta } from './validate-meta';

const TODAY = '2025-06-01';
const good = { title: 'Talks in Moscow', outlet: 'Al Jazeera', published: '2023-09-18', language: 'en' };

describe('validateMeta', () => {
  it('accepts complete details and an unknown date', () => {
    expect(hasMetaErrors(validateMeta(good, TODAY))).toBe(false);
    expect(hasMetaErrors(validateMeta({ ...good, published: '', outlet: '' }, TODAY))).toBe(false);
    expect(validateMeta({ ...good, language: 'pt-BR' }, TODAY)).toEqual({});
  });

  it('names each bad field', () => {
    const errors = validateMeta({ title: '  ', outlet: '', published: '2023-02-30', language: 'english!' }, TODAY);
    expect(Object.keys(errors).sort()).toEqual(['language', 'published', 'title']);
  });

  it('refuses future and implausibly old dates', () => {
    expect(validateMeta({ ...good, published: '2025-06-02' }, TODAY).published).toMatch(/future/);
    expect(validateMeta({ ...good, published: '1700-01-01' }, TODAY).published).toMatch(/1700/);
  });
});
