// Reviewing a span that re-anchoring moved or placed approximately, as edits of the story doc: the
// mark (an unconfirmed doubtful placement) reaches other copies, and goes when confirmed or re-selected.
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { describeSelection, needsReview } from '../core/anchoring';
import { diffForMapping } from '../core/anchoring/diff-for-mapping';
import type { Claim } from '../core/model/claims';
import { testClaim } from '../core/model/test-records';
import { claimEdits } from './story-edits';
import { readClaims, storyMaps, writeClaim } from './story-layout';

const T = '2024-01-01T00:00:00.000Z';
// Written for this test: the cited words in the narration, and again in a quote further down.
const original = 'The agency said ties would grow in strategic communication and coordination. Later the minister said: "strategic communication and coordination".';
const WORDS = 'strategic communication and coordination';
const start = original.indexOf(WORDS);
const claim: Claim = testClaim('c1', {
  statement: 'Ties grow',
  evidence: [{ id: 'e1', docId: 'd1', stance: 'supports', ...describeSelection(original, start, start + WORDS.length), createdAt: T }],
  createdAt: T,
  updatedAt: T,
});

function story() {
  const doc = new Y.Doc();
  const maps = storyMaps(doc);
  writeClaim(maps, claim);
  return { doc, maps };
}

const evidenceOf = (maps: ReturnType<typeof storyMaps>) => readClaims(maps).claims.c1!.evidence[0]!;
const withoutNarration = original.slice(original.indexOf('Later'));
const context = (text: string) => ({ documentText: (id: string) => (id === 'd1' ? text : undefined), newId: () => 'unused' });

describe('reviewing a re-anchored span', () => {
  it('records a move in the story and reports it in the outcomes', () => {
    const { maps } = story();
    const { outcomes } = claimEdits.reanchorDocument(maps, null, 'd1', withoutNarration);
    expect(outcomes).toEqual([expect.objectContaining({ claimId: 'c1', evidenceId: 'e1', result: expect.objectContaining({ method: 'exact-elsewhere' }) as unknown })]);
    expect(evidenceOf(maps).placement).toMatchObject({ method: 'exact-elsewhere' });
    expect(needsReview(evidenceOf(maps).placement)).toBe(true);
  });

  it('with the text before known, a deleted sentence whose twin starts at its offset is recorded as moved', () => {
    // The twin sentence, identical up to the cited words' suffix, moves up to where the deleted one stood.
    const twins = 'Officials said ties would grow in strategic communication and coordination with Moscow this year.\nOfficials said ties would grow in strategic communication and coordination with Moscow this year, and beyond.\n';
    const twinStart = twins.indexOf(WORDS);
    const { maps } = story();
    writeClaim(maps, { ...claim, evidence: [{ ...claim.evidence[0]!, ...describeSelection(twins, twinStart, twinStart + WORDS.length) }] });
    const afterDeletion = twins.slice(twins.indexOf('\n') + 1);
    claimEdits.reanchorDocument(maps, null, 'd1', afterDeletion, diffForMapping(twins, afterDeletion));
    expect(evidenceOf(maps).position.start).toBe(twinStart);
    expect(evidenceOf(maps).placement).toMatchObject({ method: 'exact-elsewhere' });
  });

  it('confirming keeps the span where it is, clears the mark and reaches another copy of the story', () => {
    const { doc, maps } = story();
    claimEdits.reanchorDocument(maps, null, 'd1', withoutNarration);
    const moved = evidenceOf(maps);
    expect(claimEdits.confirmPlacement(maps, null, 'c1', 'e1')).toBe(true);
    const confirmed = evidenceOf(maps);
    expect(confirmed.position).toEqual(moved.position);
    expect(confirmed.placement).toMatchObject({ method: 'exact-elsewhere', confirmedAt: expect.any(String) as string });
    expect(needsReview(confirmed.placement)).toBe(false);
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    expect(needsReview(evidenceOf(storyMaps(copy)).placement)).toBe(false);
  });

  it('has nothing to confirm on a span that needs no review', () => {
    const { maps } = story();
    expect(claimEdits.confirmPlacement(maps, null, 'c1', 'e1')).toBe(false);
    expect(evidenceOf(maps).placement).toBeUndefined();
  });

  it('re-selecting cites the chosen words, as a fresh selection without a placement', () => {
    const { maps } = story();
    const corrected = `Editor’s note. ${original.replace('communication and coordination. Later', 'communication and close coordination. Later')}`;
    claimEdits.reanchorDocument(maps, null, 'd1', corrected);
    expect(needsReview(evidenceOf(maps).placement)).toBe(true);
    const words = 'close coordination';
    const at = corrected.indexOf(words);
    expect(claimEdits.reselectEvidence(maps, null, context(corrected), 'c1', 'e1', { docId: 'd1', start: at, end: at + words.length })).toBe(true);
    const evidence = evidenceOf(maps);
    expect(evidence.quote.exact).toBe(words);
    expect(evidence.position).toEqual({ type: 'TextPositionSelector', start: at, end: at + words.length });
    expect(evidence.placement).toBeUndefined();
    expect(evidence.stance).toBe('supports');
  });

  it('refuses a re-selection outside the text, leaving the span as it was', () => {
    const { maps } = story();
    claimEdits.reanchorDocument(maps, null, 'd1', withoutNarration);
    const before = evidenceOf(maps);
    expect(() => claimEdits.reselectEvidence(maps, null, context(withoutNarration), 'c1', 'e1', { docId: 'd1', start: 5, end: 9999 })).toThrow(/within its/);
    expect(evidenceOf(maps)).toEqual(before);
  });
});
