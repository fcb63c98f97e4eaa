import { describe, expect, it } from 'vitest';
import { describe as describeFinding } from './describe';
import { indexSentences } from '../align/sentence-pairs';
import { AlignmentIndex } from './clusters';
import { compareDates } from './compare-dates';
import { Counterparts } from './counterparts';
import { eventAround, findDateExpressions, resolveDateExpression, type DateMention } from '../dates';

function mention(doc: string, published: string | null, sentence: string, expression: string): DateMention {
  const start = sentence.indexOf(expression);
  const end = start + expression.length;
  expect(findDateExpressions(sentence).some((found) => found.start === start)).toBe(true);
  return { doc, start, end, text: expression, resolution: resolveDateExpression(expression, published, 'past'), event: eventAround(sentence, start, end), quoted: false, tense: 'past' };
}

const noAlignment = Counterparts.among({}, new AlignmentIndex([]));
/** Every document reports on the same thing. */
const oneStory = () => 0;
/** The date findings among mentions of one story that share no aligned passage, each document published on the day given. */
const findingsInOneStory = (published: Record<string, string>, mentions: DateMention[]) => compareDates(mentions, noAlignment, new Map(Object.entries(published)), oneStory);

describe('compareDates', () => {
  it('calls differently precise but compatible dates a variant', () => {
    const [finding] = findingsInOneStory({ a: '2023-07-13', b: '2023-07-13' }, [
      mention('a', '2023-07-13', 'Moscow’s invasion of Ukraine last year shocked Europe.', 'last year'),
      mention('b', '2023-07-13', 'Moscow’s invasion of Ukraine in February 2022 shocked Europe.', 'February 2022'),
    ]);
    expect(finding?.verdict).toBe('variant');
    expect(finding?.summary).toContain('compatible but differently precise');
  });

  it('tells one wording read from two publication dates apart from dates of different precision', () => {
    const [finding] = findingsInOneStory({ a: '2023-07-13', b: '2024-03-01' }, [
      mention('a', '2023-07-13', 'Moscow’s invasion of Ukraine last year shocked Europe.', 'last year'),
      mention('b', '2024-03-01', 'Moscow’s invasion of Ukraine last year shocked Europe.', 'last year'),
    ]);
    expect(finding?.verdict).toBe('variant');
    expect(finding?.summary).toContain('write the same words');
    expect(describeFinding(finding!)).toContain('in the same words, read from their own publication dates');
  });

  it('calls equal dates of the same event consistent', () => {
    const [finding] = findingsInOneStory({ a: '2023-07-13', b: '2023-02-21' }, [
      mention('a', '2023-07-13', 'Moscow’s invasion of Ukraine in February 2022 shocked Europe.', 'February 2022'),
      mention('b', '2023-02-21', 'Russia invaded Ukraine in February 2022.', 'February 2022'),
    ]);
    expect(finding).toMatchObject({ verdict: 'consistent', summary: 'Invasion of Ukraine: a (“February 2022”), b (“February 2022”) agree on February 2022' });
  });

  it('does not compare dates of different events', () => {
    const findings = findingsInOneStory({ a: '2023-07-13', b: '2023-07-13' }, [
      mention('a', '2023-07-13', 'Moscow’s invasion of Ukraine in February 2022 shocked Europe.', 'February 2022'),
      mention('b', '2023-07-13', 'Wang’s visit ahead of the first anniversary of the war in Ukraine in February 2023.', 'February 2023'),
    ]);
    expect(findings).toEqual([]);
  });

  describe('weekdays in sentences that are not counterparts', () => {
    const trump = (doc: string, published: string, weekday: string) =>
      mention(doc, published, `Donald Trump announced ${weekday} that he is bowing out as the moderator of the debate.`, weekday);

    it('dates one act when articles a few days apart name the same actor in much the same words', () => {
      const [finding] = findingsInOneStory({ a: '2011-12-13', b: '2011-12-14' }, [trump('a', '2011-12-13', 'Tuesday'), trump('b', '2011-12-14', 'Friday')]);
      expect(finding?.verdict).toBe('discrepant');
    });

    it('keeps apart articles more than a week apart, and an act done from one still to come', () => {
      expect(findingsInOneStory({ a: '2011-12-13', b: '2011-12-24' }, [trump('a', '2011-12-13', 'Tuesday'), trump('b', '2011-12-24', 'Friday')])).toEqual([]);
      const toCome = { ...trump('b', '2011-12-13', 'Friday'), tense: 'future' as const };
      expect(findingsInOneStory({ a: '2011-12-13', b: '2011-12-13' }, [trump('a', '2011-12-13', 'Tuesday'), toCome])).toEqual([]);
    });
  });

  describe('weekdays attached to one occasion noun in clauses worded apart', () => {
    const published = new Map([['a', '2013-05-24'], ['b', '2013-05-24']]);
    const hearings = () => [
      mention('a', '2013-05-24', 'The Wednesday hearing was her first public appearance.', 'Wednesday'),
      mention('b', '2013-05-24', 'She refused to testify at a House hearing Thursday.', 'Thursday'),
    ];

    it('dates one occasion in documents reporting on the same thing', () => {
      expect(compareDates(hearings(), noAlignment, published, oneStory)[0]?.verdict).toBe('discrepant');
    });

    it('keeps apart the same noun in documents that report on different things', () => {
      expect(compareDates(hearings(), noAlignment, published, (doc) => (doc === 'a' ? 0 : 1))).toEqual([]);
    });
  });

  describe('days of a month attached to one occasion noun', () => {
    const published = new Map([['a', '2019-02-06'], ['b', '2019-02-06']]);
    const election = (doc: string, sentence: string, day: string): DateMention => ({ ...mention(doc, '2019-02-06', sentence, day), tense: 'future' });
    /** March 12 in one document against `day` in the other's `sentence`. */
    const againstMarch12 = (sentence: string, day: string) =>
      compareDates([election('a', 'The winner will be the favourite in the March 12 special general election.', 'March 12'), election('b', sentence, day)], noAlignment, published, oneStory);

    it('dates one election a few days apart', () => {
      expect(againstMarch12('Voters choose a successor in a special election set for March 14.', 'March 14').map((finding) => finding.verdict)).toEqual(['discrepant']);
    });

    it('keeps apart elections weeks apart: a story tells of several', () => {
      expect(againstMarch12('Voters choose a successor in a special election set for May 9.', 'May 9')).toEqual([]);
    });
  });

  describe('weekdays in close counterpart sentences', () => {
    const published = new Map([['a', '2013-03-19'], ['b', '2013-03-20']]);
    /** The two mentions' sentences, linked at `score`. */
    const linkedAt = (score: number, a: DateMention, b: DateMention, sentenceA: string, sentenceB: string): Counterparts => {
      const sentences = [{ occurrences: [{ doc: 'a', start: 0, end: sentenceA.length }] }, { occurrences: [{ doc: 'b', start: 0, end: sentenceB.length }] }];
      const links = [{ a: 0, b: 1, score }];
      expect([a.doc, b.doc]).toEqual(['a', 'b']);
      return new Counterparts({ sentences, links, ...indexSentences(sentences, links) }, new AlignmentIndex([]));
    };
    const compareAt = (score: number, sentenceA: string, dayA: string, sentenceB: string, dayB: string) => {
      const a = mention('a', '2013-03-19', sentenceA, dayA);
      const b = mention('b', '2013-03-20', sentenceB, dayB);
      return compareDates([a, b], linkedAt(score, a, b, sentenceA, sentenceB), published, oneStory).map((finding) => finding.verdict);
    };

    it('dates one act of one actor in sentences this close, however worded', () => {
      const closed = 'Mayor Ruth Olsen closed the harbor festival on Saturday with a speech about the budget.';
      const ripped = 'Mayor Ruth Olsen, the last speaker of the harbor festival, ripped into the council Sunday.';
      expect(compareAt(0.27, closed, 'Saturday', ripped, 'Sunday')).toEqual(['discrepant']);
    });

    it('keeps apart the acts of two actors when one clause names the other only as whom its subject acted on', () => {
      const broke = 'Senate leader Ida Moreau broke with Governor Tomas Brandt on Monday over the proposed toll road near the harbor.';
      const endorsed = 'Governor Tomas Brandt’s endorsement of the proposed toll road near the harbor during a speech on Friday night spurred hope.';
      expect(compareAt(0.27, broke, 'Monday', endorsed, 'Friday')).toEqual([]);
    });
  });
});
