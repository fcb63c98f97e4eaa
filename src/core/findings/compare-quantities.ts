// Figures compared across documents, slot by slot: the same unit in counterpart sentences
// (counterparts.ts) and, for money and shares, the same head noun. Equal → consistent; an
// estimate near an exact figure → variant (rounding); anything else → discrepant.
import type { Fact, Finding } from '../model/analysis';
import { clusterAcrossDocuments, documentsOf, groupBy, listSources, rarestWords, type ClusterRules } from './clusters';
import type { Counterparts } from './counterparts';
import { makeFinding, type ComparedMention } from './finding-id';
import { roundingExplains } from './stances';
import type { QuantityMention, QuoteMention } from './mention-types';
import { compareWordings, ONE_STATEMENT_COVERAGE, sharesWording } from './quote-wording';
import { AGE, MEASURE_UNITS } from './quantity-mentions';
import { countsPeople, differentPeople } from './counted-people';
import { figureText, quantityHeading } from './describe';
import { numericExtent } from '../util/arrays';
import { unionFind } from '../util/union-find';
import { contentWords, sentenceAround, stemWord, wordsIn } from '../text/text-units';


function sharesWord(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const word of a) if (b.has(word)) return true;
  return false;
}

/**
 * One slot: the same unit, in counterpart sentences, and — for money and shares — the same head
 * ("$43,000 Rolex watch" with "watch worth $43,350", not with "$750,000 in campaign cash"); or the
 * same clause in sentences worded apart (sameClause). Shares and ages that name whose they are
 * must name the same one; an age is one slot with the other ages of the person named with it, and
 * with nothing when no person is named.
 * Never counts of different groups of people (counted-people.ts), nor an increment with a total.
 * Never a figure whose sentence also gives the other's figure ("six arrests Wednesday, compared
 * to 47" is not the "47 arrests" another outlet reports): that one is its counterpart.
 */
function sameSlot(groupA: readonly QuantityMention[], groupB: readonly QuantityMention[], story: StoryFigures): boolean {
  const a = groupA[0]!;
  const b = groupB[0]!;
  const { counterparts } = story;
  if (differentPeople(a.people, b.people) || a.increment !== b.increment) return false;
  if (story.quotedApart(a, b)) return false;
  if (a.unit !== b.unit) return onePeopleGroup(a, b) && (counterparts.meet(groupA, groupB) || story.closeFigures(a, b));
  if (a.amount !== b.amount && (a.alongside.includes(b.amount) || b.alongside.includes(a.amount))) return false;
  const owners = ownersMeet(a, b);
  if (a.unit === AGE) return owners === true;
  if (owners === false) return false;
  // A figure both outlets quote as a phrase ("the “47 percent”") names one thing in a story, whatever the words around it.
  if (a.quoted && b.quoted && story.oneStory(a, b)) return true;
  if (!counterparts.meet(groupA, groupB)) return sameClause(a, b, owners) || ((!MEASURE_UNITS.has(a.unit) || owners === true || sharesWord(a.head, b.head)) && story.closeFigures(a, b));
  if (!MEASURE_UNITS.has(a.unit) || owners) return true;
  return sharesWord(a.head, b.head);
}

/** Clause words two counts of people under different nouns share: "nearly 90 professors and administrators" / "nearly 90 faculty and administrators". */
const PEOPLE_SLOT_SHARED = 2;

/**
 * Two counts of people under different nouns, one group when their clauses share PEOPLE_SLOT_SHARED
 * words and neither sentence counts other people ("14 officers were hurt and 230 protesters held"
 * against "230 demonstrators held": which noun is which group is then not for us to guess).
 * Tested only in counterpart sentences (see counted-people.ts).
 */
function onePeopleGroup(a: QuantityMention, b: QuantityMention): boolean {
  if (!countsPeople(a.unit) || !countsPeople(b.unit) || a.alongside.length > 0 || b.alongside.length > 0) return false;
  let shared = 0;
  for (const word of a.slot) if (b.slot.has(word)) shared += 1;
  return shared >= PEOPLE_SLOT_SHARED;
}

