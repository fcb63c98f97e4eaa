// Findings on real independent reporting, measured outside the repository: BASIL
// (github.com/launchnlp/BASIL), stories each told by three US outlets, `articles/<year>/<id>_{1,2,3}.json`.
// Only the years 2010–2014 are read, and the texts are never written anywhere.
//   npm run bench -- --findings --basil <path to BASIL>    (the folder holding articles/)
// Reports findings per story, every discrepant finding (for reading: which are false alarms),
// and the recall of changes injected into one outlet's copy of a fact another outlet states:
// a figure, a weekday, a surname.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeCorpus } from '../src/core/analyze';
import type { AnalysisResult, Finding } from '../src/core/model/analysis';
import type { AnalysisDocument } from '../src/core/model/document';
import { describeSite, readSiteLabels, sentenceOf, siteKey, type Injection, type InjectionKind, type SiteLabel, type Span } from './basil-injection-labels';
import { createRandom } from './prng';

const YEARS = ['2010', '2011', '2012', '2013', '2014'];

interface BasilArticle {
  source: string;
  title: string;
  date: string;
  'triplet-uuid': string;
  'body-paragraphs': string[][];
}

/** Stories by triplet id, each with at least two outlets. */
export function readBasilStoryMap(root: string): Map<string, AnalysisDocument[]> {
  const stories = new Map<string, AnalysisDocument[]>();
  for (const year of YEARS) {
    const folder = join(root, 'articles', year);
    for (const file of readdirSync(folder).filter((name) => name.endsWith('.json')).sort()) {
      const article = JSON.parse(readFileSync(join(folder, file), 'utf8')) as BasilArticle;
      const text = [article.title, ...article['body-paragraphs'].map((paragraph) => paragraph.join(' '))].join('\n\n');
      const docs = stories.get(article['triplet-uuid']) ?? [];
      docs.push({ id: article.source, title: article.title, published: article.date || null, text });
      stories.set(article['triplet-uuid'], docs);
    }
  }
  return new Map([...stories].filter(([, docs]) => docs.length >= 2));
}

export const analyse = (docs: AnalysisDocument[]): AnalysisResult => analyzeCorpus(docs, { includeBoilerplate: false });

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const FIGURE = /(?<![\d.,$])\$?\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])|(?<![\d.,])\d{2,}(?:\.\d+)?(?![\d,])/gu;
const WEEKDAY = new RegExp(`\\b(?:${WEEKDAYS.join('|')})\\b`, 'gu');
// A surname after a given name: "Mitch McConnell". The given names are the bench's own list (common
// English ones), so "White House" or "Republican Party" is not taken for a person.
const GIVEN_NAMES = new Set(
  ('Adam Al Alan Albert Alex Alexander Alice Amy Andrew Andy Ann Anna Anne Anthony Arthur Barack Barbara Ben Benjamin Bernie Beth ' +
    'Betty Bill Bob Bobby Brad Brian Bruce Carl Carol Caroline Catherine Charles Charlie Chris Christine Christopher Chuck Cindy ' +
    'Claire Dan Daniel Dave David Dennis Dick Don Donald Donna Doug Douglas Ed Edward Elizabeth Ellen Emily Eric Frank Fred ' +
    'Gary George Gerald Greg Harry Helen Henry Howard Jack Jake James Jan Jane Janet Jason Jay Jean Jeb Jeff Jennifer Jeremy ' +
    'Jerry Jesse Jim Jimmy Joan Joe John Jon Joseph Josh Joshua Judy Julia Karen Kate Kathleen Kelly Ken Kenneth Kevin Kim ' +
    'Larry Laura Lauren Linda Lisa Liz Louis Lynn Marco Margaret Maria Marie Mark Martin Mary Matt Matthew Max Michael Michele ' +
    'Michelle Mike Mitch Mitt Nancy Nick Nicholas Pat Patricia Patrick Paul Peter Phil Rachel Ralph Rand Randy Ray Richard Rick ' +
    'Rob Robert Roger Ron Ronald Rose Ruth Ryan Sam Samuel Sarah Scott Sean Sharon Stephen Steve Steven Susan Ted Terry Thomas ' +
    'Tim Timothy Todd Tom Tony Walter Wayne William Willie').split(' '),
);
const SURNAME = /\b(\p{Lu}\p{Ll}+)\s(\p{Lu}\p{Ll}{3,})\b/gu;
const WORD = /\p{L}{4,}/gu;

