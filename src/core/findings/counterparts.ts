// Whether two mentions' sentences tell the same thing: the same aligned passage (reprinted or
// lightly edited copy), the same sentence text, or sentences the shared correspondence pairs
// (independent wording of the same facts, core/align). Facts are compared only across
// counterparts, so a figure or a date is never set against one from an unrelated sentence.
import { correspondSentences, type SentenceCorrespondence } from '../align';
import type { Passage } from '../model/analysis';
import type { AlignmentIndex } from './clusters';

type Spanned = { doc: string; start: number };

export class Counterparts {
  private readonly correspondence: SentenceCorrespondence;
  private readonly linked = new Set<number>();
  private readonly sentenceCount: number;

  constructor(
    passages: Readonly<Record<string, readonly Passage[]>>,
    private readonly alignment: AlignmentIndex,
  ) {
    this.correspondence = correspondSentences(Object.keys(passages).sort().map((doc) => passages[doc] ?? []));
    this.sentenceCount = this.correspondence.sentences.length;
    for (const link of this.correspondence.links) this.linked.add(link.a * this.sentenceCount + link.b);
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

  private sentencesMeet(a: number, b: number): boolean {
    if (a < 0 || b < 0) return false;
    return a === b || this.linked.has(Math.min(a, b) * this.sentenceCount + Math.max(a, b));
  }

  /** Some mention of `a` and some of `b`, in different documents, lie in counterpart sentences. */
  meet(a: readonly Spanned[], b: readonly Spanned[]): boolean {
    if (this.alignment.aligned(a, b)) return true;
    const sentencesOf = (spans: readonly Spanned[]) => new Map(spans.map((span) => [this.sentenceOf(span), span.doc]));
    const left = sentencesOf(a);
    const right = sentencesOf(b);
    for (const [sentence, doc] of left) {
      for (const [other, otherDoc] of right) if ((doc !== otherDoc || left.size + right.size > 2) && this.sentencesMeet(sentence, other)) return true;
    }
    return false;
  }
}
