import { describe, expect, it } from 'vitest';
import { draftFromText } from './draft-from-text';
import { authorsText, hasMetaErrors, typedAuthors, typedUrl, validateMeta } from './validate-meta';

const TODAY = '2025-06-01';
const good = { title: 'Talks in Moscow', outlet: 'Al Jazeera', published: '2023-09-18', language: 'en', url: '', authors: '' };

describe('validateMeta', () => {
  it('accepts complete details and an unknown date', () => {
    expect(hasMetaErrors(validateMeta(good, TODAY).errors)).toBe(false);
    expect(hasMetaErrors(validateMeta({ ...good, published: '', outlet: '' }, TODAY).errors)).toBe(false);
    expect(validateMeta({ ...good, language: 'pt-BR' }, TODAY)).toEqual({ errors: {}, warnings: {} });
  });

  it('names each bad field', () => {
    const { errors } = validateMeta({ title: '  ', outlet: '', published: '2023-02-30', language: 'english!', url: 'www.example.org', authors: '' }, TODAY);
    expect(Object.keys(errors).sort()).toEqual(['language', 'published', 'title', 'url']);
  });

  it('takes an http(s) URL or none, and says why another address is refused', () => {
    expect(validateMeta({ ...good, url: ' https://www.aljazeera.com/news/2023/9/18/x ' }, TODAY).errors).toEqual({});
    expect(validateMeta({ ...good, url: 'javascript:alert(1)' }, TODAY).errors.url).toMatch(/only http:\/\/ and https:\/\/ addresses are allowed, not javascript:/);
    expect(validateMeta({ ...good, url: 'aljazeera.com' }, TODAY).errors.url).toMatch(/give a full web address/);
    expect(typedUrl(' https://www.aljazeera.com/x ')).toBe('https://www.aljazeera.com/x');
    expect(typedUrl('')).toBeNull();
  });

  it('reads typed authors separated by commas or semicolons, once each', () => {
    expect(typedAuthors(' Ana  Lima; Ben Okafor,Ana Lima ,, ')).toEqual(['Ana Lima', 'Ben Okafor']);
    expect(typedAuthors('')).toEqual([]);
    expect(authorsText(typedAuthors('Ana Lima;Ben Okafor'))).toBe('Ana Lima, Ben Okafor');
  });

  it('warns about a date after today but lets it be saved', () => {
    const check = validateMeta({ ...good, published: '2025-06-02' }, TODAY);
    expect(check.errors).toEqual({});
    expect(check.warnings.published).toMatch(/^2025-06-02 is after today — check it/);
    expect(validateMeta({ ...good, published: TODAY }, TODAY).warnings).toEqual({});
  });

  it('refuses implausibly old dates, and a date that is not one, without a warning on top', () => {
    expect(validateMeta({ ...good, published: '1700-01-01' }, TODAY).errors.published).toMatch(/1700/);
    const notADay = validateMeta({ ...good, published: '2099-02-30' }, TODAY);
    expect(notADay.errors.published).toMatch(/not a day of the calendar/);
    expect(notADay.warnings).toEqual({});
  });
});

describe('a date proposed from a text, after today', () => {
  it('is proposed, and the draft is only warned about', () => {
    const draft = draftFromText('Port operator keeps the harbour contract\n\nThe contract runs until December 31, 2026, the council said.', 'contract.txt', { kind: 'pasted' });
    expect(draft.published).toBe('2026-12-31');
    const check = validateMeta(draft, '2026-11-30');
    expect(check.errors).toEqual({});
    expect(check.warnings.published).toMatch(/^2026-12-31 is after today — check it/);
  });
});
