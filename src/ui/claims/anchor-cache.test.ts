import { describe, expect, it } from 'vitest';
import { describeSelection } from '../../core/anchoring';
import { anchorCached, spansPlaced } from './anchor-cache';

const TEXT = 'Moscow invaded Ukraine in February 2021, the report says.';

describe('anchorCached', () => {
  it('gives what anchoring gives, and the same object for the same content and selector', () => {
    const start = TEXT.indexOf('February 2021');
    const { quote, position } = describeSelection(TEXT, start, start + 'February 2021'.length);
    const document = { contentHash: 'h1', text: TEXT };
    const first = anchorCached(document, quote, position);
    expect(first).toMatchObject({ state: 'anchored', start, method: 'position' });
    expect(anchorCached({ contentHash: 'h1', text: TEXT }, quote, position)).toBe(first);
  });

  it('anchors again for other content, searching off the main thread, and reports a missing document as orphaned', async () => {
    const start = TEXT.indexOf('the report says');
    const { quote, position } = describeSelection(TEXT, start, start + 'the report says'.length);
    const edited = TEXT.replace('the report says', 'sources claim');
    const moved = `BREAKING: ${TEXT}`;
    expect(anchorCached({ contentHash: 'h1', text: TEXT }, quote, position)?.state).toBe('anchored');
    expect(anchorCached({ contentHash: 'h2', text: edited }, quote, position)).toBeNull();
    expect(anchorCached({ contentHash: 'h3', text: moved }, quote, position)).toBeNull();
    await spansPlaced();
    expect(anchorCached({ contentHash: 'h2', text: edited }, quote, position)).toMatchObject({ state: 'orphaned' });
    expect(anchorCached({ contentHash: 'h3', text: moved }, quote, position)).toMatchObject({ state: 'anchored', start: moved.indexOf('the report says') });
    expect(anchorCached(undefined, quote, position)).toEqual({ state: 'orphaned', reason: 'document-missing' });
  });
});