function wordsOf(sentence: string): Set<string> {
  return new Set((sentence.match(WORD) ?? []).map((word) => word.toLowerCase()));
}

/**
 * Whether `text` holds `token` at `at` whole: a figure not inside a longer number ("20" of "2012",
 * "1.5" of "31.5", "6:20", "9/11") or an ordinal ("20th"), a word not inside a longer word ("Obama"
 * of "Obamacare").
 */
function wholeTokenAt(text: string, at: number, token: string): boolean {
  const continues = (char: string | undefined, beyond: string | undefined): boolean => /[\p{L}\p{N}]/u.test(char ?? '') || (/[.,:/]/u.test(char ?? '') && /\d/u.test(beyond ?? ''));
  return !continues(text[at - 1], text[at - 2]) && !continues(text[at + token.length], text[at + token.length + 1]);
}

/** Where the other outlet states the same token, whole, in a sentence sharing at least three longer words with ours. */
function statedElsewhere(token: string, sentence: string, other: AnalysisDocument): Span[] {
  const ours = wordsOf(sentence);
  const places: Span[] = [];
  for (let at = other.text.indexOf(token); at >= 0; at = other.text.indexOf(token, at + token.length)) {
    if (!wholeTokenAt(other.text, at, token)) continue;
    let shared = 0;
    for (const word of wordsOf(sentenceOf(other.text, at))) if (ours.has(word) && word !== token.toLowerCase()) shared += 1;
    if (shared >= 3) places.push({ doc: other.id, start: at, end: at + token.length });
  }
  return places;
}

function changedFigure(figure: string, random: () => number): string {
  const digits = [...figure].map((char, index) => (/\d/u.test(char) ? index : -1)).filter((index) => index >= 0);
  // A digit among the first three, so the change is beyond rounding.
  const position = digits[Math.min(digits.length - 1, 1 + Math.floor(random() * 2))]!;
  const digit = Number(figure[position]);
  return `${figure.slice(0, position)}${(digit + 1 + Math.floor(random() * 8)) % 10}${figure.slice(position + 1)}`;
}

function changedSurname(surname: string): string {
  const vowels = [...surname].map((char, index) => (/[aeiou]/u.test(char) && index > 0 ? index : -1)).filter((index) => index >= 0);
  const at = vowels[0] ?? surname.length - 1;
  const swapped = surname[at] === 'e' ? 'i' : surname[at] === 'i' ? 'e' : surname[at] === 'a' ? 'e' : surname[at] === 'o' ? 'a' : 'o';
  return `${surname.slice(0, at)}${swapped}${surname.slice(at + 1)}`;
}

export function candidates(docs: AnalysisDocument[], random: () => number): Injection[] {
  const found: Injection[] = [];
  for (const doc of docs) {
    const others = docs.filter((other) => other !== doc);
    const consider = (kind: InjectionKind, token: string, start: number, replacement: string): void => {
      if (!wholeTokenAt(doc.text, start, token)) return;
      const sentence = sentenceOf(doc.text, start);
      const counterparts = others.flatMap((other) => statedElsewhere(token, sentence, other));
      if (counterparts.length > 0) found.push({ kind, doc: doc.id, start, end: start + token.length, replacement, counterparts });
    };
    for (const match of doc.text.matchAll(FIGURE)) if (!/^(?:19|20)\d\d$/u.test(match[0])) consider('number', match[0], match.index, changedFigure(match[0], random));
    for (const match of doc.text.matchAll(WEEKDAY)) consider('weekday', match[0], match.index, WEEKDAYS[(WEEKDAYS.indexOf(match[0]) + 1 + Math.floor(random() * 5)) % 7]!);
    for (const match of doc.text.matchAll(SURNAME)) {
      if (!GIVEN_NAMES.has(match[1]!)) continue;
      const start = match.index + match[0].length - match[2]!.length;
      consider('surname', match[2]!, start, changedSurname(match[2]!));
    }
  }
  return found;
}

const overlaps = (mention: Span, span: Span): boolean => mention.doc === span.doc && mention.start < span.end && mention.end > span.start;

/**
 * Found: a discrepant finding (a variant one for a misspelt surname) cites the changed mention and
 * its counterpart — the other outlet's figure or weekday in the sentence like ours, or for a
 * surname the other outlet's spelling anywhere (a name finding cites the person's mentions).
 */
