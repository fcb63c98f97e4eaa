// Quotations compared across documents. Two quotes are the same utterance when their words
// overlap enough (or somewhat, inside aligned passages). Same words → consistent; reworded →
// variant (translations and paraphrases of one statement); attributed to different people →
// discrepant.
import { wordDiff } from '../diff';
import type { Fact, Finding } from '../model/analysis';
import { clusterAcrossDocuments, documentsOf, groupBy, listSources, rarestWords, type AlignmentIndex, type ClusterRules } from './clusters';
import { makeFinding, type ComparedMention } from './finding-id';
import type { QuoteMention } from './mention-types';
import { personFinder, type Person } from './persons';

/** Word overlap (Dice) above which two quotes are one utterance. */
const SAME_QUOTE_DICE = 0.5;
/** Inside aligned passages a looser overlap suffices. */
const SAME_QUOTE_DICE_ALIGNED = 0.3;
/** Shorter quotes are set phrases ("strategic cooperation") that recur without being one utterance. */
const MIN_WORDS_UNALIGNED = 3;
const SUMMARY_QUOTE_LENGTH = 90;
const FUNCTION_WORDS = new Set('a an the of in on at to for and or but with by from as is are was were be it its this that'.split(' '));

/** Lower-case words, British and American spellings merged ("organisation" = "organization"), ’ read as ' ("don’t" = "don't"). */
export function quoteWords(quote: string): string[] {
  return (quote.toLowerCase().replace(/’/g, "'").match(/[\p{L}\p{N}]+(?:[’'-][\p{L}\p{N}]+)*/gu) ?? []).map((word) =>
    word.replace(/isation$/, 'ization').replace(/ise$/, 'ize').replace(/our$/, 'or'),
  );
}

/** Overlap of the content words: function words alone ("of a") must not make two quotes one. */
function dice(a: string[], b: string[]): number {
  const left = new Set(a.filter((word) => !FUNCTION_WORDS.has(word)));
  const right = new Set(b.filter((word) => !FUNCTION_WORDS.has(word)));
  if (left.size + right.size === 0) return 0;
  let shared = 0;
  for (const word of left) if (right.has(word)) shared += 1;
  return (2 * shared) / (left.size + right.size);
}

/** Content words kept per quote for blocking. */
const BLOCKING_WORDS = 3;

function sameUtterance(groupA: readonly QuoteMention[], groupB: readonly QuoteMention[], words: ReadonlyMap<QuoteMention, string[]>, alignment: AlignmentIndex): boolean {
  const left = words.get(groupA[0]!)!;
  const right = words.get(groupB[0]!)!;
  const shorter = Math.min(left.length, right.length);
  if (shorter < 2) return false;
  const overlap = dice(left, right);
  if (alignment.aligned(groupA, groupB)) return overlap >= SAME_QUOTE_DICE_ALIGNED;
  return shorter >= MIN_WORDS_UNALIGNED && overlap >= SAME_QUOTE_DICE;
}

function quoteRules(mentions: QuoteMention[], words: ReadonlyMap<QuoteMention, string[]>, alignment: AlignmentIndex): ClusterRules<QuoteMention> {
  const frequency = new Map<string, number>();
  for (const mention of mentions) for (const word of new Set(words.get(mention))) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  return {
    // One-word quotes ("support") recur without being one utterance: they never share a signature.
    signature: (mention) => (words.get(mention)!.length < 2 ? `${mention.doc}:${mention.start}` : words.get(mention)!.join(' ')),
    blocks: (mention) => [
      ...[...alignment.groupsOf(mention)].map((group) => `group:${group}`),
      ...rarestWords(new Set(words.get(mention)!.filter((word) => !FUNCTION_WORDS.has(word))), frequency, BLOCKING_WORDS),
    ],
    linked: (a, b) => sameUtterance(a, b, words, alignment),
  };
}

function clip(quote: string): string {
  return quote.length <= SUMMARY_QUOTE_LENGTH ? quote : `${quote.slice(0, SUMMARY_QUOTE_LENGTH - 1).trimEnd()}…`;
}

/** Up to this many changed phrases are named in a summary. */
const MAX_CHANGES_NAMED = 3;
const LOOSE = { ignoreCase: true, ignorePunctuation: true, ignoreQuoteStyle: true };

/** The changed phrases between two wordings: “a strong dynamic” → “strong momentum”. */
function changedPhrases(left: string, right: string): string {
  const changes: Array<{ removed: string; added: string }> = [];
  let current: { removed: string; added: string } | null = null;
  for (const segment of wordDiff(left, right, LOOSE)) {
    if (segment.op === 'equal') {
      if (segment.text.trim() !== '') current = null;
      continue;
    }
    if (!current) {
      current = { removed: '', added: '' };
      changes.push(current);
    }
    if (segment.op === 'delete') current.removed += segment.text;
    else current.added += segment.text;
  }
  const phrase = (text: string) => {
    const words = text.replace(/^[\p{P}\s]+|[\p{P}\s]+$/gu, '');
    return words === '' ? '—' : `“${words}”`;
  };
  const named = changes.slice(0, MAX_CHANGES_NAMED).map((change) => `${phrase(change.removed)} → ${phrase(change.added)}`);
  if (changes.length > MAX_CHANGES_NAMED) named.push(`${changes.length - MAX_CHANGES_NAMED} more`);
  return named.join('; ');
}

function toMention(mention: QuoteMention, speaker: Person | undefined): ComparedMention {
  const fact: Fact = { kind: 'quote', words: mention.quote, speaker: speaker?.canonical ?? null };
  return { doc: mention.doc, start: mention.start, end: mention.end, text: mention.text, value: mention.quote, fact };
}

export function compareQuotes(mentions: QuoteMention[], persons: Person[], alignment: AlignmentIndex): Finding[] {
  const findings: Finding[] = [];
  // Reprints repeat a quote hundreds of times: its words are read once per distinct wording.
  const wordsOfQuote = new Map<string, string[]>();
  const words = new Map(
    mentions.map((mention) => {
      let quoted = wordsOfQuote.get(mention.quote);
      if (!quoted) {
        quoted = quoteWords(mention.quote);
        wordsOfQuote.set(mention.quote, quoted);
      }
      return [mention, quoted];
    }),
  );
  const personNamed = personFinder(persons);
  for (const cluster of clusterAcrossDocuments(mentions, quoteRules(mentions, words, alignment))) {
    if (documentsOf(cluster).length < 2) continue;
    const speakers = new Map<QuoteMention, Person>();
    for (const mention of cluster) {
      const person = mention.speaker ? personNamed(mention.speaker) : null;
      if (person) speakers.set(mention, person);
    }
    const distinctSpeakers = [...new Set(speakers.values())];
    // Only speakers named beside the quote can contradict each other; "he said" is read from context.
    const namedSpeakers = groupBy([...speakers].filter(([mention]) => mention.speakerNamed), ([, person]) => person.canonical);
    const by = distinctSpeakers.length === 1 ? ` (${distinctSpeakers[0]!.canonical})` : '';
    const wordings = groupBy(cluster, (mention) => words.get(mention)!.join(' '));
    const listed = [...wordings.values()].map((group) => `${listSources(documentsOf(group))} “${clip(group[0]!.quote)}”`).join(' vs ');
    let verdict: Finding['verdict'];
    let summary: string;
    if (namedSpeakers.size > 1) {
      verdict = 'discrepant';
      const who = [...namedSpeakers].map(([name, entries]) => `${name} in ${listSources(entries.map(([mention]) => mention.doc))}`).join('; ');
      summary = `Quote attributed to different people — ${who}: ${listed}`;
    } else if (wordings.size === 1) {
      verdict = 'consistent';
      summary = `Quote${by} worded the same in ${listSources(documentsOf(cluster))}: “${clip(cluster[0]!.quote)}”`;
    } else {
      verdict = 'variant';
      // Every wording against the one most sources give: with three wordings, each change is shown.
      const [base, ...others] = [...wordings.values()].sort((a, b) => documentsOf(b).length - documentsOf(a).length);
      const changes =
        others.length === 1
          ? changedPhrases(base![0]!.quote, others[0]![0]!.quote)
          : others.map((group) => `${listSources(documentsOf(group))}: ${changedPhrases(base![0]!.quote, group[0]!.quote)}`).join('; ');
      summary = `Quote${by} worded differently: ${listed} (${changes})`;
    }
    const subject = distinctSpeakers.length === 1 ? distinctSpeakers[0]!.canonical : '';
    findings.push(makeFinding({ kind: 'quote', verdict, subject, reason: 'same-quote', summary }, cluster.map((mention) => toMention(mention, speakers.get(mention)))));
  }
  return findings;
}
