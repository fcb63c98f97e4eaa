// Quote variants on real reporting (BASIL 2010–2014, read from the given folder, never stored):
// how many quote findings set wordings of one statement side by side, and how many join different
// statements or read an excerpt as a rewording.
//   npm run bench -- --findings --basil <path>            (this table after the injection bench)
//   npx tsx bench/basil-quotes.ts <path> [--list] [--all]      (--list: pairs not yet labelled, with their words, for reading)
// A pair is two mentions of one quote finding, in different documents, worded differently. Labels
// (basil-quote-labels.json, read by hand) hold only the pair's key — story, documents, offsets —
// and one of: same (one statement, worded differently), different (different statements),
// partial (parts of one statement that agree where both quote the same words: an excerpt).
// A variant finding is right when it holds a pair of one statement worded differently and no pair
// of different statements that no third mention quotes both of (a longer quote holding both joins
// them rightly); a finding whose pairs are all excerpts should have been consistent.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractQuoteMentions } from '../src/core/findings/quote-mentions';
import { quoteWords } from '../src/core/findings/quote-wording';
import type { Finding, Mention } from '../src/core/model/analysis';
import { analyse, readBasilStoryMap } from './basil-findings';

export type QuoteLabel = 'same' | 'different' | 'partial';
const LABELS = new URL('./basil-quote-labels.json', import.meta.url);

export function readQuoteLabels(): Map<string, QuoteLabel> {
  const raw = JSON.parse(readFileSync(LABELS, 'utf8')) as { pairs: Record<string, QuoteLabel> };
  return new Map(Object.entries(raw.pairs));
}

const place = (mention: { doc: string; start: number; end: number }): string => `${mention.doc}:${mention.start}-${mention.end}`;

/** Story (first 8 hex digits of its triplet id), then both mentions by document and offsets, in order. */
export function pairKey(story: string, a: Mention, b: Mention): string {
  const [first, second] = [place(a), place(b)].sort();
  return `${story.slice(0, 8)} ${first} ${second}`;
}

interface QuotePair {
  key: string;
  a: Mention;
  b: Mention;
}

/** Mentions of different documents whose wordings differ. */
export function differingPairs(story: string, finding: Finding): QuotePair[] {
  const pairs: QuotePair[] = [];
  const wording = (mention: Mention) => quoteWords(String(mention.value)).join(' ');
  finding.mentions.forEach((a, index) => {
    for (const b of finding.mentions.slice(index + 1)) {
      if (a.doc !== b.doc && wording(a) !== wording(b)) pairs.push({ key: pairKey(story, a, b), a, b });
    }
  });
  return pairs;
}

type Judgement = 'right' | 'joins different statements' | 'excerpt only' | 'not labelled';

function judge(story: string, finding: Finding, pairs: QuotePair[], labels: ReadonlyMap<string, QuoteLabel>): Judgement {
  const oneStatement = (a: Mention, b: Mention): boolean => {
    const label = labels.get(pairKey(story, a, b));
    return label === 'same' || label === 'partial';
  };
  const bridged = (pair: QuotePair): boolean => finding.mentions.some((third) => oneStatement(third, pair.a) && oneStatement(third, pair.b));
  const found = pairs.map((pair) => labels.get(pair.key));
  if (pairs.some((pair) => labels.get(pair.key) === 'different' && !bridged(pair))) return 'joins different statements';
  if (found.includes(undefined)) return 'not labelled';
  return found.includes('same') ? 'right' : 'excerpt only';
}

export function runBasilQuotesBench(root: string, options: { list: boolean; all: boolean }): void {
  const labels = readQuoteLabels();
  const stories = readBasilStoryMap(root);
  const counts: Record<Judgement, number> = { right: 0, 'joins different statements': 0, 'excerpt only': 0, 'not labelled': 0 };
  const perStory: number[] = [];
  const seenSame = new Set<string>();
  // Labels stay for spans an earlier extraction gave; the figure counts the pairs whose quotes are read today.
  const spans = new Set<string>();
  const wrong: string[] = [];
  for (const [story, docs] of stories) {
    for (const doc of docs) for (const mention of extractQuoteMentions(doc.id, doc.text, [{ start: 0, end: doc.text.length }])) spans.add(`${story.slice(0, 8)} ${place(mention)}`);
    const quotes = analyse(docs).findings.filter((finding) => finding.kind === 'quote');
    const variants = quotes.filter((finding) => finding.verdict !== 'consistent');
    perStory.push(variants.length);
    for (const finding of quotes) for (const pair of differingPairs(story, finding)) if (labels.get(pair.key) === 'same' && finding.verdict !== 'consistent') seenSame.add(pair.key);
    for (const finding of variants) {
      const pairs = differingPairs(story, finding);
      const judgement = judge(story, finding, pairs, labels);
      counts[judgement] += 1;
      if (judgement !== 'right') wrong.push(`  ${judgement}: ${pairs.map((pair) => `${pair.key} (${labels.get(pair.key) ?? '?'})`).join(', ')}`);
      if (!options.list) continue;
      for (const pair of pairs) {
        if (labels.has(pair.key) && !options.all) continue;
        console.log(`${pair.key}  [${labels.get(pair.key) ?? '?'}] ${finding.verdict}\n    ${pair.a.doc}: ${String(pair.a.value)}\n    ${pair.b.doc}: ${String(pair.b.value)}`);
      }
    }
  }
  const variants = perStory.reduce((sum, count) => sum + count, 0);
  const labelled = variants - counts['not labelled'];
  const readToday = (key: string): boolean => key.split(' ').slice(1).every((span) => spans.has(`${key.split(' ')[0]} ${span}`));
  const sameLabelled = [...labels].filter(([key, label]) => label === 'same' && readToday(key));
  console.log(`\nBASIL quotes: ${variants} quote findings not consistent in ${stories.size} stories (${(variants / stories.size).toFixed(2)} per story, at most ${Math.max(...perStory)} in one)`);
  console.log(`| right (one statement, reworded) | join different statements | excerpt only | not labelled | precision |\n|---:|---:|---:|---:|---:|`);
  console.log(
    `| ${counts.right} | ${counts['joins different statements']} | ${counts['excerpt only']} | ${counts['not labelled']} | ${labelled === 0 ? '—' : (counts.right / labelled).toFixed(2)} |`,
  );
  console.log(`pairs labelled one statement reworded still shown in a variant: ${seenSame.size} of ${sameLabelled.length}`);
  for (const [key] of sameLabelled) if (!seenSame.has(key)) console.log(`  not shown: ${key}`);
  for (const line of wrong) console.log(line);
}

if (process.argv[1]?.endsWith('basil-quotes.ts')) {
  const root = process.argv[2];
  if (!root) throw new Error('Usage: tsx bench/basil-quotes.ts <path to BASIL, the folder holding articles/> [--list] [--all]');
  runBasilQuotesBench(join(root), { list: process.argv.includes('--list'), all: process.argv.includes('--all') });
}