export function detected(injection: Injection, findings: Finding[], original: string): boolean {
  const changed: Span = { doc: injection.doc, start: injection.start, end: injection.start + injection.replacement.length };
  const counterpartCited = (mention: Finding['mentions'][number]): boolean =>
    injection.kind === 'surname'
      ? injection.counterparts.some((counterpart) => counterpart.doc === mention.doc) && mention.text.includes(original)
      : injection.counterparts.some((counterpart) => overlaps(mention, counterpart));
  return findings.some(
    (finding) =>
      (injection.kind === 'surname' ? finding.verdict !== 'consistent' : finding.verdict === 'discrepant') &&
      finding.mentions.some((mention) => overlaps(mention, changed)) &&
      finding.mentions.some(counterpartCited),
  );
}

/** Injections per kind and story: enough for a recall figure, few enough to run in minutes. */
const PER_KIND = 2;

/** The changed sentence and its counterparts, for reading a miss by hand (printed, never stored). */
function describeMiss(injection: Injection, docs: AnalysisDocument[], changed: AnalysisDocument[], findings: Finding[]): string[] {
  const textOf = (list: AnalysisDocument[], id: string): string => list.find((doc) => doc.id === id)!.text;
  const citing = findings.filter((finding) => finding.mentions.some((mention) => mention.doc === injection.doc && mention.start < injection.start + injection.replacement.length && mention.end > injection.start));
  return [
    `  ${injection.doc} ${docs.find((doc) => doc.id === injection.doc)!.text.slice(injection.start, injection.end)} → ${injection.replacement}: ${sentenceOf(textOf(changed, injection.doc), injection.start)}`,
    ...injection.counterparts.map((counterpart) => `    ${counterpart.doc}: ${sentenceOf(textOf(docs, counterpart.doc), counterpart.start)}`),
    ...citing.map((finding) => `    cited by [${finding.kind} ${finding.verdict}] ${finding.summary}`),
  ];
}

interface Site {
  /** 1-based, in the order stories are read. */
  story: number;
  key: string;
  docs: AnalysisDocument[];
  injection: Injection;
}

/**
 * The injections, drawn from a stream seeded by each story's id: the same sites on every run, and a
 * change in how one story's sites are chosen re-draws that story's sites only.
 */
function pickSites(stories: Map<string, AnalysisDocument[]>): Site[] {
  const sites: Site[] = [];
  [...stories].forEach(([triplet, docs], index) => {
    const random = createRandom(11 ^ Number.parseInt(triplet.slice(0, 8), 16));
    const pool = candidates(docs, random);
    for (const kind of ['number', 'weekday', 'surname'] as const) {
      const ofKind = pool.filter((injection) => injection.kind === kind);
      for (let pick = 0; pick < Math.min(PER_KIND, ofKind.length); pick += 1) {
        const injection = ofKind.splice(Math.floor(random() * ofKind.length), 1)[0]!;
        sites.push({ story: index + 1, key: siteKey(triplet, injection), docs, injection });
      }
    }
  });
  return sites;
}

/** Every site of a kind (or all) with its label and sentences, for labelling by hand; nothing is analysed. */
export function listBasilSites(root: string, kind?: InjectionKind): void {
  const labels = readSiteLabels();
  for (const site of pickSites(readBasilStoryMap(root))) {
    if (kind && site.injection.kind !== kind) continue;
    console.log(`story ${site.story} ${describeSite(site.key, labels.get(site.key), site.injection, site.docs).join('\n')}`);
  }
}

interface Tally {
  found: number;
  total: number;
}
const ratio = ({ found, total }: Tally): string => (total === 0 ? '—' : (found / total).toFixed(2));

