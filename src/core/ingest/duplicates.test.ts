import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DuplicateChecker, normaliseWhitespace, textFingerprint } from './duplicates';

describe('normaliseWhitespace', () => {
  it('collapses spaces, tabs and line breaks and trims', () => {
    expect(normaliseWhitespace('  Wang Yi\r\n\n met\tLavrov  ')).toBe('Wang Yi met Lavrov');
  });

  it('treats composed and decomposed accents alike', () => {
    expect(normaliseWhitespace('Lavrov à Pékin')).toBe(normaliseWhitespace('Lavrov a\u0300 Pe\u0301kin'));
  });
});

describe('textFingerprint', () => {
  it('gives a long text the same fingerprint every time it is asked, and its respaced copy too, and another text another one', () => {
    const long = 'Wang Yi met Lavrov in Jakarta. '.repeat(5_000);
    const first = textFingerprint(long);
    expect(textFingerprint(long)).toBe(first);
    expect(textFingerprint(long.replaceAll('. ', '.\n\n'))).toBe(first);
    expect(textFingerprint(`${long}Then they left.`)).not.toBe(first);
  });
});

describe('DuplicateChecker', () => {
  it('finds a library document re-added with different line breaks', () => {
    const checker = new DuplicateChecker([{ title: 'Talks', text: 'Wang Yi met Lavrov.\n\nThey talked.' }]);
    const result = checker.check('Wang Yi met Lavrov. They talked.\n', 'copy.txt', 'Copy');
    expect(result).toMatchObject({ ok: false, problem: { code: 'duplicate', source: 'copy.txt' } });
    if (!result.ok) expect(result.problem.message).toContain('"Talks"');
  });

  it('finds duplicates within one batch, keeping the first', () => {
    const checker = new DuplicateChecker([]);
    expect(checker.check('Same text', 'a.txt', 'A').ok).toBe(true);
    const second = checker.check('Same   text', 'b.txt', 'B');
    expect(second).toMatchObject({ ok: false, problem: { code: 'duplicate', source: 'b.txt' } });
    if (!second.ok) expect(second.problem.message).toContain('a.txt');
  });

  it('lets different texts through', () => {
    const checker = new DuplicateChecker([{ title: 'Talks', text: 'Wang Yi met Lavrov.' }]);
    expect(checker.check('Wang Yi met Blinken.', 'c.txt', 'C').ok).toBe(true);
  });
});

describe('textFingerprint', () => {
  it('is equal for texts equal up to whitespace and Unicode composition, and tells others apart', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 8 }).filter((word) => word.trim() === word && !/\s/u.test(word)), { minLength: 1, maxLength: 6 }), fc.string(), (words, other) => {
        const text = words.join(' ');
        expect(textFingerprint(`  ${words.join('\n\n ')}\t`)).toBe(textFingerprint(text));
        if (normaliseWhitespace(other) !== normaliseWhitespace(text)) expect(textFingerprint(other)).not.toBe(textFingerprint(text));
      }),
    );
  });

  it('finds a duplicate of a library known only by fingerprints', () => {
    const checker = new DuplicateChecker([{ title: 'Talks', fingerprint: textFingerprint('Wang Yi met Lavrov.\n\nThey talked.') }]);
    expect(checker.check('Wang Yi met Lavrov. They talked.', 'copy.txt', 'Copy')).toMatchObject({ ok: false, problem: { message: expect.stringContaining('"Talks"') } });
  });
});

describe('DuplicateChecker.checkFingerprint', () => {
  it('gives the same verdicts as check for texts known by their fingerprints', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('Wang Yi met Lavrov.', 'Wang  Yi met\nLavrov.', 'They talked.', ' They talked. ', 'Blinken'), { maxLength: 6 }), (texts) => {
        const byText = new DuplicateChecker([{ title: 'Talks', text: 'They talked.' }]);
        const byFingerprint = new DuplicateChecker([{ title: 'Talks', fingerprint: textFingerprint('They talked.') }]);
        texts.forEach((text, index) => {
          const source = `${index}.txt`;
          expect(byFingerprint.checkFingerprint(textFingerprint(text), source, source).ok).toBe(byText.check(text, source, source).ok);
        });
      }),
    );
  });
});
