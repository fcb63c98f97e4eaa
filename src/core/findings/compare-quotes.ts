// Quotations compared across documents. Two quotes are the same utterance when their words
// overlap enough (or somewhat, inside aligned passages) and the shorter stands mostly, in order,
// inside the longer (quote-wording.ts). Same words, or excerpts that agree wherever they quote the
// same words → consistent; reworded → variant (translations and paraphrases of one statement);
// attributed to different people → discrepant.
import { wordDiff } from '../diff';
import type { Fact, Finding } from '../model/analysis';
import { clusterAcrossDocuments, documentsOf, groupBy, listSources, rarestWords, type AlignmentIndex, type ClusterRules } from './clusters';
import { makeFinding, type ComparedMention } from './finding-id';
import type { QuoteMention } from './mention-types';
import { personFinder, type Person } from './persons';
import { STOP_WORDS } from '../text/stop-words';
import { compareWordings, ONE_STATEMENT_COVERAGE, quoteWords, sharesWording, wordCount, wordingTokensMemo, type WordingComparison, type WordingTokensOf } from './quote-wording';

/** Word overlap (Dice) above which two quotes are one utterance. */
const SAME_QUOTE_DICE = 0.5;
/** Inside aligned passages a looser overlap suffices. */
const SAME_QUOTE_DICE_ALIGNED = 0.3;
/** Shorter quotes are set phrases ("strategic cooperation") that recur without being one utterance. */
const MIN_WORDS_UNALIGNED = 3;
const SUMMARY_QUOTE_LENGTH = 90;
const FUNCTION_WORDS = new Set('a an the of in on at to for and or but with by from as is are was were be it its this that'.split(' '));

/** Overlap of the content words: function words alone ("of a") must not make two quotes one. */
function dice(a: string[], b: string[]): number {
  const left = new Set(a.filter((word) => !FUNCTION_WORDS.has(word)));
  const right = new Set(b.filter((word) => !FUNCTION_WORDS.has(word)));
  if (left.size + right.size === 0) return 0;
  let shared = 0;
  for (const word of left) if (right.has(word)) shared += 1;
  return (2 * shared) / (left.size + right.size);
}

/** Content words kept per quote for blocking: its rarest, and every word in at most this many quotes. */
const BLOCKING_WORDS = 3;
const RARE_WORD_MENTIONS = 4;

type SpeakerOf = (mention: QuoteMention) => Person | null;

/**
 * Quotes given to different people, one of them read from "he said", are two statements: a variant
 * needs one speaker. Both named beside their quotes, they stay together and disagree (discrepant).
 */
function speakersApart(groupA: readonly QuoteMention[], groupB: readonly QuoteMention[], speakerOf: SpeakerOf): boolean {
  const attributed = (group: readonly QuoteMention[]) => group.filter((mention) => speakerOf(mention) !== null);
  const [left, right] = [attributed(groupA), attributed(groupB)];
  if (left.length === 0 || right.length === 0) return false;
  const leftPersons = new Set(left.map(speakerOf));
  if (right.some((mention) => leftPersons.has(speakerOf(mention)))) return false;
  return [...left, ...right].some((mention) => !mention.speakerNamed);
}

function sameUtterance(
  groupA: readonly QuoteMention[],
  groupB: readonly QuoteMention[],
  words: ReadonlyMap<QuoteMention, string[]>,
  alignment: AlignmentIndex,
  speakerOf: SpeakerOf,
  tokensOf: WordingTokensOf,
): boolean {
  if (speakersApart(groupA, groupB, speakerOf)) return false;
  const left = words.get(groupA[0]!)!;
  const right = words.get(groupB[0]!)!;
  const shorter = Math.min(left.length, right.length);
  if (shorter < 2) return false;
  const overlap = dice(left, right);
  const wordsOverlap = alignment.aligned(groupA, groupB) ? overlap >= SAME_QUOTE_DICE_ALIGNED : shorter >= MIN_WORDS_UNALIGNED && overlap >= SAME_QUOTE_DICE;
  if (!wordsOverlap) return false;
  const comparison = compareWordings(groupA[0]!.quote, groupB[0]!.quote, tokensOf);
  return sharesWording(comparison, ONE_STATEMENT_COVERAGE) && !comparison.personShifted;
}

