// Names, initials and abbreviations inside news sentences never end a sentence: generated
// sentences built around them come back one per sentence, whole.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentSentences } from './sentences';

const sentencesOf = (text: string): string[] => segmentSentences(text).map((range) => text.slice(range.start, range.end));

const capitalised = fc.constantFrom('Robert', 'Jesse', 'Rod', 'Maria', 'Darrell', 'Wilkins', 'Jackson', 'Blagojevich', 'Okafor', 'Lindqvist', 'Ueda', 'Zhou');
const letter = fc.constantFrom(...'ABCDEFGHJKLMNOPRSTW'.split('')).map((capital) => `${capital}.`);
// One or two initials: "Robert L. Wilkins", "C. A. Dutch Ruppersberger" (an "A." after an initial is no sentence opener).
const initial = fc.tuple(letter, fc.option(letter, { nil: undefined })).map(([first, second]) => (second ? `${first} ${second}` : first));
const title = fc.constantFrom('Representative', 'Mr.', 'Mrs.', 'Dr.', 'Sen.', 'Rep.', 'Gov.', 'Gen.', 'Lt.', 'U.S. District Judge', 'U.S. Attorney', 'Former', 'Judge');
const suffix = fc.constantFrom('', ' Jr.', ' Sr.', ' Jr. (D-Ill.)', ' (R-Calif.)', ', D-Ill.,', ' of Fresno, Calif.,');
const verb = fc.constantFrom('resigned on Friday', 'was sentenced to 30 months', 'said the No. 3 official knew', 'paid $43,000 for a watch', 'met U.S. officials', 'served at Ft. Hood', 'climbed Mt. Everest');
const opener = fc.constantFrom('The', 'He', 'She', 'It', 'In', 'They', 'But', 'A');

const namedSentence = fc
  .tuple(title, capitalised, fc.option(initial, { nil: undefined }), capitalised, suffix, verb)
  .map(([who, first, middle, last, after, did]) => `${who} ${first} ${middle ? `${middle} ` : ''}${last}${after} ${did}.`);
const plainSentence = fc.tuple(opener, fc.constantFrom('hearing was short', 'court adjourned', 'vote came late', 'money went to the U.S.', 'fence rose 10 ft.')).map(([first, rest]) => `${first} ${rest}.`);

describe('sentences around names, initials and abbreviations', () => {
  it('keeps every generated sentence whole, however many are run together', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(namedSentence, plainSentence), { minLength: 1, maxLength: 6 }), (sentences) => {
        expect(sentencesOf(sentences.join(' '))).toEqual(sentences);
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ['Jesse Jackson Jr. (D-Ill.) resigned from Congress on Friday. He had been ill.', 2],
    ['U.S. District Judge Robert L. Wilkins sentenced him. The hearing was short.', 2],
    ['Former Illinois governor Rod R. Blagojevich was in court. He said nothing.', 2],
    ['Rep. Darrell Issa (R-Calif.) said the No. 3 official knew. Others disagreed.', 2],
    ['The money went to the U.S. The rest stayed home.', 2],
    ['The firm was sold to Acme Inc. The deal closed in May.', 2],
    ['Mr. Petraeus wrote, referring to Representative C. A. Dutch Ruppersberger of Maryland. He agreed.', 2],
    ['Troops at Ft. Hood were told on Friday. They left.', 2],
    ['The fence rose 10 ft. The gate stayed shut.', 2],
  ])('%s → %i sentences', (text, count) => {
    expect(sentencesOf(text)).toHaveLength(count);
  });
});
