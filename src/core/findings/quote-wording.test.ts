import { describe, expect, it } from 'vitest';
import { compareWordings, quoteWords, sharesWording, wordingTokens } from './quote-wording';

const reworded = (a: string, b: string): boolean => compareWordings(a, b).reworded;
const oneStatement = (a: string, b: string): boolean => sharesWording(compareWordings(a, b), 0.5);

describe('wordingTokens', () => {
  it('keeps words, sentence ends and ellipses; drops an editor’s bracketed insertion; splits hyphenated words', () => {
    expect(wordingTokens('[Mayor Ilse] Varga’s tax-free plan (local) works. … It pays')).toEqual(['varga\'s', 'tax', 'free', 'plan', 'works', '|', '…', 'it', 'pays']);
    expect(wordingTokens('[W]e rebuilt it')).toEqual(['we', 'rebuilt', 'it']);
    expect(wordingTokens('a decorated F.B.I. agent')).toEqual(wordingTokens('a decorated FBI agent'));
  });

  it('merges British and American spellings but keeps short words apart (“four” is not “for”, “our” not “or”)', () => {
    expect(quoteWords('our colour')).toEqual(quoteWords('our color'));
    expect(quoteWords('four or your')).not.toEqual(quoteWords('for our yor'));
  });

  it('reads no sentence end after a title or an initial', () => {
    expect(wordingTokens('Sen. Moss and the U.S. navy agreed')).not.toContain('|');
  });
});

describe('compareWordings', () => {
  const whole = 'We will rebuild the harbor before winter, and every family will have a roof by spring. Nobody will be left out';

  it('reads a few words of a longer quote as an excerpt, not a rewording', () => {
    expect(reworded(whole, 'every family will have a roof by spring')).toBe(false);
    expect(reworded('a roof by spring', whole)).toBe(false);
    expect(compareWordings(whole, 'every family will have a roof by spring').coverage).toBe(1);
  });

  it('reads two stretches of one statement that agree where they overlap as excerpts', () => {
    expect(reworded('The levee held. Nobody in the lower town lost a home', 'Nobody in the lower town lost a home. We were lucky')).toBe(false);
    expect(reworded('We will rebuild the harbor before winter … nobody will be left out', 'Every family will have a roof by spring. Nobody will be left out')).toBe(false);
  });

  it('reads words left out across an ellipsis, or whole sentences left out, as excerpts', () => {
    expect(reworded(whole, 'We will rebuild the harbor … by spring')).toBe(false);
    expect(reworded('The levee held. The pumps ran all night. Nobody lost a home', 'The levee held. Nobody lost a home')).toBe(false);
  });

  it('reads words changed, added or dropped inside what both quote as a rewording', () => {
    expect(reworded(whole, 'every family will have a new roof by spring')).toBe(true);
    expect(reworded(whole, 'every family will get a roof by spring')).toBe(true);
    expect(reworded('We learned something very important in the flood', 'We learned something important in the flood')).toBe(true);
  });

  it('reads a change at the edge of the shared words as a rewording, a longer stretch beyond a sentence end as extent', () => {
    expect(reworded('Both councils should fund the sea wall', 'The two councils should fund the sea wall')).toBe(true);
    expect(reworded('It is a hard year. But it is not enough to patch the wall', 'It’s not enough to patch the wall')).toBe(true);
    expect(reworded('It is a hard year. It is not enough to patch the wall', 'It is not enough to patch the wall')).toBe(false);
  });

  it('reads a title written out as a rewording, an editor’s insertion as none', () => {
    expect(reworded('Sen. Moss thinks the wall should be built elsewhere', 'Senator Moss thinks the wall should be built elsewhere')).toBe(true);
    expect(reworded('these (harbor) wardens have too much say', 'these wardens have too much say')).toBe(false);
  });
});

describe('sharesWording', () => {
  it('joins a quote with its excerpts and its rewordings', () => {
    expect(oneStatement('We will rebuild the harbor before winter', 'we will rebuild the harbour before the winter')).toBe(true);
    expect(oneStatement('partisan attack dog outfit', 'partisan political attack dog')).toBe(true);
    expect(oneStatement('harbor first', 'We put the harbor first, always')).toBe(true);
  });

  it('keeps apart two statements that share a phrase', () => {
    expect(
      oneStatement(
        'If the council is determined to protect the harbor from storms, it must pay for the sea wall now',
        'Councillors have told us they are determined to protect the harbor from storms, and I welcome that and thank them',
      ),
    ).toBe(false);
  });

  it('keeps apart short quotes whose words come in another order', () => {
    expect(oneStatement('In Harbors We Trust', 'I trust in harbors')).toBe(false);
    expect(oneStatement('Who sent you?', 'Tell me who you are')).toBe(false);
  });
});