type Compare = (a: string, b: string) => WordingComparison;

/** A document quoting one statement twice (a headline's excerpt of the body's quote) repeats most of its words. */
const REPEAT_COVERAGE = 0.75;

/**
 * An outlet gives one statement once. When a document also quotes the other side's words more
 * closely (more of them, in order), its looser quote is another sentence of the speaker that shares a
 * phrase ("not going to … talk about"), not a rewording — unless the document's two quotes repeat each other.
 */
function closerQuoteInDocument(group: readonly QuoteMention[], other: readonly QuoteMention[], byDoc: ReadonlyMap<string, QuoteMention[]>, compare: Compare, contentOf: (quote: string) => Set<string>): boolean {
  const [quote, target] = [group[0]!.quote, other[0]!.quote];
  const base = compare(quote, target);
  if (!base.reworded) return false;
  const sharedWords = (comparison: WordingComparison) => comparison.coverage * comparison.shorterWords;
  // The rival must quote the stretch of the other side's quote that this one shares, not another stretch of a long quote.
  const targetWords = contentOf(target);
  const sharedStretch = [...contentOf(quote)].filter((word) => targetWords.has(word));
  const holdsStretch = (rival: string): boolean => {
    const rivalWords = contentOf(rival);
    return 2 * sharedStretch.filter((word) => rivalWords.has(word)).length >= sharedStretch.length;
  };
  const rivals = new Set(documentsOf([...group]).flatMap((doc) => (byDoc.get(doc) ?? []).map((mention) => mention.quote)));
  for (const rival of rivals) {
    // A document that carries the other wording itself (a compilation of both outlets' copy) shows no reading of its own.
    if (rival === quote || rival === target || !holdsStretch(rival)) continue;
    const closer = compare(rival, target);
    if (closer.coverage > base.coverage && sharedWords(closer) > sharedWords(base) && sharesWording(closer, ONE_STATEMENT_COVERAGE) && compare(rival, quote).coverage < REPEAT_COVERAGE) return true;
  }
  return false;
}