/** True when both figures name an owner and share one, false when both do and share none, else null. */
function ownersMeet(a: QuantityMention, b: QuantityMention): boolean | null {
  if (a.owner.size === 0 || b.owner.size === 0) return null;
  return sharesWord(a.owner, b.owner);
}

/** Words two figures' clauses share, besides the figures, to say the same thing in sentences worded apart. */
const SLOT_SHARED = 3;
/** The same, for shares of one named owner: the owner's name is most of what such a clause says. */
const OWNED_SLOT_SHARED = 2;
/** Figures of one thing told by two outlets are of one order of magnitude ("$4,272.78" is not the "$750,000"). */
const MAX_SLOT_RATIO = 10;
/** Shared clause words a figure is blocked on: the rarest ones. */
const SLOT_BLOCKING_WORDS = 4;

/**
 * The same slot in sentences the correspondence does not pair (the changed figure was often what
 * they shared): the same unit, clauses sharing SLOT_SHARED words ("spent $758,000 in campaign cash
 * on personal items" / "spending $750,000 in campaign funds on personal items"), for money and
 * shares the same head or owner, and one order of magnitude.
 */
function sameClause(a: QuantityMention, b: QuantityMention, owners: boolean | null): boolean {
  let shared = 0;
  for (const word of a.slot) if (b.slot.has(word)) shared += 1;
  if (shared < (owners ? OWNED_SLOT_SHARED : SLOT_SHARED) || (MEASURE_UNITS.has(a.unit) && !owners && !sharesWord(a.head, b.head))) return false;
  const [low, high] = a.amount < b.amount ? [a.amount, b.amount] : [b.amount, a.amount];
  return high < low * MAX_SLOT_RATIO;
}

/** Counts of people share their keys across their nouns, so "professors" meets "faculty". */
const PEOPLE_BLOCK = 'people';
const unitKey = (unit: string): string => (countsPeople(unit) ? PEOPLE_BLOCK : unit);

/** Close figures: within this ratio of each other ("nearly 90 professors" / "nearly 96 … faculty", "$445 billion" / "$447 billion"). */
const CLOSE_RATIO = 1.5;
/** Clause words close figures share, each told with few figures of their unit in the corpus. */
const CLOSE_SHARED = 2;
const FIGURE_IN_QUOTE = /\d(?:[\d,.]*\d)?/gu;
/** A word told with more figures of one unit than this says nothing about which one ("the storm killed N people" in thirty stories). */
const RARE_WORD_FIGURES = 3;

/**
 * What the figures of a corpus say about one another beyond counterpart sentences: which
 * documents report on the same thing (related-documents.ts) and how many different figures of a
 * unit each clause word is told with.
 */
class StoryFigures {
  private readonly figuresByWord = new Map<string, Set<number>>();
  private readonly quoteOf = new Map<QuantityMention, string>();

  constructor(
    mentions: readonly QuantityMention[],
    readonly counterparts: Counterparts,
    private readonly related: (doc: string) => number,
    quotes: readonly QuoteMention[],
  ) {
    const quotesByDoc = groupBy(quotes, (quote) => quote.doc);
    for (const mention of mentions) {
      const quote = quotesByDoc.get(mention.doc)?.find((candidate) => candidate.start <= mention.start && mention.end <= candidate.end);
      // The figures themselves are what a changed copy differs in ("the “53 percent”" / "the "58 percent""): the statement is the rest.
      if (quote) this.quoteOf.set(mention, quote.quote.replace(FIGURE_IN_QUOTE, '#'));
    }
    for (const mention of mentions) {
      const unit = unitKey(mention.unit);
      for (const word of mention.slot) {
        const key = `${unit}|${word}`;
        const figures = this.figuresByWord.get(key);
        if (figures) figures.add(mention.amount);
        else this.figuresByWord.set(key, new Set([mention.amount]));
      }
    }
  }

  /** The two figures' documents report on the same thing. */
  oneStory(a: QuantityMention, b: QuantityMention): boolean {
    return this.related(a.doc) === this.related(b.doc);
  }

