import { describe, expect, it } from 'vitest';
import { draftFromPaste } from '../../core/ingest';
import { pastedDrafts } from './pasted-drafts';

describe('pastedDrafts (no worker here: drafts are built on this thread, the same as a worker builds them)', () => {
  it('drafts the text as pasted, line endings made \\n', async () => {
    const drafts = pastedDrafts();
    const pasted = 'Talks in Jakarta\r\n\r\nPublished 13 July 2023\r\nWang Yi met Sergei Lavrov.';
    const { text, draft } = await drafts.draft(pasted);
    expect(text).toBe(pasted);
    expect(draft).toEqual(draftFromPaste(pasted));
    expect(draft).toMatchObject({ title: 'Talks in Jakarta', published: '2023-07-13', source: 'Pasted text', text: 'Talks in Jakarta\n\nPublished 13 July 2023\nWang Yi met Sergei Lavrov.' });
    drafts.close();
  });

  it('drafts only the latest of texts typed while one waits its turn, and answers each ask with it', async () => {
    const drafts = pastedDrafts();
    const answers = await Promise.all(['T', 'Ta', 'Tal'].map((text) => drafts.draft(text)));
    expect(answers.map((answer) => answer.text)).toEqual(['Tal', 'Tal', 'Tal']);
    expect((await drafts.draft('Talks')).draft.title).toBe('Talks');
    drafts.close();
  });
});
