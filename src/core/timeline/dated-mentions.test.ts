import { describe, expect, it } from 'vitest';
import { datedMentions } from './dated-mentions';

const text = 'Moscow’s invasion of Ukraine last year was condemned. The talks in February 2021 went well.';

describe('datedMentions', () => {
  it('resolves relative dates against the publication date', () => {
    const mentions = datedMentions({ id: 'a', title: 'A', published: '2023-07-13', text });
    const lastYear = mentions.find((m) => m.text === 'last year');
    expect(lastYear).toMatchObject({ docId: 'a', from: '2022-01-01', to: '2022-12-31', granularity: 'year', approximate: false });
    expect(text.slice(lastYear!.start, lastYear!.end)).toBe('last year');
    expect(mentions.find((m) => m.text === 'February 2021')).toMatchObject({ from: '2021-02-01', to: '2021-02-28' });
  });

  it('cannot place relative dates of an undated document, but keeps written ones', () => {
    const mentions = datedMentions({ id: 'a', title: 'A', published: null, text });
    expect(mentions.map((m) => m.text)).toEqual(['February 2021']);
  });

  it('moves when the publication date changes', () => {
    const before = datedMentions({ id: 'a', title: 'A', published: '2023-07-13', text })[0]!;
    const after = datedMentions({ id: 'a', title: 'A', published: '2025-01-10', text })[0]!;
    expect([before.from, after.from]).toEqual(['2022-01-01', '2024-01-01']);
  });

  it('leaves out mentions inside skipped ranges such as page furniture', () => {
    const at = text.indexOf('February');
    const mentions = datedMentions({ id: 'a', title: 'A', published: '2023-07-13', text }, [{ start: at, end: at + 5 }]);
    expect(mentions.map((m) => m.text)).toEqual(['last year']);
  });
});