  /**
   * Figures each inside a quotation, of two statements (the shorter's words are not mostly in the
   * other's): two claims, however alike the words around them ("would keep our system solvent for
   * 75 years," she told … / "… would remain solvent for the next 75 years," said the report).
   */
  quotedApart(a: QuantityMention, b: QuantityMention): boolean {
    const quoteA = this.quoteOf.get(a);
    const quoteB = this.quoteOf.get(b);
    return quoteA !== undefined && quoteB !== undefined && !sharesWording(compareWordings(quoteA, quoteB), ONE_STATEMENT_COVERAGE);
  }

  /**
   * One fact told in clauses worded apart, in sentences the correspondence does not pair: documents
   * reporting on the same thing, figures close to each other, and clauses sharing CLOSE_SHARED
   * words that few figures of the unit are told with ("solvent for the next 72 years" / "keep …
   * Social Security system solvent for 75 years").
   */
  closeFigures(a: QuantityMention, b: QuantityMention): boolean {
    const [low, high] = a.amount < b.amount ? [a.amount, b.amount] : [b.amount, a.amount];
    if (high > low * CLOSE_RATIO || low <= 0 || !this.oneStory(a, b)) return false;
    const rare = (word: string): boolean => (this.figuresByWord.get(`${unitKey(a.unit)}|${word}`)?.size ?? 0) <= RARE_WORD_FIGURES;
    let shared = 0;
    for (const word of a.slot) if (b.slot.has(word) && rare(word)) shared += 1;
    return shared >= CLOSE_SHARED || oneNoun(a.noun, b.noun, rare);
  }
}

/**
 * A sum or a share of one thing named in full and in short: the words written after one figure
 * are all among those after the other, and few figures are told with them ("the full $445 billion
 * package" / "the $447 billion jobs package failed").
 */
function oneNoun(a: readonly string[], b: readonly string[], rare: (word: string) => boolean): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length > 0 && short.every((word) => long.includes(word) && rare(word));
}

/** `frequency`: per unit (unitKey), how many figures of it have each clause word. */
function quantityRules(story: StoryFigures, frequency: ReadonlyMap<string, ReadonlyMap<string, number>>): ClusterRules<QuantityMention> {
  const { counterparts } = story;
  return {
    signature: (mention) => [mention.unit, mention.amount, counterparts.sentenceOf(mention), [...mention.slot].sort().join(' ')].join('|'),
    blocks: (mention) => {
      const unit = unitKey(mention.unit);
      const ofUnit = frequency.get(unit) ?? new Map<string, number>();
      return [
        ...counterparts.keysOf(mention).map((key) => `${unit}:${key}`),
        // A word no other figure of the unit has cannot pair it: the rarest of the shared ones block.
        ...rarestWords([...mention.slot].filter((word) => (ofUnit.get(word) ?? 0) > 1), ofUnit, SLOT_BLOCKING_WORDS).map((word) => `${unit}:slot:${word}`),
        ...[...mention.owner].map((word) => `${mention.unit}:owner:${word}`),
      ];
    },
    linked: (a, b) => sameSlot(a, b, story),
  };
}

/** Each document's distinct figures, sorted, keyed by how they are written ("18,20"). */
function figuresByDocument(mentions: QuantityMention[]): Map<string, number[]> {
  const amounts = new Map<string, Set<number>>();
  for (const mention of mentions) amounts.set(mention.doc, (amounts.get(mention.doc) ?? new Set<number>()).add(mention.amount));
  return new Map([...amounts].map(([doc, figures]) => [doc, [...figures].sort((a, b) => a - b)]));
}

/**
 * Documents disagree when one gives a figure no figure of another comes close to; a copy never
 * does. Documents giving the same figures answer alike, so each set of figures is tested once.
 */
