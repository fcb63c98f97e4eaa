import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AlignmentGroup, Passage } from '../model/analysis';
import type { AnalysisDocument } from '../model/document';
import { findDisagreements } from './find-disagreements';

const FRAGMENTS = [
  'Moscow’s invasion of Ukraine last year', 'in February 2021', 'a year ago', 'Foreign Minister Sergey Lavrov',
  'Sergei Lavrov', 'Wang Yi', 'Yi said', '“We have more and more areas where interests converge,” Lavrov said.',
  '‘small circle’', 'China’s', 'allies’ ', '"straight quote"', '“unclosed quote', '18 countries', '18-nation',
  'US$500 million', 'on Friday', 'Tuesday', 'the end of last year', 'in recent years', 'May', '2001', 'Mr. Wang',
  ', who is also director of the Commission,', 'State Councillor Wang Yi', '…', '\n', '. ', ', ', ' ', '2,400 staff', '3 countries', '2,500 staff', 'last week', 'Friday’s first anniversary of the war in Ukraine',
];

const newsText = fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 12 })), { maxLength: 25 }).map((parts) => parts.join(' '));
const anyText = fc.oneof(newsText, fc.string({ maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 120 }));
const publication = fc.option(
  fc.oneof(
    fc.date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)),
    fc.constantFrom('2023-02-30', 'not a date', ''),
  ),
);
const corpus = fc.array(fc.record({ text: anyText, published: publication }), { minLength: 1, maxLength: 4 }).map((items) =>
  items.map((item, index): AnalysisDocument => ({ id: `d${index}`, title: `Doc ${index}`, published: item.published, text: item.text })),
);

/** What a run gives, without the memo it keeps for the next run (which holds functions). */
function run(docs: AnalysisDocument[]) {
  const { memo: _memo, ...result } = findDisagreements(docs, { passages: {}, groups: [] });
  return result;
}

describe('findDisagreements', () => {
  it('never throws, whatever the text and publication dates', () => {
    fc.assert(fc.property(corpus, (docs) => {
      run(docs);
    }), { numRuns: 150 });
  });

  it('cites mentions whose offsets slice back to their text', () => {
    fc.assert(fc.property(corpus, (docs) => {
      const byId = new Map(docs.map((doc) => [doc.id, doc.text]));
      for (const finding of run(docs).findings) {
        for (const mention of finding.mentions) expect(byId.get(mention.doc)!.slice(mention.start, mention.end)).toBe(mention.text);
      }
    }), { numRuns: 150 });
  });

  it('never throws and keeps offsets exact with any passages, boilerplate marks and groups', () => {
    const withAlignment = corpus.chain((docs) =>
      fc.tuple(
        fc.constant(docs),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean()), { maxLength: 12 }),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 6 }),
      ),
    );
    fc.assert(fc.property(withAlignment, ([docs, cuts, pairs]) => {
      const passages: Record<string, Passage[]> = {};
      cuts.forEach(([docIndex, cut, boilerplate], index) => {
        const doc = docs[docIndex % docs.length]!;
        const start = cut % (doc.text.length + 1);
        const end = Math.min(doc.text.length, start + 1 + (index * 37) % 200);
        const passage: Passage = { doc: doc.id, start, end, text: doc.text.slice(start, end), paragraph: index, boilerplate: boilerplate ? 'byline' : null };
        (passages[doc.id] ??= []).push(passage);
      });
      const all = Object.values(passages).flat();
      const groups: AlignmentGroup[] = all.length === 0 ? [] : pairs.map(([a, b], index) => ({
        id: `g${index}`,
        kind: 'paraphrase',
        score: 0.5,
        passages: [all[a % all.length]!, all[b % all.length]!].map(({ doc, start, end, text }) => ({ doc, start, end, text })),
      }));
      const result = findDisagreements(docs, { passages, groups });
      const byId = new Map(docs.map((doc) => [doc.id, doc.text]));
      for (const finding of result.findings) {
        for (const mention of finding.mentions) expect(byId.get(mention.doc)!.slice(mention.start, mention.end)).toBe(mention.text);
      }
      const groupIds = new Set(groups.map((group) => group.id));
      expect(Object.keys(result.provenance).every((id) => groupIds.has(id))).toBe(true);
    }), { numRuns: 100 });
  });

  it('finds nothing discrepant between a document and an exact copy of itself', () => {
    fc.assert(fc.property(anyText, publication, (text, published) => {
      const docs: AnalysisDocument[] = [
        { id: 'original', title: 'Original', published, text },
        { id: 'copy', title: 'Copy', published, text },
      ];
      expect(run(docs).findings.filter((finding) => finding.verdict === 'discrepant')).toEqual([]);
    }), { numRuns: 150 });
  });

  it('gives the same findings, ids and order for the same corpus', () => {
    fc.assert(fc.property(corpus, (docs) => {
      expect(run(docs)).toEqual(run(docs));
    }), { numRuns: 50 });
  });

  it('keeps only findings that involve at least two documents', () => {
    const docs: AnalysisDocument[] = [
      { id: 'a', title: 'A', published: '2023-07-13', text: 'Russia’s invasion of Ukraine last year. Sergey Lavrov and Sergei Lavrov met.' },
    ];
    expect(run(docs).findings).toEqual([]);
  });

  it('leaves an undated document’s relative date unresolved and says so', () => {
    const docs: AnalysisDocument[] = [
      { id: 'a', title: 'A', published: '2023-07-13', text: 'After Moscow’s invasion of Ukraine last year, talks resumed.' },
      { id: 'b', title: 'B', published: '2023-09-18', text: 'Critics pointed to Moscow’s invasion of Ukraine in February 2021.' },
      { id: 'c', title: 'C', published: null, text: 'Since Moscow’s invasion of Ukraine last year, trade grew.' },
    ];
    const [invasion] = run(docs).findings;
    expect(invasion?.verdict).toBe('discrepant');
    expect(invasion?.summary).toContain('c cannot be placed (no publication date)');
    expect(invasion?.mentions.find((mention) => mention.doc === 'c')?.value).toMatch(/^unresolved: /);
  });
});