function quoteRules(mentions: QuoteMention[], words: ReadonlyMap<QuoteMention, string[]>, alignment: AlignmentIndex, speakerOf: SpeakerOf, tokensOf: WordingTokensOf): ClusterRules<QuoteMention> {
  const frequency = new Map<string, number>();
  for (const mention of mentions) for (const word of new Set(words.get(mention))) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  const byDoc = groupBy(mentions, (mention) => mention.doc);
  const known = new Map<string, WordingComparison>();
  const compare: Compare = (a, b) => {
    const key = `${a}\u0000${b}`;
    let comparison = known.get(key);
    if (!comparison) known.set(key, (comparison = compareWordings(a, b, tokensOf)));
    return comparison;
  };
  const contentWords = new Map<string, Set<string>>();
  const contentOf = (quote: string): Set<string> => {
    let content = contentWords.get(quote);
    if (!content) contentWords.set(quote, (content = new Set(quoteWords(quote).filter((word) => !STOP_WORDS.has(word)))));
    return content;
  };
  return {
    // One-word quotes ("support") recur without being one utterance: they never share a signature.
    signature: (mention) => (words.get(mention)!.length < 2 ? `${mention.doc}:${mention.start}` : words.get(mention)!.join(' ')),
    blocks: (mention) => {
      const content = new Set(words.get(mention)!.filter((word) => !FUNCTION_WORDS.has(word)));
      // Every rare word too: an excerpt's rarest words need not be a longer quote's rarest.
      const rare = [...content].filter((word) => frequency.get(word)! <= RARE_WORD_MENTIONS);
      return [...[...alignment.groupsOf(mention)].map((group) => `group:${group}`), ...new Set([...rarestWords(content, frequency, BLOCKING_WORDS), ...rare])];
    },
    linked: (a, b) => sameUtterance(a, b, words, alignment, speakerOf, tokensOf) && !closerQuoteInDocument(a, b, byDoc, compare, contentOf) && !closerQuoteInDocument(b, a, byDoc, compare, contentOf),
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

type Wording = QuoteMention[];

/**
 * Wordings, from different documents, that differ inside what both quote: each as [a wording, the
 * later ones rewording it], the most quoted first. Two parts of one long statement, joined through
 * a third quote, reword nothing; nor do two excerpts that a third wording holds both of faithfully
 * ("not putting people back to work" and "God wants … by putting people back to work").
 */
function rewordings(wordings: Wording[], tokensOf: WordingTokensOf): Array<[Wording, Wording[]]> {
  const ordered = [...wordings].sort((a, b) => documentsOf(b).length - documentsOf(a).length);
  const known = new Map<string, WordingComparison>();
  const compare = (i: number, j: number): WordingComparison => {
    const key = i < j ? `${i}:${j}` : `${j}:${i}`;
    let comparison = known.get(key);
    if (!comparison) known.set(key, (comparison = compareWordings(ordered[i]![0]!.quote, ordered[j]![0]!.quote, tokensOf)));
    return comparison;
  };
  const oneStatement = (i: number, j: number) => sharesWording(compare(i, j), ONE_STATEMENT_COVERAGE);
  const length = (i: number) => wordCount(tokensOf(ordered[i]![0]!.quote));
  // The whole is at least as long: a shorter third quote both hold ("The campaign … will respond") says nothing of where they differ.
  const excerptOf = (i: number, whole: number) => length(whole) >= length(i) && oneStatement(i, whole) && !compare(i, whole).reworded;
  const reworded = (i: number, j: number) =>
    oneStatement(i, j) && compare(i, j).reworded && !ordered.some((_, whole) => whole !== i && whole !== j && excerptOf(i, whole) && excerptOf(j, whole));
  const pairs: Array<[Wording, Wording[]]> = [];
  ordered.forEach((base, i) => {
    const docs = new Set(documentsOf(base));
    const others = ordered.flatMap((other, j) => (j > i && (docs.size > 1 || documentsOf(other).some((doc) => !docs.has(doc))) && reworded(i, j) ? [other] : []));
    if (others.length > 0) pairs.push([base, others]);
  });
  return pairs;
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
  const tokensOf = wordingTokensMemo();
  const speakerOf: SpeakerOf = (mention) => (mention.speaker ? personNamed(mention.speaker) : null);
  for (const cluster of clusterAcrossDocuments(mentions, quoteRules(mentions, words, alignment, speakerOf, tokensOf))) {
    if (documentsOf(cluster).length < 2) continue;
    const speakers = new Map<QuoteMention, Person>();
    for (const mention of cluster) {
      const person = speakerOf(mention);
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
      const changed = rewordings([...wordings.values()], tokensOf);
      if (changed.length === 0) {
        verdict = 'consistent';
        const longest = cluster.reduce((best, mention) => (mention.quote.length > best.quote.length ? mention : best));
        summary = `Quote${by} worded the same in ${listSources(documentsOf(cluster))}, some quoting only part of it: “${clip(longest.quote)}”`;
      } else {
        verdict = 'variant';
        // Every rewording against the wording most sources give: with three wordings, each change is shown.
        const [base, others] = changed[0]!;
        const changes =
          others.length === 1
            ? changedPhrases(base[0]!.quote, others[0]![0]!.quote)
            : others.map((group) => `${listSources(documentsOf(group))}: ${changedPhrases(base[0]!.quote, group[0]!.quote)}`).join('; ');
        summary = `Quote${by} worded differently: ${listed} (${changes})`;
      }
    }
    const subject = distinctSpeakers.length === 1 ? distinctSpeakers[0]!.canonical : '';
    findings.push(makeFinding({ kind: 'quote', verdict, subject, reason: 'same-quote', summary }, cluster.map((mention) => toMention(mention, speakers.get(mention)))));
  }
  return findings;
}
