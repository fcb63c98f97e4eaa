import { describe, expect, it } from 'vitest';
import { clauseTense } from './tense';

function tenseOf(sentence: string, expression: string): string {
  const start = sentence.indexOf(expression);
  return clauseTense(sentence, start, start + expression.length);
}

describe('clauseTense', () => {
  it.each([
    ['The head of Chinese diplomacy, Wang Yi, said Thursday in Jakarta that China would act.', 'Thursday', 'past'],
    ['Both will take part in an 18-nation East Asia Summit ministerial meeting Friday.', 'Friday', 'future'],
    ['The Chinese top diplomat, who will be in Russia until Thursday, plans talks.', 'Thursday', 'future'],
    ['Foreign Minister Qin Gang was ill, the foreign ministry said on Tuesday.', 'Tuesday', 'past'],
    ['Wang met with Lavrov in Jakarta, before a meeting on Friday of officials.', 'Friday', 'future'],
    ['Russia’s foreign ministry said Wang will meet Sergey Lavrov on Wednesday.', 'Wednesday', 'future'],
    ['On Friday, Wang landed in Moscow.', 'Friday', 'past'],
    ['Friday.', 'Friday', 'unknown'],
    ['The mayor, in an interview with a local station to air Tuesday morning, gave his party even odds.', 'Tuesday', 'future'],
    ['In a radio interview, to be shown on Sunday, the mayor defended the plan.', 'Sunday', 'future'],
  ])('%s → %s is %s', (sentence, expression, tense) => {
    expect(tenseOf(sentence, expression)).toBe(tense);
  });
});
