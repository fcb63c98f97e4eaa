// Whether two mentions' sentences tell the same thing: the same aligned passage (reprinted or
// lightly edited copy), the same sentence text, or sentences the shared correspondence pairs
// (independent wording of the same facts, core/align). Facts are compared only across
// counterparts, so a figure or a date is never set against one from an unrelated sentence.
import { correspondSentences, type SentenceIndex } from '../align';
import type { Passage } from '../model/analysis';
import type { AlignmentIndex } from './clusters';
import type { FindingReason } from '../model/analysis';

type Spanned = { doc: string; start: number };

/** What counterparts read of a sentence correspondence: where each distinct sentence occurs, and the links' scores (a stored copy holds no more). */
export interface CounterpartSentences extends SentenceIndex<CounterpartLink> {
  sentences: readonly { occurrences: readonly { doc: string; start: number; end: number }[] }[];
  links: readonly CounterpartLink[];
}

export interface CounterpartLink {
  a: number;
  b: number;
  score: number;
}

const STATES_FACT = /\d|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t|tember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b\.?\s|\b(?:yesterday|today|tomorrow|last|next|ago|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand|million|billion)\b/u;

export class Counterparts {
  /** Link score by sentence pair (smaller index × count + larger). */
  private readonly linked = new Map<number, number>();
  private readonly sentenceCount: number;
  private readonly sentenceSets = new WeakMap<readonly Spanned[], Map<number, Set<string>>>();

  /** The counterparts among `passages`, by the sentence correspondence of those stating a fact. */
  static among(passages: Readonly<Record<string, readonly Passage[]>>, alignment: AlignmentIndex): Counterparts {
    return new Counterparts(Counterparts.sentencesAmong(passages), alignment);
  }

  /** The correspondence counterparts read among `passages`: it needs no alignment, so the CLI reads it while its main thread aligns. */
  static sentencesAmong(passages: Readonly<Record<string, readonly Passage[]>>): CounterpartSentences {
    // Only sentences that state a figure or a date are compared through the correspondence.
    return correspondSentences(Object.keys(passages).sort().map((doc) => (passages[doc] ?? []).filter((passage) => STATES_FACT.test(passage.text))));
  }

  constructor(
    readonly correspondence: CounterpartSentences,
    private readonly alignment: AlignmentIndex,
  ) {
    this.sentenceCount = this.correspondence.sentences.length;
    for (const link of this.correspondence.links) this.linked.set(link.a * this.sentenceCount + link.b, link.score);
  }

  /** Each set of documents one sentence text or one counterpart link reaches (see related-documents.ts). */
  documentSets(): string[][] {
    const { sentences, links } = this.correspondence;
    const docsOf = (sentence: number) => sentences[sentence]!.occurrences.map((occurrence) => occurrence.doc);
    return [...sentences.map((_, sentence) => docsOf(sentence)), ...links.map((link) => [...docsOf(link.a), ...docsOf(link.b)])];
  }

  /** The distinct sentence a mention lies in, or -1. */
  sentenceOf(span: Spanned): number {
    return this.correspondence.sentenceAt(span.doc, span.start);
  }

  /** Block keys: mentions in counterpart sentences share one. */
  keysOf(span: Spanned): string[] {
    const sentence = this.sentenceOf(span);
    const keys = [...this.alignment.groupsOf(span)].map((group) => `group:${group}`);
    if (sentence < 0) return keys;
    keys.push(`sentence:${sentence}`);
    for (const link of this.correspondence.linksOf(sentence)) keys.push(`link:${link.a}:${link.b}`);
    return keys;
  }

  /** 1 for one sentence, the link's score for counterpart sentences, else 0. */
  private sentenceScore(a: number, b: number): number {
    if (a < 0 || b < 0) return 0;
    return a === b ? 1 : (this.linked.get(Math.min(a, b) * this.sentenceCount + Math.max(a, b)) ?? 0);
  }

  /** Why a cluster's mentions were compared: copies grouped by the alignment, or sentences the correspondence pairs. */
  reasonFor(cluster: readonly Spanned[]): FindingReason {
    return this.alignment.aligned(cluster, cluster) ? 'aligned-passage' : 'counterpart-sentence';
  }

  /** Some mention of `a` and some of `b`, in different documents, lie in counterpart sentences. */
  meet(a: readonly Spanned[], b: readonly Spanned[]): boolean {
    return this.alignment.aligned(a, b) || this.bestLink(a, b, true) > 0;
  }

  /**
   * How surely `a` and `b` (mentions of different documents) tell the same thing: 1 in one aligned
   * passage or one sentence, the best link's score for counterpart sentences, 0 when they do not meet.
   */
  closeness(a: readonly Spanned[], b: readonly Spanned[]): number {
    return this.alignment.aligned(a, b) ? 1 : this.bestLink(a, b, false);
  }

  private bestLink(a: readonly Spanned[], b: readonly Spanned[], anyWill: boolean): number {
    const left = this.sentencesOf(a);
    const right = this.sentencesOf(b);
    let best = 0;
    for (const [sentence, docs] of left) {
      for (const [other, otherDocs] of right) {
        const differentDocuments = docs.size > 1 || otherDocs.size > 1 || [...docs][0] !== [...otherDocs][0];
        if (differentDocuments) best = Math.max(best, this.sentenceScore(sentence, other));
        if (anyWill && best > 0) return best;
      }
    }
    return best;
  }

  /** Sentences of a set of spans with the documents reaching each; computed once per set (reprints share one sentence). */
  private sentencesOf(spans: readonly Spanned[]): Map<number, Set<string>> {
    const known = this.sentenceSets.get(spans);
    if (known) return known;
    const sentences = new Map<number, Set<string>>();
    for (const span of spans) {
      const sentence = this.sentenceOf(span);
      if (sentence >= 0) sentences.set(sentence, (sentences.get(sentence) ?? new Set<string>()).add(span.doc));
    }
    this.sentenceSets.set(spans, sentences);
    return sentences;
  }
}