/** `misses`: analyse only this kind's injections and print each one missed. */
export function runBasilBench(root: string, misses?: InjectionKind): void {
  const stories = readBasilStoryMap(root);
  const labels = readSiteLabels();
  let findings = 0;
  let discrepant = 0;
  const byVerdict = { discrepant: 0, variant: 0, consistent: 0 };
  const listed: string[] = [];
  const missed: string[] = [];
  [...stories.values()].forEach((docs, index) => {
    const result = analyse(docs);
    findings += result.findings.length;
    for (const finding of result.findings) {
      byVerdict[finding.verdict] += 1;
      if (finding.verdict === 'discrepant') {
        discrepant += 1;
        listed.push(`  story ${index + 1} [${finding.kind}] ${finding.summary}`);
      }
    }
  });
  const kinds = ['number', 'weekday', 'surname'] as const;
  const tally = (): Record<InjectionKind | 'all', Tally> => ({ number: { found: 0, total: 0 }, weekday: { found: 0, total: 0 }, surname: { found: 0, total: 0 }, all: { found: 0, total: 0 } });
  const recall = tally();
  const recallSame = tally();
  const labelCounts = Object.fromEntries(kinds.map((kind) => [kind, { same: 0, other: 0, none: 0, unlabelled: 0 }])) as Record<InjectionKind, Record<SiteLabel | 'unlabelled', number>>;
  const unlabelled: string[] = [];
  // Found where the other outlet states another fact: the engine compared two different facts.
  const foundApart: string[] = [];
  for (const { story, key, docs, injection } of pickSites(stories)) {
    const kind = injection.kind;
    if (misses && kind !== misses) continue;
    const label = labels.get(key);
    labelCounts[kind][label ?? 'unlabelled'] += 1;
    if (!label) unlabelled.push(`  story ${story} ${key}`);
    const changed = docs.map((doc) => (doc.id === injection.doc ? { ...doc, text: doc.text.slice(0, injection.start) + injection.replacement + doc.text.slice(injection.end) } : doc));
    const original = docs.find((doc) => doc.id === injection.doc)!.text.slice(injection.start, injection.end);
    const after = analyse(changed).findings;
    const found = detected(injection, after, original) ? 1 : 0;
    for (const entry of [recall[kind], recall.all, ...(label === 'same' ? [recallSame[kind], recallSame.all] : [])]) {
      entry.found += found;
      entry.total += 1;
    }
    if (found && (label === 'other' || label === 'none')) foundApart.push(`  story ${story} ${key} [${label}]`);
    if (!found && misses) missed.push(`story ${story} [${label ?? 'unlabelled'}]`, ...describeMiss(injection, docs, changed, after));
  }
  console.log(`\nBASIL ${YEARS[0]}–${YEARS.at(-1)}: ${stories.size} stories, ${[...stories.values()].reduce((sum, docs) => sum + docs.length, 0)} articles`);
  console.log(`findings per story: ${(findings / stories.size).toFixed(1)} (discrepant ${byVerdict.discrepant}, variant ${byVerdict.variant}, consistent ${byVerdict.consistent})`);
  console.log(`discrepant per 10 stories: ${((10 * discrepant) / stories.size).toFixed(1)} — each listed below for reading`);
  for (const line of listed) console.log(line);
  console.log('\nInjected changes found — over all injections, and over those labelled the same fact in both outlets (basil-injection-labels.json):');
  console.log('| injected change | found | injected | recall | same fact: found | same fact | recall | labelled other fact | not a fact | unlabelled |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const kind of [...kinds, 'all'] as const) {
    const counts = kind === 'all' ? kinds.map((each) => labelCounts[each]).reduce((sum, each) => ({ same: sum.same + each.same, other: sum.other + each.other, none: sum.none + each.none, unlabelled: sum.unlabelled + each.unlabelled })) : labelCounts[kind];
    console.log(`| ${kind} | ${recall[kind].found} | ${recall[kind].total} | ${ratio(recall[kind])} | ${recallSame[kind].found} | ${recallSame[kind].total} | ${ratio(recallSame[kind])} | ${counts.other} | ${counts.none} | ${counts.unlabelled} |`);
  }
  if (foundApart.length > 0) console.log(`Found although the other outlet states another fact or none (${foundApart.length}):\n${foundApart.join('\n')}`);
  if (unlabelled.length > 0) console.log(`Unlabelled sites (${unlabelled.length}; read them with --sites and label them):\n${unlabelled.join('\n')}`);
  if (misses) console.log(`\nMissed ${misses} changes, each with its counterparts and the findings citing it:\n${missed.join('\n')}`);
}

if (process.argv[1]?.endsWith('basil-findings.ts')) {
  const root = process.argv[2];
  if (!root) throw new Error('Usage: tsx bench/basil-findings.ts <path to BASIL, the folder holding articles/> [--sites] [number|weekday|surname]');
  const sites = process.argv.includes('--sites');
  const kind = process.argv.slice(3).find((arg) => arg !== '--sites');
  if (kind !== undefined && kind !== 'number' && kind !== 'weekday' && kind !== 'surname') throw new Error(`Unknown kind "${kind}": number, weekday or surname`);
  if (sites) listBasilSites(root, kind);
  else runBasilBench(root, kind);
}
