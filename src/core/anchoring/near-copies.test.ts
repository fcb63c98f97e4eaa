// A span whose passage was deleted while a near copy of it stays in the text: a photo caption
// repeated as its alt text, a headline repeated in the body, two sentences that start alike. With
// the old text known, the span follows the diff: it is moved (to review) or orphaned, never "in
// place" on the copy; and when its passage stays, it stays on it. The sentences are our own.
import { describe, expect, it } from 'vitest';
import type { Claim } from '../model/claims';
import { TEST_TIME, testClaim } from '../model/test-records';
import { describeSelection } from './describe-selection';
import { diffForMapping } from './diff-for-mapping';
import { placedSpans, type SpanFate } from './placement-report';
import { reanchorClaims } from './reanchor-claims';

interface NearCopyCase {
  name: string;
  text: string;
  /** The cited words, in the passage that gets deleted (their first occurrence). */
  quote: string;
  /** The passage deleted, containing the cited occurrence. */
  deleted: string;
  /** After the deletion: moved when the exact words remain in the copy, orphaned when not. */
  fate: SpanFate;
}

const CASES: NearCopyCase[] = [
  {
    name: 'caption repeated as alt text',
    text: 'Harbour news\n\nFishermen unload the first catch of the season at dawn in Kesteven harbour.\n\nImage: Fishermen unload the first catch of the season at dawn in Kesteven harbour - Photo Lina Moss\n\nThe catch was smaller than last year, the cooperative said.\n',
    quote: 'unload the first catch of the season',
    deleted: 'Fishermen unload the first catch of the season at dawn in Kesteven harbour.\n\n',
    fate: 'moved',
  },
  {
    name: 'headline repeated in the body',
    text: 'Town hall votes to close the old library on Friday\n\nBy staff\n\nThe town hall votes to close the old library on Friday, after a year of debate over its roof.\n',
    quote: 'votes to close the old library',
    deleted: 'Town hall votes to close the old library on Friday\n\n',
    fate: 'moved',
  },
  {
    name: 'two sentences starting alike, the copy worded differently',
    text: 'The ministers agreed to expand rail links before winter. The ministers agreed to expand river links, officials added.\n',
    quote: 'The ministers agreed to expand rail links',
    deleted: 'The ministers agreed to expand rail links before winter. ',
    fate: 'orphaned',
  },
  {
    name: 'alt text worded a little differently from the caption',
    text: 'Volunteers planted four hundred oak saplings along the river on Saturday.\n\nAlt: Volunteers planted 400 oak saplings along the river on Saturday\n\nMore trees will follow.\n',
    quote: 'planted four hundred oak saplings along the river',
    deleted: 'Volunteers planted four hundred oak saplings along the river on Saturday.\n\n',
    fate: 'orphaned',
  },
];

function claimOn(text: string, quote: string): Claim {
  const start = text.indexOf(quote);
  return testClaim('c1', {
    statement: 'A claim',
    evidence: [{ id: 'e1', docId: 'doc', stance: 'supports', ...describeSelection(text, start, start + quote.length), createdAt: TEST_TIME }],
  });
}

describe('a deleted passage with a near copy left in the text', () => {
  for (const { name, text, quote, deleted, fate } of CASES) {
    it(`${name}: the span is ${fate}, not in place on the copy`, () => {
      const newText = text.replace(deleted, '');
      const reanchoring = reanchorClaims([claimOn(text, quote)], 'doc', newText, { edit: diffForMapping(text, newText) });
      expect(placedSpans(reanchoring).map((span) => span.fate)).toEqual([fate]);
    });

    it(`${name}: the span stays on its own passage when a word before it changes`, () => {
      const start = text.indexOf(quote);
      const newText = `${text.slice(0, start).replace(/\S+\s*$/, 'Reportedly ')}${text.slice(start)}`;
      const reanchoring = reanchorClaims([claimOn(text, quote)], 'doc', newText, { edit: diffForMapping(text, newText) });
      const evidence = reanchoring.claims[0]!.evidence[0]!;
      expect(placedSpans(reanchoring).map((span) => span.fate)).toEqual(['in-place']);
      expect(evidence.position.start).toBe(newText.indexOf(quote));
    });

    it(`${name}: a word changed inside the span places it approximately on its own passage`, () => {
      const start = text.indexOf(quote);
      const words = quote.split(' ');
      const edited = [...words.slice(0, 2), 'really', ...words.slice(2)].join(' ');
      const newText = text.slice(0, start) + edited + text.slice(start + quote.length);
      const reanchoring = reanchorClaims([claimOn(text, quote)], 'doc', newText, { edit: diffForMapping(text, newText) });
      const evidence = reanchoring.claims[0]!.evidence[0]!;
      expect(placedSpans(reanchoring).map((span) => span.fate)).toEqual(['approximate']);
      expect(evidence.position.start).toBe(start);
      expect(evidence.quote.exact).toBe(edited);
    });
  }
});
