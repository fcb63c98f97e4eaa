import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chooseProposal, proposeDateFromMetadata, proposePublicationDate } from './propose-date';

const seed = (name: string) => readFileSync(new URL(`../../../seeds/${name}`, import.meta.url), 'utf8');

describe('proposePublicationDate', () => {
  it('reads a labelled ISO date ("date 2023-07-13")', () => {
    expect(proposePublicationDate(' date 2023-07-13 Connect with us')).toMatchObject({ date: '2023-07-13', quote: '2023-07-13', labelled: true });
  });

  it('reads a caption date with weekday and abbreviated month ("Monday, Sept. 18, 2023")', () => {
    expect(proposePublicationDate('Talks in Moscow, Russia, Monday, Sept. 18, 2023.')).toMatchObject({ date: '2023-09-18', labelled: false });
  });

  it('reads "Published 12 March 2024" as labelled', () => {
    const text = 'Lavrov in Beijing\nPublished 12 March 2024\nThe minister said on 2 February 2024 that…';
    expect(proposePublicationDate(text)).toMatchObject({ date: '2024-03-12', labelled: true });
  });

  it('prefers a labelled date over an earlier unlabelled one', () => {
    const text = 'Talks held on 1 May 2023 in Jakarta.\nUpdated: 3 May 2023, 10:00';
    expect(proposePublicationDate(text)?.date).toBe('2023-05-03');
  });

  it('reads a labelled date after a weekday ("Posted on Tuesday, 21 February 2023")', () => {
    const text = 'The war began on 24 February 2022. Posted on Tuesday, 21 February 2023';
    expect(proposePublicationDate(text)).toMatchObject({ date: '2023-02-21', labelled: true });
  });

  it('ignores incomplete and relative dates', () => {
    expect(proposePublicationDate('Russia invaded Ukraine in February 2021, a year ago, last Friday. Copyright 2023.')).toBeNull();
  });

  it('ignores durations and relative phrases that chrono-node completes from its reference date', () => {
    for (const text of ['Wang spoke for two hours with Lavrov.', 'They will meet again tomorrow.', 'He left three days ago.']) {
      expect(proposePublicationDate(text)).toBeNull();
    }
  });

  it('gives the quote and its offset in the text', () => {
    const text = 'Intro line.\nDated 5 June 2022.';
    const proposal = proposePublicationDate(text)!;
    expect(text.slice(proposal.index, proposal.index + proposal.quote.length)).toBe(proposal.quote);
  });

  it('proposes the stated dates of the seed articles 001 and 002', () => {
    expect(proposePublicationDate(seed('001_8dfcd5823fdeecd6.txt'))?.date).toBe('2023-07-13');
    expect(proposePublicationDate(seed('002_d2e03255e9355d12.txt'))?.date).toBe('2023-09-18');
  });
});

describe('dates from page metadata', () => {
  it('keeps the publisher’s calendar day of an ISO timestamp', () => {
    expect(proposeDateFromMetadata('2023-09-18T23:30:00-04:00')).toMatchObject({ date: '2023-09-18', source: 'page-metadata', labelled: true });
    expect(proposeDateFromMetadata('2024-04-09')?.date).toBe('2024-04-09');
  });

  it('ignores values that are not calendar dates', () => {
    expect(proposeDateFromMetadata('Sept 18')).toBeNull();
    expect(proposeDateFromMetadata('2023-02-30T10:00:00Z')).toBeNull();
    expect(proposeDateFromMetadata(null)).toBeNull();
  });

  it('prefers a labelled date in the text, then metadata, then an unlabelled date in the text', () => {
    const labelled = proposePublicationDate('Published 12 March 2024')!;
    const caption = proposePublicationDate('Moscow, Monday, Sept. 18, 2023.')!;
    const metadata = proposeDateFromMetadata('2023-09-19T08:00:00Z')!;
    expect(chooseProposal(labelled, metadata)).toBe(labelled);
    expect(chooseProposal(caption, metadata)).toBe(metadata);
    expect(chooseProposal(caption, null)).toBe(caption);
    expect(chooseProposal(null, null)).toBeNull();
  });
});
