// A reproducible corpus shaped like what Crosscheck meets: wire stories made of the seeds'
// paragraphs, each reprinted by many outlets with paragraphs shuffled, dropped, split and
// reworded, padded with unrelated filler prose to ~5 KB per document.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { AnalysisDocument } from '../src/core/model/document';
import { detectBoilerplate } from '../src/core/text/boilerplate';
import { segmentParagraphs } from '../src/core/text/paragraphs';
import { createRandom, pick, shuffle } from './prng';

const TARGET_DOCUMENT_CHARS = 5000;
const WIRE_STORIES = 60;
const PARAGRAPHS_PER_STORY = 8;
const DROP_CHANCE = 0.15;
const SPLIT_CHANCE = 0.1;
const REWORD_CHANCE = 0.3;
const SYNONYMS: Record<string, string> = {
  said: 'stated', says: 'states', strengthen: 'reinforce', talks: 'discussions', meeting: 'summit', support: 'backing',
  cooperation: 'collaboration', foreign: 'external', minister: 'secretary', top: 'senior', countries: 'nations', war: 'conflict',
};
const SYLLABLES = ['ka', 'lo', 'mer', 'tin', 'sa', 'vu', 'ren', 'do', 'pli', 'gar', 'no', 'ste', 'qua', 'bi', 'zel', 'fo', 'ru', 'mab', 'ti', 'ens'];

function seedParagraphs(seedDir: string): string[] {
  const paragraphs: string[] = [];
  for (const file of readdirSync(seedDir).filter((name) => name.endsWith('.txt')).sort()) {
    const text = readFileSync(join(seedDir, file), 'utf8');
    const ranges = segmentParagraphs(text);
    const texts = ranges.map((range) => text.slice(range.start, range.end));
    detectBoilerplate(texts).forEach((reason, index) => {
      const paragraph = texts[index] as string;
      if (reason === null && paragraph.length > 80) paragraphs.push(paragraph);
    });
  }
  return paragraphs;
}

function reword(random: () => number, paragraph: string): string {
  return paragraph.replace(/\b[a-z]+\b/gu, (word) => (SYNONYMS[word] && random() < 0.7 ? (SYNONYMS[word] as string) : word));
}

function splitSentences(paragraph: string): string {
  return paragraph.replace(/([.!?]["”]?) (?=[A-Z“])/gu, '$1\n');
}

function fillerWord(random: () => number): string {
  const syllables = 1 + Math.floor(random() * 3);
  let word = '';
  for (let index = 0; index < syllables; index += 1) word += pick(random, SYLLABLES);
  return word;
}

function fillerParagraph(random: () => number): string {
  const sentences: string[] = [];
  const count = 2 + Math.floor(random() * 3);
  for (let sentence = 0; sentence < count; sentence += 1) {
    const words = Array.from({ length: 10 + Math.floor(random() * 14) }, () => fillerWord(random));
    const first = words[0] as string;
    words[0] = first.charAt(0).toUpperCase() + first.slice(1);
    sentences.push(`${words.join(' ')}.`);
  }
  return sentences.join(' ');
}

/** Stories are reprinted unevenly: a few wire stories run in most outlets. */
function pickStory(random: () => number): number {
  return Math.floor(WIRE_STORIES * random() ** 2);
}

export function buildSyntheticCorpus(size: number, seedDir: string, seed = 2023): AnalysisDocument[] {
  const random = createRandom(seed);
  const pool = seedParagraphs(seedDir);
  const stories = Array.from({ length: WIRE_STORIES }, () => shuffle(random, pool).slice(0, PARAGRAPHS_PER_STORY));
  return Array.from({ length: size }, (_, index) => {
    const story = stories[pickStory(random)] as string[];
    const paragraphs: string[] = [];
    for (const paragraph of random() < 0.5 ? story : shuffle(random, story)) {
      if (random() < DROP_CHANCE) continue;
      let text = random() < REWORD_CHANCE ? reword(random, paragraph) : paragraph;
      if (random() < SPLIT_CHANCE) text = splitSentences(text);
      paragraphs.push(text);
    }
    let length = paragraphs.join('\n\n').length;
    while (length < TARGET_DOCUMENT_CHARS) {
      const filler = fillerParagraph(random);
      paragraphs.splice(Math.floor(random() * (paragraphs.length + 1)), 0, filler);
      length += filler.length + 2;
    }
    const id = `doc-${String(index).padStart(5, '0')}`;
    return { id, title: id, published: null, text: paragraphs.join('\n\n') };
  });
}