function documentsDisagree(figures: ReadonlyMap<string, number[]>, estimates: ReadonlyMap<number, QuantityMention>): boolean {
  const figure = (amount: number) => estimates.get(amount) ?? { amount, approximate: false };
  const agree = (amount: number, other: number): boolean => amount === other || roundingExplains(figure(amount), figure(other)) || roundingExplains(figure(other), figure(amount));
  const profiles = new Map<string, { amounts: number[]; docs: number }>();
  for (const amounts of figures.values()) {
    const key = amounts.join(',');
    const profile = profiles.get(key);
    if (profile) profile.docs += 1;
    else profiles.set(key, { amounts, docs: 1 });
  }
  const list = [...profiles.values()];
  return list.some((a) => list.some((b) => (a !== b || a.docs > 1) && a.amounts.some((amount) => b.amounts.every((other) => !agree(amount, other)))));
}

function value(mention: QuantityMention): string {
  return `${mention.amount} ${mention.unit}`;
}

function toMention(mention: QuantityMention): ComparedMention {
  const fact: Fact = { kind: 'quantity', amount: mention.amount, unit: mention.unit, head: [...mention.head].sort(), approximate: mention.approximate, ...(mention.bound ? { bound: mention.bound } : {}) };
  return { doc: mention.doc, start: mention.start, end: mention.end, text: mention.text, value: value(mention), fact };
}

/**
 * "USD: watch": the unit, and for money and shares the head words most mentions share; for shares
 * and ages their owner when named. The words are stems, so each is given as the figures' own
 * sentences write it, in the order written ("Martha's Vineyard vacation", not "martha vacatio vineyar").
 */
function subjectOf(cluster: readonly QuantityMention[], texts: ReadonlyMap<string, string>): string {
  const unit = cluster[0]!.unit;
  const owned = cluster.some((mention) => mention.owner.size > 0);
  if (!MEASURE_UNITS.has(unit) && !owned) return unit;
  const counts = new Map<string, number>();
  for (const mention of cluster) for (const word of owned ? mention.owner : mention.head) counts.set(word, (counts.get(word) ?? 0) + 1);
  const shared = [...counts].filter(([, count]) => count * 2 >= cluster.length).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([word]) => word);
  return shared.length > 0 ? `${unit}: ${writtenForms(shared.slice(0, 3), cluster, texts).join(' ')}` : unit;
}

