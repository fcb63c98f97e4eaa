import { describe, expect, it } from 'vitest';
import { DuplicateChecker, normaliseWhitespace } from './duplicates';

describe('normaliseWhitespace', () => {
  it('collapses spaces, tabs and line breaks and trims', () => {
    expect(normaliseWhitespace('  Wang Yi\r\n\n met\tLavrov  ')).toBe('Wang Yi met Lavrov');
  });

  it('treats composed and decomposed accents alike', () => {
    expect(normaliseWhitespace('Lavrov à Pékin')).toBe(normaliseWhitespace('Lavrov a\u0300 Pe\u0301kin'));
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
