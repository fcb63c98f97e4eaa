import { describe, expect, it } from 'vitest';
import { describeSelection } from '../../core/anchoring';
import type { Claim, ClaimStatus, Evidence } from '../../core/model/claims';
import { testClaim } from '../../core/model/test-records';
import { spansPlaced } from './anchor-cache';
import { evidenceHighlights } from './evidence-highlights';
import { claimOfHighlight } from './use-evidence-clicks';

const TEXT = 'Moscow invaded Ukraine in February 2021, the report says.';
/** The anchor cache keys on the content hash: each distinct text gets its own. */
const doc = (text: string) => ({ contentHash: `hash-of-${text}`, text });

function evidenceOn(docId: string, text: string, phrase: string, id = 'e1'): Evidence {
  const start = text.indexOf(phrase);
  return { id, docId, stance: 'supports', ...describeSelection(text, start, start + phrase.length), createdAt: '2024-01-01T00:00:00.000Z' };
}

function claim(id: string, status: ClaimStatus, evidence: Evidence[]): Claim {
  return testClaim(id, { statement: `Claim ${id}`, status, evidence });
}

describe('evidenceHighlights', () => {
  it('marks each anchored span of the document with its claim status and a label', () => {
    const claims = [claim('c1', 'discrepant', [evidenceOn('a', TEXT, 'February 2021'), evidenceOn('b', TEXT, 'Ukraine', 'e2')])];
    expect(evidenceHighlights(claims, 'a', doc(TEXT), null)).toEqual([
      {
        key: 'claim:c1:e1',
        start: 26,
        end: 39,
        className: 'hl-discrepant',
        label: 'Discrepant claim, evidence supports: Claim c1',
      },
    ]);
  });

  it('flags the selected claim so its spans stand out', () => {
    const claims = [claim('c1', 'consistent', [evidenceOn('a', TEXT, 'Ukraine')])];
    expect(evidenceHighlights(claims, 'a', doc(TEXT), 'c1')[0]!.className).toBe('hl-consistent hl-selected');
  });

  it('follows the quote when the text changed, once it is placed, and leaves out evidence that can no longer be placed', async () => {
    const claims = [claim('c1', 'unverified', [evidenceOn('a', TEXT, 'February 2021'), evidenceOn('a', TEXT, 'the report says', 'e2')])];
    const edited = `BREAKING: ${TEXT.replace('the report says', 'sources claim')}`;
    expect(evidenceHighlights(claims, 'a', doc(edited), null)).toEqual([]);
    await spansPlaced();
    const highlights = evidenceHighlights(claims, 'a', doc(edited), null);
    expect(highlights.map((h) => edited.slice(h.start, h.end))).toEqual(['February 2021']);
  });

  it('shows nothing for a document that is not in the library', () => {
    expect(evidenceHighlights([claim('c1', 'unverified', [evidenceOn('a', TEXT, 'Ukraine')])], 'a', undefined, null)).toEqual([]);
  });
});

describe('claimOfHighlight', () => {
  const words = doc(TEXT);
  const a = claim('a', 'discrepant', [evidenceOn('d', TEXT, 'February 2021', 'e1')]);
  const b = claim('b', 'unverified', [evidenceOn('d', TEXT, 'February 2021', 'e2')]);
  const c = claim('c', 'consistent', [evidenceOn('d', TEXT, 'the report', 'e3')]);
  const keysOf = (claims: Claim[]) => evidenceHighlights(claims, 'd', words, null).filter((h) => h.start <= TEXT.indexOf('2021') && TEXT.indexOf('2021') < h.end).map((h) => h.key);

  it('opens the claim whose evidence was clicked, and steps through the claims citing the same words', () => {
    const clicked = keysOf([a, b, c]);
    expect(claimOfHighlight(clicked, [a, b, c], null)).toBe('a');
    expect(claimOfHighlight(clicked, [a, b, c], 'a')).toBe('b');
    expect(claimOfHighlight(clicked, [a, b, c], 'b')).toBe('a');
    expect(claimOfHighlight(clicked, [a, b, c], 'c')).toBe('a');
  });

  it('opens nothing for a highlight no claim holds (a search match, a flashed span)', () => {
    expect(claimOfHighlight(['focus', 'search-match'], [a, b, c], null)).toBeNull();
  });
});
