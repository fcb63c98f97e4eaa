import { describe, expect, it } from 'vitest';
import { AlignmentIndex } from './clusters';
import { compareDates } from './compare-dates';
import { Counterparts } from './counterparts';
import { findDateExpressions } from './date-expressions';
import { eventAround } from './event-context';
import type { DateMention } from './mention-types';
import { resolveDateExpression } from './resolve-date';

function mention(doc: string, published: string | null, sentence: string, expression: string): DateMention {
  const start = sentence.indexOf(expression);
  const end = start + expression.length;
  expect(findDateExpressions(sentence).some((found) => found.start === start)).toBe(true);
  return { doc, start, end, text: expression, resolution: resolveDateExpression(expression, published, 'past'), event: eventAround(sentence, start, end), quoted: false };
}

const noAlignment = new Counterparts({}, new AlignmentIndex([]));

describe('compareDates', () => {
  it('calls differently precise but compatible dates a variant', () => {
    const published = new Map([['a', '2023-07-13'], ['b', '2023-07-13']]);
    const [finding] = compareDates(
      [
        mention('a', '2023-07-13', 'Moscow’s invasion of Ukraine last year shocked Europe.', 'last year'),
        mention('b', '2023-07-13', 'Moscow’s invasion of Ukraine in February 2022 shocked Europe.', 'February 2022'),
      ],
      noAlignment,
      published,
    );
    expect(finding?.verdict).toBe('variant');
    expect(finding?.summary).toContain('compatible but differently precise');
  });

  it('calls equal dates of the same event consistent', () => {
    const published = new Map([['a', '2023-07-13'], ['b', '2023-02-21']]);
    const [finding] = compareDates(
      [
        mention('a', '2023-07-13', 'Moscow’s invasion of Ukraine in February 2022 shocked Europe.', 'February 2022'),
        mention('b', '2023-02-21', 'Russia invaded Ukraine in February 2022.', 'February 2022'),
      ],
      noAlignment,
      published,
    );
    expect(finding).toMatchObject({ verdict: 'consistent', summary: 'Invasion of Ukraine: a (“February 2022”), b (“February 2022”) agree on February 2022' });
  });

  it('does not compare dates of different events', () => {
    const published = new Map([['a', '2023-07-13'], ['b', '2023-07-13']]);
    const findings = compareDates(
      [
        mention('a', '2023-07-13', 'Moscow’s invasion of Ukraine in February 2022 shocked Europe.', 'February 2022'),
        mention('b', '2023-07-13', 'Wang’s visit ahead of the first anniversary of the war in Ukraine in February 2023.', 'February 2023'),
      ],
      noAlignment,
      published,
    );
    expect(findings).toEqual([]);
  });
});
