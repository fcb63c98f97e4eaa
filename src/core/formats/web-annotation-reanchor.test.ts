// Annotations made on another copy of a text are placed in the library's text by the rules that
// apply after a replacement: kept in place, or placed and marked for review, or orphaned.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeSelection } from '../anchoring';
import { parseWebAnnotations } from './parse-web-annotations';

const seed001 = readFileSync(new URL('../../../seeds/001_8dfcd5823fdeecd6.txt', import.meta.url), 'utf8');
const WORDS = 'strategic communication and coordination';
const importedAt = new Date('2026-11-30T06:00:00Z');

function annotationOn(text: string, start: number, end: number) {
  const { quote, position } = describeSelection(text, start, end);
  return [
    {
      type: 'Annotation',
      id: 'https://hypothes.is/a/lede',
      body: { type: 'TextualBody', value: 'Beijing will deepen ties with Moscow' },
      target: { source: 'urn:crosscheck:doc-id:doc-001', selector: [quote, position] },
    },
  ];
}

function readAgainst(libraryText: string | undefined) {
  const lede = seed001.indexOf(WORDS);
  const json = JSON.stringify(annotationOn(seed001, lede, lede + WORDS.length));
  const result = parseWebAnnotations(json, { documentIdForHash: () => undefined, documentText: (id) => (id === 'doc-001' ? libraryText : undefined), reanchor: true, importedAt });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result;
}

function importAgainst(libraryText: string | undefined) {
  return readAgainst(libraryText).claims[0]!.evidence[0]!;
}

describe('importing Web Annotations against the library’s texts', () => {
  it('leaves a span alone when the library holds the text it was made on', () => {
    const lede = seed001.indexOf(WORDS);
    expect(importAgainst(seed001)).toMatchObject({ position: { start: lede, end: lede + WORDS.length } });
    expect(importAgainst(seed001).placement).toBeUndefined();
  });

  it('places a span approximately, marked, when the library’s text was corrected', () => {
    const note = 'Editor’s note: corrected.\n\n';
    const corrected = note + seed001.replace(`areas of ${WORDS}`, 'areas of strategic communication and close coordination');
    const evidence = importAgainst(corrected);
    expect(evidence.quote.exact).toBe('strategic communication and close coordination');
    expect(evidence.position.start).toBe(note.length + seed001.indexOf(WORDS));
    expect(evidence.placement).toMatchObject({ method: 'fuzzy' });
  });

  it('marks a span as moved when only the same words in another passage are left', () => {
    const ledeLine = seed001.split('\n').find((line) => line.includes(WORDS)) ?? '';
    const evidence = importAgainst(seed001.replace(ledeLine, ''));
    expect(evidence.placement).toMatchObject({ method: 'exact-elsewhere' });
  });

  it('reports how each span was placed, for the import preview and report', () => {
    const ledeLine = seed001.split('\n').find((line) => line.includes(WORDS)) ?? '';
    expect(readAgainst(seed001).placements.map((span) => span.fate)).toEqual(['in-place']);
    expect(readAgainst(seed001.replace(ledeLine, '')).placements).toEqual([expect.objectContaining({ claimId: 'https://hypothes.is/a/lede', fate: 'moved' })]);
    expect(readAgainst(undefined).placements).toEqual([]);
  });

  it('keeps the selectors as read when the library has no text for the document', () => {
    const lede = seed001.indexOf(WORDS);
    expect(importAgainst(undefined)).toMatchObject({ position: { start: lede }, quote: { exact: WORDS } });
  });
});
