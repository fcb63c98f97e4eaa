import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { toClaimReview } from './claim-review';
import { invasionDateProject } from './test-projects';

const readSeed = (file: string) => readFileSync(new URL(`../../../seeds/${file}`, import.meta.url), 'utf8');
const project = await invasionDateProject(readSeed);

/** The documented shape (docs/formats.md, after Google's ClaimReview guidance), strict. */
const creativeWork = z.strictObject({
  '@type': z.literal('CreativeWork'),
  headline: z.string(),
  publisher: z.strictObject({ '@type': z.literal('Organization'), name: z.string() }).optional(),
  datePublished: z.iso.date().optional(),
});
const claimReviewShape = z.strictObject({
  '@context': z.literal('https://schema.org'),
  '@graph': z.array(
    z.strictObject({
      '@type': z.literal('ClaimReview'),
      url: z.url().optional(),
      claimReviewed: z.string(),
      datePublished: z.iso.date(),
      author: z.strictObject({ '@type': z.literal('Organization'), name: z.string().min(1), url: z.url().optional() }),
      reviewRating: z.strictObject({
        '@type': z.literal('Rating'),
        ratingValue: z.int().min(1).max(5),
        bestRating: z.literal(5),
        worstRating: z.literal(1),
        alternateName: z.string().min(1),
      }),
      itemReviewed: z.strictObject({ '@type': z.literal('Claim'), appearance: z.array(creativeWork).min(1).optional(), firstAppearance: creativeWork.optional() }),
    }),
  ),
});

const options = { author: { name: 'Example Fact Checks', url: 'https://checks.example.org' }, url: 'https://checks.example.org/2026/invasion-date' };

describe('toClaimReview', () => {
  it('reviews only claims with a verdict, in the documented shape', () => {
    const output = claimReviewShape.parse(toClaimReview(project, options));
    expect(output['@graph'].map((review) => review.claimReviewed)).toEqual(['Russia launched its full-scale invasion of Ukraine in February 2022']);
  });

  it('maps Discrepant to 1 "Sources disagree" and Consistent to 5 "Consistent across sources"', () => {
    const rating = (status: 'consistent' | 'discrepant') => {
      const claims = project.claims.map((claim) => ({ ...claim, status }));
      return claimReviewShape.parse(toClaimReview({ ...project, claims }, options))['@graph'][0]?.reviewRating;
    };
    expect(rating('discrepant')).toMatchObject({ ratingValue: 1, alternateName: 'Sources disagree' });
    expect(rating('consistent')).toMatchObject({ ratingValue: 5, alternateName: 'Consistent across sources' });
  });

  it('lists every source as an appearance and the earliest dated one as the first', () => {
    const [review] = claimReviewShape.parse(toClaimReview(project, options))['@graph'];
    expect(review?.itemReviewed.appearance?.map((work) => work.datePublished)).toEqual(['2023-09-18', '2023-07-13', '2023-02-21']);
    expect(review?.itemReviewed.firstAppearance).toEqual({
      '@type': 'CreativeWork',
      headline: 'China-Russia relations ‘rock solid’ as Ukraine war hits anniversary',
      publisher: { '@type': 'Organization', name: 'South China Morning Post via a Malaysian site (inferred)' },
      datePublished: '2023-02-21',
    });
    expect(review).toMatchObject({ datePublished: '2026-11-23', url: options.url, author: { name: 'Example Fact Checks', url: options.author.url } });
  });

  it('leaves out appearances for a verdict recorded without evidence', () => {
    const claims = project.claims.map((claim) => ({ ...claim, status: 'consistent' as const }));
    const [, review] = claimReviewShape.parse(toClaimReview({ ...project, claims }, options))['@graph'];
    expect(review?.itemReviewed).toEqual({ '@type': 'Claim' });
  });

  it('leaves out the first appearance when no source is dated', () => {
    const undated = { ...project, documents: project.documents.map((document) => ({ ...document, published: null })) };
    const [review] = claimReviewShape.parse(toClaimReview(undated, options))['@graph'];
    expect(review?.itemReviewed).not.toHaveProperty('firstAppearance');
  });
});
