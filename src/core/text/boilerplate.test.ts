import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BoilerplateReason } from '../model/analysis';
import { detectBoilerplate } from './boilerplate';
import { segmentDocument } from './segment-document';

const SEEDS = join(import.meta.dirname, '../../../seeds');
const seed = (prefix: string): string => {
  const files: Record<string, string> = {
    '000': '000_900e33a0770657f5.txt',
    '001': '001_8dfcd5823fdeecd6.txt',
    '002': '002_d2e03255e9355d12.txt',
    '003': '003_4abb5b22b4219653.txt',
    '004': '004_178e249b77d00c9e.txt',
  };
  return readFileSync(join(SEEDS, files[prefix] as string), 'utf8');
};

/** The reason of every passage that starts with `start`. */
function reasonsOf(prefix: string, start: string): (BoilerplateReason | null)[] {
  const passages = segmentDocument(prefix, seed(prefix)).filter((passage) => passage.text.startsWith(start));
  expect(passages.length, `no passage of ${prefix} starts with "${start}"`).toBeGreaterThan(0);
  return passages.map((passage) => passage.boilerplate);
}

describe('boilerplate on the seeds', () => {
  it.each([
    ['000', '• Read also: Blinken', 'link-list'],
    ['000', 'AFP', 'byline'],
    ['001', 'Hi, what are you looking for?', 'navigation'],
    ['001', 'date 2023-07-13 Connect with us', 'navigation'],
    ['001', 'Published', 'navigation'],
    ['001', 'World', 'navigation'],
    ['001', 'Wang Yi met Russian Foreign Minister Sergei Lavrov on the sidelines of the Association of Southeast Asian Nations (ASEAN) meeting in Jakarta -', 'repeated-caption'],
    ['001', 'burs-jfx/pbt', 'byline'],
    ['001', 'Written By', 'byline'],
    ['001', 'In this article:China', 'tag-list'],
    ['001', 'You may also like:', 'related-teaser'],
    ['001', 'Ukrainian women fight for uniforms that fit', 'related-teaser'],
    ['001', '19 hours ago', 'related-teaser'],
    ['002', 'Russian Foreign Minister Sergey Lavrov [Handout', 'credit'],
    ['002', 'Source link', 'link-list'],
    ['003', 'Source: Newsroom', 'credit'],
    ['004', 'Do you have questions about the biggest topics', 'promotion'],
    ['004', 'For the latest news from the South China Morning Post download our mobile app.', 'promotion'],
    ['004', 'Copyright 2023.', 'copyright'],
    ['004', 'SCMP , China , Russia', 'tag-list'],
    ['004', 'More from South China Morning Post:', 'related-teaser'],
    ['004', 'Next In Aseanplus News', 'related-teaser'],
    ['004', 'Putrajaya ordered to return seized Swatch watches', 'related-teaser'],
    ['004', 'Others Also Read', 'related-teaser'],
  ] as const)('%s: "%s" is %s', (prefix, start, reason) => {
    expect(reasonsOf(prefix, start)).toEqual(expect.arrayContaining([reason]));
    expect(reasonsOf(prefix, start).every((found) => found !== null)).toBe(true);
  });

  it('keeps the first caption line (no credit) and the body sentence that starts like it apart', () => {
    const body = reasonsOf('001', 'Wang Yi met Russian Foreign Minister Sergei Lavrov on the sidelines of the Association of Southeast Asian Nations (ASEAN) meeting in Jakarta, where');
    expect(body).toEqual([null]);
  });

  it.each([
    ['000', 'The head of Chinese diplomacy, Wang Yi'],
    ['001', 'China’s top diplomat says Beijing, Moscow to deepen ties'],
    ['002', 'In this photo released by Russian Foreign Ministry Press Service'],
    ['003', 'China vows to strentghen cooperation with Russia'],
    ['004', 'China doesn’t want ‘prolonged’ Ukraine war'],
    ['004', '“Our [two] countries are in favour'],
  ])('%s: content "%s" is not furniture', (prefix, start) => {
    expect(reasonsOf(prefix, start)).toEqual(expect.arrayContaining([null]));
  });
});

describe('boilerplate on made-up pages', () => {
  it('recognises furniture by shape, not by the seeds’ wording', () => {
    const page = [
      'Skip to main content',
      'Menu',
      'Ministers agree on a new grain corridor',
      'By Jane Doe',
      'The ministers of both countries agreed on Tuesday to reopen the corridor.',
      '► See also: Grain prices fall again',
      'Photo: Reuters',
      'Sign up for our newsletter to get the morning briefing.',
      '© 2024 Example Media. All rights reserved.',
      'Tags: Grain, Trade, Shipping, Black Sea',
      'Related stories',
      'Ports reopen after storm',
      'Wheat harvest beats forecast in the south.',
    ];
    expect(detectBoilerplate(page)).toEqual([
      'navigation',
      'navigation',
      null,
      'byline',
      null,
      'link-list',
      'credit',
      'promotion',
      'copyright',
      'tag-list',
      'related-teaser',
      'related-teaser',
      'related-teaser',
    ]);
  });

  it('marks a page’s publication and update stamps, not sentences that open with the same words', () => {
    const stamps = [
      'Published 13 May 2025',
      'Updated: Wednesday 14 May 2025 09.12 BST',
      'Posted on 3 June 2024 at 7:45 p.m.',
      'Last modified on Tue 13 May 2025 18.02 GMT',
      'First published 12 May 2025, last updated 2 hours ago',
      'Published May 13, 2025 | Updated May 14, 2025 10:05am ET',
    ];
    expect(detectBoilerplate(stamps.map((stamp) => `A ferry ran aground off the island on Sunday.\n${stamp}`).flatMap((page) => page.split('\n')))).toEqual(
      stamps.flatMap(() => [null, 'publication-stamp']),
    );
    const content = [
      'Updated figures show 2,300 tonnes of grain burned on 13 May.',
      'Posted guards stood at the gate on Monday.',
      'Published in May, the report named 14 ships.',
      'Updated 13 Mayors Street reopened on Friday.',
    ];
    expect(detectBoilerplate(['The port stayed closed on Tuesday.', ...content])).toEqual([null, null, null, null, null]);
  });

  it('marks a caption printed twice but not prose that repeats a phrase', () => {
    const caption = 'The foreign ministers shake hands before their meeting in Beijing';
    expect(detectBoilerplate([caption, `${caption} - Copyright AFP`, 'They met for three hours.'])).toEqual(['repeated-caption', 'repeated-caption', null]);
    expect(detectBoilerplate(['The talks went well.', 'The talks went well.'])).toEqual([null, null]);
    expect(detectBoilerplate(['The talks went well on Friday. The talks went well on Friday.'])).toEqual([null]);
    expect(detectBoilerplate(['Ministers shake hands in Beijing on Monday Ministers shake hands in Beijing on Monday'])).toEqual(['repeated-caption']);
  });
});
