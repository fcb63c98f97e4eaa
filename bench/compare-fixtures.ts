// Precision and recall of the compare view's alignment of independently written sentences on our
// own fixture stories (src/core/align/independent-sentences.ts): passage alignment alone (what
// compare showed before issue 15) against passage alignment followed by the sentence matching the
// compare rows now use.
import { analyzeCorpus } from '../src/core/analyze';
import { GOLD_PAIR_COUNT, INDEPENDENT_STORIES, scoreIndependentStories, type MatchScore } from '../src/core/align/independent-sentences';
import { matchSentences } from '../src/core/align/sentence-matching';
import type { AlignmentGroup, QuotedSpan } from '../src/core/model/analysis';
import { segmentDocument } from '../src/core/text/segment-document';
import { layoutCompareRows } from '../src/ui/compare/compare-rows';

const pairsOf = (groups: Array<{ passages: readonly (QuotedSpan | null)[] }>): Array<[string, string]> =>
  groups.flatMap((group) => {
    const left = group.passages.find((passage) => passage?.doc === 'a');
    const right = group.passages.find((passage) => passage?.doc === 'b');
    return left && right ? [[left.text, right.text] as [string, string]] : [];
  });

function analyse(a: string, b: string) {
  return analyzeCorpus(
    [{ id: 'a', title: 'a', published: null, text: a }, { id: 'b', title: 'b', published: null, text: b }],
    { includeBoilerplate: false },
  );
}

const matchedSentences = (a: string, b: string) => pairsOf(matchSentences([segmentDocument('a', a), segmentDocument('b', b)]));

const passageGroupsOnly = (a: string, b: string) => pairsOf(analyse(a, b).groups as AlignmentGroup[]);

function compareRows(a: string, b: string): Array<[string, string]> {
  const result = analyse(a, b);
  const rows = layoutCompareRows({ columns: ['a', 'b'], passages: result.passages, groups: result.groups, minScore: 0 });
  return pairsOf(rows.flatMap((row) => (row.kind === 'aligned' ? [{ passages: row.cells }] : [])));
}

const line = (name: string, score: MatchScore): string =>
  `| ${name} | ${score.predicted} | ${score.correct} | ${(score.correct / Math.max(1, score.predicted)).toFixed(2)} | ${(score.correct / score.gold).toFixed(2)} |`;

export function runSentenceAlignmentBench(): void {
  console.log(`\nAlignment of independently written sentences: ${INDEPENDENT_STORIES.length} fixture stories, ${GOLD_PAIR_COUNT} gold pairs, distractors in every story\n`);
  console.log('| pairs from | pairs given | right | precision | recall |\n|---|---:|---:|---:|---:|');
  console.log(line('compare rows before issue 15 (passage alignment alone)', scoreIndependentStories(passageGroupsOnly, 'as-written')));
  console.log(line('compare rows now (passage alignment, then sentence matching)', scoreIndependentStories(compareRows, 'as-written')));
  console.log(line('sentence matching alone, one outlet’s body in reverse order', scoreIndependentStories(matchedSentences, 'reordered')));
}
