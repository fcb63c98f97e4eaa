import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeFrom, emptyAnalysisState } from '../analyze';
import type { Finding } from '../model/analysis';
import type { AnalysisDocument } from '../model/document';
import type { Counterparts } from './counterparts';
import type { FindingsMemo } from './find-disagreements';
import { findingsMemoRecord, restoreFindingsMemo, type MemoSources } from './findings-memo-record';

const SEEDS = join(import.meta.dirname, '../../../seeds');
const seeds = readdirSync(SEEDS)
  .filter((name) => name.endsWith('.txt'))
  .map((name): AnalysisDocument => ({ id: name.slice(0, 3), title: name, published: '2023-07-13', text: readFileSync(join(SEEDS, name), 'utf8') }));
const run = analyzeFrom(emptyAnalysisState(), seeds, { includeBoilerplate: false });
const memo = run.state.findings as FindingsMemo;
const sources = (): MemoSources => ({ result: structuredClone(run.result), groups: memo.groups, mentions: memo.mentions });

/** What counterparts answer: each occurrence's sentence and that sentence's links, and the documents each sentence and link reaches. */
function answers(counterparts: Counterparts) {
  const { sentences } = counterparts.correspondence;
  return {
    sentences: sentences.map(({ occurrences }) => occurrences.map(({ doc, start, end }) => ({ doc, start, end, at: counterparts.sentenceOf({ doc, start }), keys: counterparts.keysOf({ doc, start }) }))),
    links: counterparts.correspondence.links.map(({ a, b, score }) => ({ a, b, score })),
    documentSets: counterparts.documentSets(),
  };
}

const byId = (findings: readonly Finding[]) => [...findings].sort((a, b) => a.id.localeCompare(b.id));

describe('the findings memo in stored form', () => {
  it('is restored from its record, the stored result and the mentions to what the run kept', () => {
    const restored = restoreFindingsMemo(structuredClone(findingsMemoRecord(memo)), sources()) as FindingsMemo;
    expect(restored.persons.length).toBeGreaterThan(0);
    expect(restored.persons).toStrictEqual(memo.persons);
    // Persons name the stored mentions themselves, not copies of them.
    expect(restored.persons[0]?.fullNames[0]).toBe(memo.persons[0]?.fullNames[0]);
    expect(restored.related).toStrictEqual(memo.related);
    expect(restored.published).toStrictEqual(memo.published);
    expect(restored.provenance).toStrictEqual(memo.provenance);
    expect(restored.counterparts.correspondence.links.length).toBeGreaterThan(0);
    expect(answers(restored.counterparts)).toStrictEqual(answers(memo.counterparts));
    for (const kind of ['quantities', 'names', 'quotes'] as const) expect(byId(restored[kind])).toStrictEqual(byId(memo[kind]));
    expect(restored.groups).toBe(memo.groups);
  });

  it('is not restored against another result or mentions that lack a document', () => {
    const record = findingsMemoRecord(memo);
    const otherResult = sources();
    otherResult.result.documents = otherResult.result.documents.slice(1);
    expect(restoreFindingsMemo(record, otherResult)).toBeNull();
    const fewerMentions = new Map(memo.mentions);
    fewerMentions.delete(seeds[0]?.id as string);
    expect(restoreFindingsMemo(record, { ...sources(), mentions: fewerMentions })).toBeNull();
    expect(restoreFindingsMemo({ ...record, related: [1, 2] }, sources())).toBeNull();
    expect(restoreFindingsMemo({ ...record, counterparts: { ...record.counterparts, scores: new Float64Array(1) } }, sources())).toBeNull();
  });
});
