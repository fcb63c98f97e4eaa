// Each mention's stance, decided with the verdict so every consumer (Suggestions, an accepted
// claim's evidence, the CLI) reads the same answer.
//
// Rule for a discrepant finding: mentions that agree with each other (dates whose intervals
// overlap — "last year" in 2023 and "a year ago" in Feb 2023 both cover Feb 2022 — figures that
// are equal or one the other rounded, otherwise equal values) form groups; the group spread
// over the most sources, if it holds more than half of the sources, supports and every other
// mention contradicts. Without such a majority nobody can be called the outlier, so every mention
// just "mentions". Consistent findings support; variants (spelling, wording, precision) mention.
import type { EstimateBound, Fact, FindingVerdict, Mention } from '../model/analysis';
import type { Stance } from '../model/claims';

/** Below this a round figure is a count as likely as an estimate ("30 districts"). */
const ROUND_ESTIMATE_FROM = 1000;

function significantDigits(amount: number): number {
  const digits = String(amount).replace(/^0\.0*|\./g, '').replace(/0+$/, '');
  return Math.max(1, digits.length);
}

/** The place of a figure's last significant digit: 10 for "90", 1,000 for "43,000", 0.01 for "5.25". */
function lastDigitPlace(amount: number): number {
  return 10 ** (Math.floor(Math.log10(Math.abs(amount))) - significantDigits(amount) + 1);
}

type Figure = { amount: number; approximate: boolean; bound?: EstimateBound | null };

/** How far past its figure "just over" or "just under" reaches, as a share of it: "just over $200,000" is not $270,000. */
const JUST_BEYOND_SHARE = 0.1;

/**
 * The values a figure allows: itself when exact; within one unit of its last written digit on its
 * bounded side ("nearly 90": 80–90), else either side; within a tenth of it for "just over" and
 * "just under" ("just over $200,000": 200,000–220,000).
 */
function allowedValues(figure: Figure): [number, number] {
  const { amount } = figure;
  if (!figure.approximate) return [amount, amount];
  if (figure.bound === 'just over') return [amount, amount * (1 + JUST_BEYOND_SHARE)];
  if (figure.bound === 'just under') return [amount * (1 - JUST_BEYOND_SHARE), amount];
  const place = lastDigitPlace(amount);
  return [figure.bound === 'over' ? amount : amount - place, figure.bound === 'under' ? amount : amount + place];
}

/**
 * Whether `estimate` may be `figure` rounded: written as an estimate ("about $43,000", "nearly 90",
 * "up to 1.6 million") and within one unit of its last written digit — either side for a two-sided
 * estimate ("about 90" for 84 or 96; "roughly 38 percent" is not 35 percent, "about 90" not 75),
 * on its own side for a one-sided one ("nearly 90" allows 84, not 96; "nearly 90" and "nearly 94"
 * allow no common value) —, or a round figure from ROUND_ESTIMATE_FROM up that `figure` rounds to
 * ("$43,000" for "$43,350"; never "$750,000" for "$760,000", both as precise).
 * Between two-sided estimates, a rougher one is the finer rounded to its own last digit: "about 96"
 * would be "about 100" at the precision of "about 90", while "about 92" would be "about 90".
 */
export function roundingExplains(estimate: Figure, figure: Figure): boolean {
  const exact = figure.amount;
  if (estimate.amount === 0) return exact === 0;
  if (estimate.approximate) {
    if (estimate.bound || figure.bound) {
      const [low, high] = allowedValues(estimate);
      const [otherLow, otherHigh] = allowedValues(figure);
      return low <= otherHigh && otherLow <= high;
    }
    const place = lastDigitPlace(estimate.amount);
    const finerEstimate = figure.approximate && lastDigitPlace(exact) < place;
    return Math.abs(estimate.amount - exact) <= (finerEstimate ? place / 2 : place);
  }
  if (estimate.amount < ROUND_ESTIMATE_FROM) return false;
  const digits = significantDigits(estimate.amount);
  return significantDigits(exact) > digits && Number(exact.toPrecision(digits)) === estimate.amount;
}

export function factsAgree(a: Fact, b: Fact): boolean {
  if (a.kind === 'date' && b.kind === 'date') return a.from <= b.to && b.from <= a.to;
  if (a.kind === 'quantity' && b.kind === 'quantity') return a.amount === b.amount || roundingExplains(a, b) || roundingExplains(b, a);
  return factValue(a) === factValue(b);
}

function factValue(fact: Fact): string {
  switch (fact.kind) {
    case 'date':
      return `${fact.from}/${fact.to}`;
    case 'unplaced-date':
      return '';
    case 'quantity':
      return `${fact.amount} ${fact.unit}`;
    case 'name':
      return fact.name.toLowerCase();
    case 'role':
      return fact.office;
    case 'quote':
      return fact.words.toLowerCase();
  }
}

function discrepantStances(mentions: ReadonlyArray<Omit<Mention, 'stance'>>): Stance[] {
  const sources = new Set(mentions.map((m) => m.doc)).size;
  // Mentions with one fact agree alike: each distinct fact is tested once (reprints share one).
  const distinct = new Map<string, { fact: Fact; members: number[] }>();
  mentions.forEach((mention, index) => {
    const key = JSON.stringify(mention.fact);
    const entry = distinct.get(key) ?? { fact: mention.fact, members: [] };
    entry.members.push(index);
    distinct.set(key, entry);
  });
  const facts = [...distinct.values()];
  let majority = new Set<number>();
  let majoritySources = 0;
  for (const anchor of facts) {
    const group = facts.filter((other) => factsAgree(anchor.fact, other.fact)).flatMap((other) => other.members);
    const groupSources = new Set(group.map((index) => mentions[index]!.doc)).size;
    if (groupSources > majoritySources) [majority, majoritySources] = [new Set(group), groupSources];
  }
  if (majoritySources * 2 <= sources) return mentions.map(() => 'mentions');
  return mentions.map((_, index) => (majority.has(index) ? 'supports' : 'contradicts'));
}

export function stancesOf(verdict: FindingVerdict, mentions: ReadonlyArray<Omit<Mention, 'stance'>>): Stance[] {
  if (verdict === 'discrepant') return discrepantStances(mentions);
  return mentions.map(() => (verdict === 'consistent' ? 'supports' : 'mentions'));
}
