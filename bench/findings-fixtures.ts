// Precision and recall of discrepant findings per kind on the made-up fixture stories
// (src/core/findings/fixture-stories.ts, one story per failure class of issue 11): a discrepant
// finding is right when a story expects it, and every expected one must be found.
import { analyzeCorpus } from '../src/core/analyze';
import { checkStory, FIXTURE_STORIES } from '../src/core/findings/fixture-stories';
import type { FindingKind } from '../src/core/model/analysis';

const KINDS: FindingKind[] = ['date', 'number', 'name', 'role', 'quote'];

export function runFixtureBench(): void {
  const counts = new Map(KINDS.map((kind) => [kind, { right: 0, given: 0, expected: 0, found: 0 }]));
  let unwanted = 0;
  for (const story of FIXTURE_STORIES) {
    const { findings } = analyzeCorpus(story.docs, { includeBoilerplate: false });
    const check = checkStory(story, findings);
    unwanted += check.unwanted.length;
    for (const finding of findings.filter((candidate) => candidate.verdict === 'discrepant')) {
      const entry = counts.get(finding.kind)!;
      entry.given += 1;
      if (!check.falseDiscrepant.includes(finding)) entry.right += 1;
    }
    for (const expected of story.expected.filter((candidate) => candidate.verdict === 'discrepant')) {
      const entry = counts.get(expected.kind)!;
      entry.expected += 1;
      if (!check.missing.includes(expected)) entry.found += 1;
    }
  }
  const ratio = (a: number, b: number): string => (b === 0 ? '—' : (a / b).toFixed(2));
  console.log(`\nDiscrepant findings on the ${FIXTURE_STORIES.length} fixture stories (our own sentences, one per failure class)\n`);
  console.log('| kind | discrepant given | right | expected | found | precision | recall |\n|---|---:|---:|---:|---:|---:|---:|');
  for (const [kind, entry] of counts) {
    if (entry.given + entry.expected === 0) continue;
    console.log(`| ${kind} | ${entry.given} | ${entry.right} | ${entry.expected} | ${entry.found} | ${ratio(entry.right, entry.given)} | ${ratio(entry.found, entry.expected)} |`);
  }
  console.log(`Findings between facts of different slots (must be none): ${unwanted}`);
}
