// The one sentence a finding is told in, written from its typed facts and stances: the heading
// of a suggestion, the statement of the claim it becomes, the CLI's `statement`. With labels
// (document id → how the reader names that source) each value names its sources; without, the
// sentence is about the event alone ("Sources disagree on the date of the invasion of Ukraine:
// February 2021 vs 2022"), as a claim's statement should be — its evidence names the sources.
import type { Fact, Finding, Mention } from '../model/analysis';
import { listSources } from './clusters';
import { dateWords, writtenAlike } from '../dates';
import { pluralNoun } from '../text/noun-number';

/** Quotes in a sentence are cut to this many characters. */
const QUOTE_LENGTH = 60;
const MONEY = new Set(['USD', 'EUR', 'GBP', 'CNY', 'HKD', 'AUD', 'CAD']);

type DateFact = Extract<Fact, { kind: 'date' }>;

function clip(text: string): string {
  return text.length <= QUOTE_LENGTH ? text : `${text.slice(0, QUOTE_LENGTH - 1).trimEnd()}…`;
}

function dateText(fact: DateFact, approximate = fact.approximate): string {
  return dateWords({ kind: 'interval', start: fact.from, end: fact.to, granularity: fact.granularity, approximate });
}

function days(fact: DateFact): number {
  return Date.parse(fact.to) - Date.parse(fact.from);
}

/** How one mention's value is written in the sentence. */
function valueText(mention: Mention): string | null {
  const { fact } = mention;
  switch (fact.kind) {
    case 'date':
      return dateText(fact);
    case 'unplaced-date':
      return null;
    case 'quantity':
      return mention.text;
    case 'role':
      return `“${mention.text}”`;
    case 'name':
      return fact.name;
    case 'quote':
      return `“${clip(fact.words)}”`;
  }
}

/** Agreeing mentions are told by what they all allow: the widest date among them, else the first value as written. */
function sideText(mentions: readonly Mention[]): string | null {
  const dates = mentions.map((m) => m.fact).filter((fact): fact is DateFact => fact.kind === 'date');
  if (dates.length > 0) return dateText(dates.reduce((wide, fact) => (days(fact) > days(wide) ? fact : wide)), false);
  return mentions.map(valueText).find((text) => text !== null) ?? null;
}

interface Side {
  text: string;
  docs: string[];
}

/**
 * How each mention's value is written, each distinct date once: at 10,000 documents one finding
 * holds thousands of mentions of a few dates, and writing each again held Suggestions for 0.4 s.
 */
function valueWriter(): (mention: Mention) => string | null {
  const dates = new Map<string, string>();
  return (mention) => {
    const { fact } = mention;
    if (fact.kind !== 'date') return valueText(mention);
    const key = `${fact.from}|${fact.to}|${fact.granularity}|${fact.approximate}`;
    const known = dates.get(key);
    if (known !== undefined) return known;
    const text = dateText(fact);
    dates.set(key, text);
    return text;
  };
}

/** The values in the order a reader weighs them: outliers, then the agreeing majority, then the rest by first mention. */
function sides(finding: Finding): Side[] {
  const result = new Map<string, Side>();
  const add = (text: string | null, docs: string[]) => {
    if (text === null) return;
    const known = result.get(text);
    if (known) known.docs.push(...docs);
    else result.set(text, { text, docs: [...docs] });
  };
  const write = valueWriter();
  // A role finding also cites others given the same title (Qin Gang as Foreign Minister): the values are its subject's.
  const mentions = finding.mentions.filter((m) => m.fact.kind !== 'role' || m.fact.person === finding.subject);
  for (const mention of mentions) if (mention.stance === 'contradicts') add(write(mention), [mention.doc]);
  const supporting = mentions.filter((m) => m.stance === 'supports');
  if (supporting.length > 0) add(sideText(supporting), supporting.map((m) => m.doc));
  for (const mention of mentions) if (mention.stance === 'mentions') add(write(mention), [mention.doc]);
  return [...result.values()];
}

