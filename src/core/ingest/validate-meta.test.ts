import { describe, expect, it } from 'vitest';
import { authorsText, hasMetaErrors, typedAuthors, typedUrl, validateMeta } from './validate-meta';

const TODAY = '2025-06-01';
const good = { title: 'Talks in Moscow', outlet: 'Al Jazeera', published: '2023-09-18', language: 'en', url: '', authors: '' };

describe('validateMeta', () => {
  it('accepts complete details and an unknown date', () => {
    expect(hasMetaErrors(validateMeta(good, TODAY))).toBe(false);
    expect(hasMetaErrors(validateMeta({ ...good, published: '', outlet: '' }, TODAY))).toBe(false);
    expect(validateMeta({ ...good, language: 'pt-BR' }, TODAY)).toEqual({});
  });

  it('names each bad field', () => {
    const errors = validateMeta({ title: '  ', outlet: '', published: '2023-02-30', language: 'english!', url: 'www.example.org', authors: '' }, TODAY);
    expect(Object.keys(errors).sort()).toEqual(['language', 'published', 'title', 'url']);
  });

  it('takes an http(s) URL or none, and says why another address is refused', () => {
    expect(validateMeta({ ...good, url: ' https://www.aljazeera.com/news/2023/9/18/x ' }, TODAY)).toEqual({});
    expect(validateMeta({ ...good, url: 'javascript:alert(1)' }, TODAY).url).toMatch(/only http:\/\/ and https:\/\/ addresses are allowed, not javascript:/);
    expect(validateMeta({ ...good, url: 'aljazeera.com' }, TODAY).url).toMatch(/give a full web address/);
    expect(typedUrl(' https://www.aljazeera.com/x ')).toBe('https://www.aljazeera.com/x');
    expect(typedUrl('')).toBeNull();
  });

  it('reads typed authors separated by commas or semicolons, once each', () => {
    expect(typedAuthors(' Ana  Lima; Ben Okafor,Ana Lima ,, ')).toEqual(['Ana Lima', 'Ben Okafor']);
    expect(typedAuthors('')).toEqual([]);
    expect(authorsText(typedAuthors('Ana Lima;Ben Okafor'))).toBe('Ana Lima, Ben Okafor');
  });

  it('refuses future and implausibly old dates', () => {
    expect(validateMeta({ ...good, published: '2025-06-02' }, TODAY).published).toMatch(/future/);
    expect(validateMeta({ ...good, published: '1700-01-01' }, TODAY).published).toMatch(/1700/);
  });
});
