import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeCorpus } from './analyze';
import type { AnalysisResult } from './model/analysis';
import type { AnalysisDocument } from './model/document';

const SEED_LINES = ['000_900e33a0770657f5', '001_8dfcd5823fdeecd6']
  .flatMap((id) => readFileSync(join(import.meta.dirname, '../../seeds', `${id}.txt`), 'utf8').split('\n'))
  .filter((line) => line.length > 40);

const documentText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 400 }),
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.array(fc.oneof(fc.constantFrom(...SEED_LINES), fc.string({ unit: 'grapheme-ascii', maxLength: 80 })), { maxLength: 8 }).chain((lines) =>
    fc.constantFrom('\n', '\n\n', ' ', '\r\n').map((separator) => lines.join(separator)),
  ),
);

const corpus = fc.uniqueArray(fc.record({ id: fc.stringMatching(/^[a-z0-9]{1,6}$/u), text: documentText }), { selector: (doc) => doc.id, minLength: 1, maxLength: 5 }).map((docs) =>
  docs.map((doc): AnalysisDocument => ({ ...doc, title: doc.id, published: null })),
);

function expectSpansSliceBack(result: AnalysisResult, docs: readonly AnalysisDocument[]): void {
  const texts = new Map(docs.map((doc) => [doc.id, doc.text]));
  for (const passage of Object.values(result.passages).flat()) {
    expect(texts.get(passage.doc)?.slice(passage.start, passage.end)).toBe(passage.text);
    expect(passage.text.trim()).toBe(passage.text);
    expect(passage.text.length).toBeGreaterThan(0);
  }
  for (const group of result.groups) {
    expect(group.passages.length).toBeGreaterThanOrEqual(2);
    for (const passage of group.passages) expect(texts.get(passage.doc)?.slice(passage.start, passage.end)).toBe(passage.text);
  }
}

describe('analyzeCorpus properties', () => {
  it('never throws on arbitrary Unicode, and every offset slices back to its text', () => {
    fc.assert(
      fc.property(corpus, fc.boolean(), (docs, includeBoilerplate) => {
        expectSpansSliceBack(analyzeCorpus(docs, { includeBoilerplate }), docs);
      }),
      { numRuns: 150 },
    );
  });

  it('gives the same passages and groups whatever the order of the input documents', () => {
    fc.assert(
      fc.property(corpus.chain((docs) => fc.tuple(fc.constant(docs), fc.shuffledSubarray(docs, { minLength: docs.length, maxLength: docs.length }))), ([docs, shuffled]) => {
        const first = analyzeCorpus(docs, { includeBoilerplate: false });
        const second = analyzeCorpus(shuffled, { includeBoilerplate: false });
        expect(second.groups).toEqual(first.groups);
        expect(second.passages).toEqual(first.passages);
      }),
      { numRuns: 100 },
    );
  });

  it('groups the same passages when the seeds are given in reverse order', () => {
    const seeds = ['000_900e33a0770657f5', '001_8dfcd5823fdeecd6', '002_d2e03255e9355d12', '003_4abb5b22b4219653', '004_178e249b77d00c9e'].map((id) => ({
      id,
      title: id,
      published: null,
      text: readFileSync(join(import.meta.dirname, '../../seeds', `${id}.txt`), 'utf8'),
    }));
    const forward = analyzeCorpus(seeds, { includeBoilerplate: false });
    expect(forward.groups.length).toBeGreaterThanOrEqual(10);
    expect(analyzeCorpus([...seeds].reverse(), { includeBoilerplate: false }).groups).toEqual(forward.groups);
  });

  it('compares no publication stamp, at the top or the foot of a page, as an event’s date', () => {
    const story = 'A fire destroyed the ferry terminal at the north pier on Sunday evening. Nobody was hurt, the coastguard said.';
    for (const page of [(stamp: string) => `Fire destroys ferry terminal\n\n${stamp}\n\n${story}`, (stamp: string) => `${story}\n\n${stamp}`]) {
      const docs: AnalysisDocument[] = [
        { id: 'a', title: 'A', published: '2025-05-12', text: page('Published 12 May 2025') },
        { id: 'b', title: 'B', published: '2025-05-13', text: page('Published 13 May 2025') },
      ];
      const dates = analyzeCorpus(docs, { includeBoilerplate: false }).findings.filter((finding) => finding.kind === 'date');
      expect(dates.map((finding) => [finding.verdict, finding.mentions.map((mention) => mention.text)])).toEqual([['consistent', ['Sunday', 'Sunday']]]);
    }
  });

  it('writes a figure’s summary with its unit in the plural and its amounts as the text writes them', () => {
    const report = (tonnes: string) => `Flames swept through a timber yard by the canal on Monday. About ${tonnes} tonnes of logs burned, and thirty firefighters worked through the night.`;
    const docs: AnalysisDocument[] = [
      { id: 'a', title: 'A', published: '2025-05-13', text: report('2,300') },
      { id: 'b', title: 'B', published: '2025-05-13', text: report('3,200') },
    ];
    const figures = analyzeCorpus(docs, { includeBoilerplate: false }).findings.filter((finding) => finding.kind === 'number');
    expect(figures.map((finding) => finding.summary).sort()).toEqual([
      'Number of firefighters: a, b “thirty firefighters” agree (30)',
      'Number of tonnes: a “2,300 tonnes”, b “3,200 tonnes” cannot all be right (2,300 vs 3,200)',
    ]);
  });

  it('names what a sum is for in the words its sentences write, not in their stems', () => {
    const docs: AnalysisDocument[] = [
      { id: 'a', title: 'A', published: '2012-05-14', text: 'The couple spent $5,687.75 on a vacation to Martha’s Vineyard, according to the council treasurer.' },
      { id: 'b', title: 'B', published: '2012-05-14', text: 'The couple spent $5,587.75 on a Martha’s Vineyard vacation, the council treasurer said.' },
    ];
    const [sum] = analyzeCorpus(docs, { includeBoilerplate: false }).findings.filter((finding) => finding.kind === 'number');
    expect(sum?.subject).toBe('USD: couple spent Martha');
    expect(sum?.summary).toBe('Amount for “couple spent Martha”: a “$5,687.75”, b “$5,587.75” cannot all be right (5,587.75 vs 5,687.75)');
  });

  it('reports each stage with done/total documents', () => {
    const seen: string[] = [];
    analyzeCorpus(
      [{ id: 'b', title: 'b', published: null, text: 'One sentence here.' }, { id: 'a', title: 'a', published: null, text: 'Another one there.' }],
      { includeBoilerplate: false, onProgress: ({ stage, done, total }) => seen.push(`${stage} ${done}/${total}`) },
    );
    expect(seen[0]).toBe('segmenting 1/2');
    expect(seen).toContain('segmenting 2/2');
    expect(seen.at(-1)).toBe('finding 2/2');
  });
});