function listed(finding: Finding, labels: ReadonlyMap<string, string> | undefined): string {
  return sides(finding)
    .map((side) => (labels ? `${side.text} (${listSources(side.docs.map((doc) => labels.get(doc) ?? doc))})` : side.text))
    .join(' vs ');
}

/** "the date of the invasion of Ukraine" for a named event; the date in the words around it otherwise. */
function datePhrase(finding: Finding): string {
  if (finding.reason === 'named-event') return `the date of the ${finding.subject.charAt(0).toLowerCase()}${finding.subject.slice(1)}`;
  return `the date in ${finding.subject.startsWith('“') ? finding.subject : `“${finding.subject}”`}`;
}

/** What a figure counts or measures, from its finding's subject: "number of tonnes", "amount for “watch”". */
export function quantityTopic(subject: string): string {
  const [unit = subject, head] = subject.split(': ');
  const of = head ? ` for “${head}”` : '';
  if (MONEY.has(unit)) return `amount${of}`;
  if (unit === 'percent') return `share${of}`;
  if (unit === 'age') return `age${of}`;
  if (unit === 'age limit') return `age limit${of}`;
  return `number of ${pluralNoun(unit)}`;
}

/** A figure finding's heading, from its subject: "Number of tonnes", "Amount for “watch”". */
export function quantityHeading(subject: string): string {
  const topic = quantityTopic(subject);
  return `${topic.charAt(0).toUpperCase()}${topic.slice(1)}`;
}

/** What a finding is about, as a heading where it is listed: a figure's topic, else its subject ("Invasion of Ukraine", "Sergei Lavrov"). */
export function findingTopic(finding: Finding): string {
  return finding.kind === 'number' ? quantityHeading(finding.subject) : finding.subject;
}

/** A figure with the thousands separators news text writes it with: 2300 → "2,300". */
export function figureText(amount: number): string {
  return amount.toLocaleString('en-US', { maximumFractionDigits: 10 });
}

export function describe(finding: Finding, labels?: ReadonlyMap<string, string>): string {
  const values = listed(finding, labels);
  const { verdict, subject } = finding;
  switch (finding.kind) {
    case 'date': {
      const date = datePhrase(finding);
      if (verdict === 'discrepant') return `Sources disagree on ${date}: ${values}`;
      if (verdict === 'variant' && writtenAlike(finding.mentions.map((mention) => mention.text))) return `Sources write ${date} in the same words, read from their own publication dates: ${values}`;
      if (verdict === 'variant') return `Sources give ${date} with different precision: ${values}`;
      return `Sources agree on ${date}: ${values}`;
    }
    case 'number': {
      const what = `the ${quantityTopic(subject)}`;
      if (verdict === 'discrepant') return `Sources disagree on ${what}: ${values}`;
      if (verdict === 'variant') return `Sources round ${what} differently: ${values}`;
      return `Sources agree on ${what}: ${values}`;
    }
    case 'name':
      return verdict === 'consistent' ? `Sources spell ${subject}’s name alike: ${values}` : `Sources write ${subject}’s name differently: ${values}`;
    case 'role':
      return verdict === 'consistent' ? `Sources give ${subject} one title: ${values}` : `Sources give ${subject} different titles: ${values}`;
    case 'quote': {
      const by = subject === '' ? 'a quote' : `a quote by ${subject}`;
      if (verdict === 'discrepant') {
        const speakers = [...new Set(finding.mentions.flatMap((m) => (m.fact.kind === 'quote' && m.fact.speaker ? [m.fact.speaker] : [])))];
        return `Sources attribute a quote to different people: ${speakers.join(' vs ')} (${values})`;
      }
      if (verdict === 'variant') return `Sources word ${by} differently: ${values}`;
      return `Sources give ${by} in the same words: ${values}`;
    }
  }
}
