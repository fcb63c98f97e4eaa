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
import { createRandom } from './prng';

const YEARS = ['2010', '2011', '2012', '2013', '2014'];

interface BasilArticle {
  source: string;
  title: string;
  date: string;
  'triplet-uuid': string;
  'body-paragraphs': string[][];
}

export function readBasilStories(root: string): AnalysisDocument[][] {
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
  return [...stories.values()].filter((docs) => docs.length >= 2);
}

const analyse = (docs: AnalysisDocument[]): AnalysisResult => analyzeCorpus(docs, { includeBoilerplate: false });

type InjectionKind = 'number' | 'weekday' | 'surname';
interface Injection {
  kind: InjectionKind;
  doc: string;
  start: number;
  end: number;
  replacement: string;
}

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const FIGURE = /(?<![\d.,$])\$?\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])|(?<![\d.,])\d{2,}(?:\.\d+)?(?![\d,])/gu;
const WEEKDAY = new RegExp(`\\b(?:${WEEKDAYS.join('|')})\\b`, 'gu');
// A surname after a first name: "Reince Priebus".
const SURNAME = /\b\p{Lu}\p{Ll}+\s(\p{Lu}\p{Ll}{3,})\b/gu;
const WORD = /\p{L}{4,}/gu;

function sentenceOf(text: string, index: number): string {
  const start = Math.max(text.lastIndexOf('. ', index), text.lastIndexOf('\n', index)) + 1;
  const ends = ['. ', '\n'].map((mark) => text.indexOf(mark, index)).filter((end) => end >= 0);
  return text.slice(start, ends.length > 0 ? Math.min(...ends) : text.length);
}

function wordsOf(sentence: string): Set<string> {
  return new Set((sentence.match(WORD) ?? []).map((word) => word.toLowerCase()));
}

/** The other outlet states the same token in a sentence sharing at least three longer words with ours. */
function statedElsewhere(token: string, sentence: string, other: string): boolean {
  const ours = wordsOf(sentence);
  for (let at = other.indexOf(token); at >= 0; at = other.indexOf(token, at + token.length)) {
    let shared = 0;
    for (const word of wordsOf(sentenceOf(other, at))) if (ours.has(word) && word !== token.toLowerCase()) shared += 1;
    if (shared >= 3) return true;
  }
  return false;
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

function candidates(docs: AnalysisDocument[], random: () => number): Injection[] {
  const found: Injection[] = [];
  for (const doc of docs) {
    const others = docs.filter((other) => other !== doc);
    const consider = (kind: InjectionKind, token: string, start: number, replacement: string): void => {
      const sentence = sentenceOf(doc.text, start);
      if (others.some((other) => statedElsewhere(token, sentence, other.text))) found.push({ kind, doc: doc.id, start, end: start + token.length, replacement });
    };
    for (const match of doc.text.matchAll(FIGURE)) if (!/^(?:19|20)\d\d$/u.test(match[0])) consider('number', match[0], match.index, changedFigure(match[0], random));
    for (const match of doc.text.matchAll(WEEKDAY)) consider('weekday', match[0], match.index, WEEKDAYS[(WEEKDAYS.indexOf(match[0]) + 1 + Math.floor(random() * 5)) % 7]!);
    for (const match of doc.text.matchAll(SURNAME)) {
      const start = match.index + match[0].length - match[1]!.length;
      consider('surname', match[1]!, start, changedSurname(match[1]!));
    }
  }
  return found;
}

function detected(injection: Injection, findings: Finding[]): boolean {
  const end = injection.start + injection.replacement.length;
  return findings.some(
    (finding) =>
      (injection.kind === 'surname' ? finding.verdict !== 'consistent' : finding.verdict === 'discrepant') &&
      finding.mentions.some((mention) => mention.doc === injection.doc && mention.start < end && mention.end > injection.start),
  );
}

/** Injections per kind and story: enough for a recall figure, few enough to run in minutes. */
const PER_KIND = 2;

export function runBasilBench(root: string): void {
  const stories = readBasilStories(root);
  const random = createRandom(11);
  let findings = 0;
  let discrepant = 0;
  const byVerdict = { discrepant: 0, variant: 0, consistent: 0 };
  const listed: string[] = [];
  const recall: Record<InjectionKind, { found: number; total: number }> = { number: { found: 0, total: 0 }, weekday: { found: 0, total: 0 }, surname: { found: 0, total: 0 } };
  stories.forEach((docs, index) => {
    const result = analyse(docs);
    findings += result.findings.length;
    for (const finding of result.findings) {
      byVerdict[finding.verdict] += 1;
      if (finding.verdict === 'discrepant') {
        discrepant += 1;
        listed.push(`  story ${index + 1} [${finding.kind}] ${finding.summary}`);
      }
    }
    const pool = candidates(docs, random);
    for (const kind of ['number', 'weekday', 'surname'] as const) {
      const ofKind = pool.filter((injection) => injection.kind === kind);
      for (let pick = 0; pick < Math.min(PER_KIND, ofKind.length); pick += 1) {
        const injection = ofKind.splice(Math.floor(random() * ofKind.length), 1)[0]!;
        const changed = docs.map((doc) => (doc.id === injection.doc ? { ...doc, text: doc.text.slice(0, injection.start) + injection.replacement + doc.text.slice(injection.end) } : doc));
        recall[kind].total += 1;
        if (detected(injection, analyse(changed).findings)) recall[kind].found += 1;
      }
    }
  });
  console.log(`\nBASIL ${YEARS[0]}–${YEARS.at(-1)}: ${stories.length} stories, ${stories.reduce((sum, docs) => sum + docs.length, 0)} articles`);
  console.log(`findings per story: ${(findings / stories.length).toFixed(1)} (discrepant ${byVerdict.discrepant}, variant ${byVerdict.variant}, consistent ${byVerdict.consistent})`);
  console.log(`discrepant per 10 stories: ${((10 * discrepant) / stories.length).toFixed(1)} — each listed below for reading`);
  for (const line of listed) console.log(line);
  const total = Object.values(recall).reduce((sum, entry) => ({ found: sum.found + entry.found, total: sum.total + entry.total }), { found: 0, total: 0 });
  console.log('\n| injected change | found | injected | recall |\n|---|---:|---:|---:|');
  for (const [kind, entry] of [...Object.entries(recall), ['all', total] as const]) {
    console.log(`| ${kind} | ${entry.found} | ${entry.total} | ${entry.total === 0 ? '—' : (entry.found / entry.total).toFixed(2)} |`);
  }
}

if (process.argv[1]?.endsWith('basil-findings.ts')) {
  const root = process.argv[2];
  if (!root) throw new Error('Usage: tsx bench/basil-findings.ts <path to BASIL, the folder holding articles/>');
  runBasilBench(root);
}
