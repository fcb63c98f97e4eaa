import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { analyzeCorpus } from '../analyze';
import { apparatusCsv, buildApparatus } from './index';

// Thirty outlets reprint one wire story of our own; some edit one sentence, some drop another.
const LEDE = 'The foreign ministers of Valdoria and Ostria met in Jakarta on Thursday to discuss a new grain corridor across the Black Sea.';
const NAME = 'Minister Sergei Lavrenko told reporters that the first ships could sail within 14 days.';
const NAME_EDITED = 'Minister Sergey Lavrenko told reporters that the first ships could sail within 14 days.';
const NAME_NUMBER = 'Minister Sergei Lavrenko told reporters that the first ships could sail within 41 days.';
const CLOSING = 'Both governments will publish the text of the agreement next week, a spokesperson for the Valdorian foreign ministry said.';

function outlet(index: number): { id: string; text: string } {
  const name = index < 20 ? NAME : index < 26 ? NAME_EDITED : NAME_NUMBER;
  const closing = index >= 27 ? [] : [CLOSING];
  return { id: `outlet-${String(index).padStart(2, '0')}`, text: [LEDE, name, ...closing].join('\n\n') };
}

describe('buildApparatus', () => {
  const documents = Array.from({ length: 30 }, (_, index) => ({ ...outlet(index), title: `Outlet ${index}`, published: null }));
  const result = analyzeCorpus(documents, { includeBoilerplate: false });
  const ids = documents.map((doc) => doc.id);
  const apparatus = buildApparatus({ base: ids[0]!, sources: ids.slice(1), passages: result.passages, groups: result.groups });

  it('lists each passage of the base once, in reading order', () => {
    expect(apparatus.entries.map((entry) => entry.base.text)).toEqual([LEDE, NAME, CLOSING]);
  });

  it('groups the other sources’ readings by wording, most sources first, and names who lacks the passage', () => {
    const [lede, name, closing] = apparatus.entries;
    expect(lede!.readings.map((reading) => [reading.sources.length, reading.agreesWithBase])).toEqual([[29, true]]);
    expect(name!.readings.map((reading) => [reading.text, reading.sources.length, reading.agreesWithBase])).toEqual([
      [NAME, 19, true],
      [NAME_EDITED, 6, false],
      [NAME_NUMBER, 4, false],
    ]);
    expect(name!.readings[1]!.sources).toEqual(ids.slice(20, 26));
    expect(closing!.missing).toEqual(ids.slice(27));
    expect(closing!.readings[0]!.sources).toHaveLength(26);
  });

  it('links every reading to each source’s exact span', () => {
    for (const entry of apparatus.entries) {
      for (const reading of entry.readings) {
        reading.spans.forEach((span, index) => {
          expect(span.doc).toBe(reading.sources[index]);
          expect(documents.find((doc) => doc.id === span.doc)!.text.slice(span.start, span.end)).toBe(span.text);
        });
      }
    }
  });

  it('takes another base on request: then the base’s own wording is the one that agrees', () => {
    const edited = buildApparatus({ base: ids[22]!, sources: ids.filter((id) => id !== ids[22]), passages: result.passages, groups: result.groups });
    const name = edited.entries[1]!;
    expect(name.base.text).toBe(NAME_EDITED);
    expect(name.readings.map((reading) => [reading.sources.length, reading.agreesWithBase])).toEqual([[20, false], [5, true], [4, false]]);
  });

  it('reads a source that tells a passage in its own words as a reading of it', () => {
    const docs = [
      { id: 'a', title: 'a', published: null, text: 'Obama vetoed the bill last week, saying it could expose diplomats abroad.\n\nThe vote is set for Friday.' },
      { id: 'b', title: 'b', published: null, text: 'Obama vetoed the measure last week, warning that diplomats abroad could be exposed.' },
    ];
    const own = analyzeCorpus(docs, { includeBoilerplate: false });
    const entries = buildApparatus({ base: 'a', sources: ['b'], passages: own.passages, groups: own.groups }).entries;
    expect(entries[0]!.readings.map((reading) => reading.text)).toEqual([docs[1]!.text]);
    expect(entries[1]!.missing).toEqual(['b']);
  });
});

describe('apparatusCsv', () => {
  it('writes one row per reading and one per passage’s missing sources, readable by a CSV parser', () => {
    const apparatus = {
      base: 'a',
      sources: ['b', 'c', 'd'],
      entries: [
        {
          base: { doc: 'a', start: 0, end: 20, text: 'Sergei said, "=1+1".' },
          readings: [
            { text: 'Sergei said, "=1+1".', sources: ['b'], spans: [], agreesWithBase: true },
            { text: 'Sergey said, "=1+1".', sources: ['c'], spans: [], agreesWithBase: false },
          ],
          missing: ['d'],
        },
      ],
    };
    const csv = apparatusCsv(apparatus, (doc) => `Outlet ${doc.toUpperCase()}`);
    const rows = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
    expect(rows).toEqual([
      { Passage: '1', 'Base source': 'Outlet A', 'Base text': 'Sergei said, "=1+1".', Reading: 'Sergei said, "=1+1".', 'Agrees with base': 'yes', 'Source count': '1', Sources: 'Outlet B' },
      { Passage: '1', 'Base source': 'Outlet A', 'Base text': 'Sergei said, "=1+1".', Reading: 'Sergey said, "=1+1".', 'Agrees with base': 'no', 'Source count': '1', Sources: 'Outlet C' },
      { Passage: '1', 'Base source': 'Outlet A', 'Base text': 'Sergei said, "=1+1".', Reading: '', 'Agrees with base': 'missing', 'Source count': '1', Sources: 'Outlet D' },
    ]);
  });
});