/** Each stem as the mentions' sentences most often write it, in the order the first writing of them has; a stem no sentence writes stays as it is. */
function writtenForms(stems: readonly string[], cluster: readonly QuantityMention[], texts: ReadonlyMap<string, string>): string[] {
  const forms = new Map(stems.map((stem) => [stem, new Map<string, number>()]));
  const firstSeen = new Map<string, number>();
  for (const mention of cluster) {
    const text = texts.get(mention.doc);
    if (text === undefined) continue;
    const sentence = sentenceAround(text, mention.start);
    wordsIn(text, sentence.start, sentence.end).forEach((token, position) => {
      const stem = stemWord(token.text);
      const ofStem = forms.get(stem);
      if (!ofStem) return;
      const form = token.text.replace(/['’]s$/, '');
      ofStem.set(form, (ofStem.get(form) ?? 0) + 1);
      if (!firstSeen.has(stem)) firstSeen.set(stem, position);
    });
  }
  const mostWritten = (stem: string): string => [...forms.get(stem)!].reduce<[string, number]>((best, form) => (form[1] > best[1] ? form : best), [stem, 0])[0];
  return [...stems].sort((a, b) => (firstSeen.get(a) ?? Infinity) - (firstSeen.get(b) ?? Infinity)).map(mostWritten);
}

/** Scale words of a figure's own text: "11 million undocumented immigrants" restates by its other words. */
const SCALE_WORDS: ReadonlySet<string> = new Set(['thousand', 'million', 'billion', 'trillion', 'dozen', 'hundred']);
/** Words a restated figure's noun needs: one word ("38 arrests") names too many different counts. */
const RESTATED_NOUN_WORDS = 2;

/** What a figure is of, as its document may write it again: a sum's noun, else the words counted ("undocumented immigrants"); null when too short to tell. */
function restatedNoun(mention: QuantityMention): string | null {
  const words = MEASURE_UNITS.has(mention.unit) ? mention.noun : contentWords(wordsIn(mention.text)).filter((word) => !SCALE_WORDS.has(word));
  return words.length >= RESTATED_NOUN_WORDS ? words.join(' ') : null;
}

/**
 * Clusters joined where one document states a figure again with the same noun ("$750,000 in
 * campaign money" … "used the $780,000 in campaign money"; "the 11 million undocumented
 * immigrants" … "all 17 million undocumented immigrants"), figures of one order of magnitude: the
 * document tells one thing twice, so when another outlet states it, both are compared with it.
 */
function joinRestatements(clusters: QuantityMention[][]): QuantityMention[][] {
  const clusterOf = new Map<QuantityMention, number>();
  clusters.forEach((cluster, index) => cluster.forEach((mention) => clusterOf.set(mention, index)));
  const { root, join } = unionFind(clusters.length);
  const restated = new Map<string, QuantityMention[]>();
  for (const mention of clusterOf.keys()) {
    const noun = restatedNoun(mention);
    if (noun === null) continue;
    const key = `${mention.doc}|${mention.unit}|${noun}`;
    const group = restated.get(key);
    if (group) group.push(mention);
    else restated.set(key, [mention]);
  }
  for (const group of restated.values()) {
    if (group.length < 2) continue;
    for (const [index, a] of group.entries()) {
      for (const b of group.slice(index + 1)) {
        const [low, high] = a.amount < b.amount ? [a.amount, b.amount] : [b.amount, a.amount];
        if (high < low * MAX_SLOT_RATIO) join(clusterOf.get(a)!, clusterOf.get(b)!);
      }
    }
  }
  return [...groupBy(clusters.map((_, index) => index), (index) => String(root(index))).values()].map((members) => members.flatMap((index) => clusters[index]!));
}

/** `related`: documents reporting on the same thing have one key (related-documents.ts). */
export function compareQuantities(mentions: QuantityMention[], counterparts: Counterparts, related: (doc: string) => number, quotes: readonly QuoteMention[], texts: ReadonlyMap<string, string>): Finding[] {
  const findings: Finding[] = [];
  // Counted per unit: figures of other units never share a block, so their words do not make a word common.
  const frequency = new Map<string, Map<string, number>>();
  for (const mention of mentions) {
    const unit = unitKey(mention.unit);
    const ofUnit = frequency.get(unit) ?? new Map<string, number>();
    frequency.set(unit, ofUnit);
    for (const word of mention.slot) ofUnit.set(word, (ofUnit.get(word) ?? 0) + 1);
  }
  for (const cluster of joinRestatements(clusterAcrossDocuments(mentions, quantityRules(new StoryFigures(mentions, counterparts, related, quotes), frequency)))) {
    if (documentsOf(cluster).length < 2) continue;
    const { min: low, max: high } = numericExtent(cluster.map((mention) => mention.amount))!;
    const listed = [...groupBy(cluster, (mention) => mention.text).values()]
      .map((group) => `${listSources(documentsOf(group))} “${group[0]!.text}”`)
      .join(', ');
    const subject = subjectOf(cluster, texts);
    const what = quantityHeading(subject);
    const [lowText, highText] = [figureText(low), figureText(high)];
    const figures = figuresByDocument(cluster);
    const amountsPerDoc = new Set([...figures.values()].map((amounts) => amounts.join(',')));
    let verdict: Finding['verdict'];
    let summary: string;
    const estimates = new Map(cluster.filter((mention) => mention.approximate).map((mention) => [mention.amount, mention]));
    if (documentsDisagree(figures, estimates)) {
      verdict = 'discrepant';
      summary = `${what}: ${listed} cannot all be right (${lowText} vs ${highText})`;
    } else if (amountsPerDoc.size === 1) {
      verdict = 'consistent';
      summary = `${what}: ${listed} agree${low === high ? ` (${lowText})` : ''}`;
    } else {
      verdict = 'variant';
      summary = `${what}: ${listed} differ by rounding (${lowText}–${highText})`;
    }
    findings.push(makeFinding({ kind: 'number', verdict, subject, reason: counterparts.reasonFor(cluster), summary }, cluster.map(toMention)));
  }
  return findings;
}
