import { readFileSync } from 'node:fs';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { toClaimReview } from './claim-review';
import { jsonLdText } from './json-ld-text';
import { invasionDateProject } from './test-projects';

const readSeed = (file: string) => readFileSync(new URL(`../../../seeds/${file}`, import.meta.url), 'utf8');
const project = await invasionDateProject(readSeed);

/** The documented shape (docs/formats.md, after Google's ClaimReview guidance), strict. */
const person = z.strictObject({ '@type': z.literal('Person'), name: z.string().min(1) });
const organization = z.strictObject({ '@type': z.literal('Organization'), name: z.string().min(1) });
const creativeWork = z.strictObject({
  '@type': z.literal('CreativeWork'),
  url: z.httpUrl().optional(),
  headline: z.string(),
  author: z.union([person, z.array(person).min(2)]).optional(),
  publisher: z.strictObject({ '@type': z.literal('Organization'), name: z.string() }).optional(),
  datePublished: z.iso.date().optional(),
});
const claimReviewShape = z.strictObject({
  '@context': z.literal('https://schema.org'),
  '@graph': z.array(
    z.strictObject({
      '@type': z.literal('ClaimReview'),
      url: z.httpUrl(),
      claimReviewed: z.string(),
      datePublished: z.iso.date(),
      author: z.strictObject({ '@type': z.literal('Organization'), name: z.string().min(1), url: z.url().optional() }),
      reviewRating: z.strictObject({
        '@type': z.literal('Rating'),
        name: z.string().min(1),
        alternateName: z.string().min(1),
        ratingExplanation: z.string().min(1),
        ratingValue: z.int().min(1).max(5),
        bestRating: z.literal(5),
        worstRating: z.literal(1),
      }),
      itemReviewed: z.strictObject({
        '@type': z.literal('Claim'),
        author: z.union([organization, person, z.array(person).min(2)]).optional(),
        datePublished: z.iso.date().optional(),
        appearance: z.array(creativeWork).min(1),
        firstAppearance: creativeWork.optional(),
      }),
      citation: z.array(creativeWork).min(1).optional(),
    }),
  ),
});

const options = { author: { name: 'Example Fact Checks', url: 'https://checks.example.org' }, url: 'https://checks.example.org/2026/invasion-date' };
const withStatus = (status: 'consistent' | 'discrepant') => ({ ...project, claims: project.claims.map((claim) => ({ ...claim, status })) });

describe('toClaimReview', () => {
  it('reviews only claims with a verdict and a source that carries them, in the documented shape', () => {
    const output = claimReviewShape.parse(toClaimReview(withStatus('consistent'), options));
    expect(output['@graph'].map((review) => review.claimReviewed)).toEqual(['Russia launched its full-scale invasion of Ukraine in February 2022']);
  });

  it('has every field Google requires and recommends for a ClaimReview', () => {
    const [review] = toClaimReview(project, options)['@graph'] as Array<Record<string, Record<string, unknown>>>;
    // Required: claimReviewed, reviewRating (with alternateName), url.
    for (const field of ['claimReviewed', 'reviewRating', 'url']) expect(review).toHaveProperty(field);
    expect(review?.reviewRating).toHaveProperty('alternateName');
    // Recommended: author, datePublished, itemReviewed with its author, date and appearances, and the rating's name and scale.
    for (const field of ['author', 'datePublished', 'itemReviewed']) expect(review).toHaveProperty(field);
    for (const field of ['author', 'datePublished', 'appearance', 'firstAppearance']) expect(review?.itemReviewed).toHaveProperty(field);
    for (const field of ['name', 'ratingValue', 'bestRating', 'worstRating']) expect(review?.reviewRating).toHaveProperty(field);
  });

  it('leads with the textual rating; the number puts Discrepant in the middle of the scale, never at "false"', () => {
    const rating = (status: 'consistent' | 'discrepant') => claimReviewShape.parse(toClaimReview(withStatus(status), options))['@graph'][0]?.reviewRating;
    expect(rating('discrepant')).toMatchObject({ name: 'Sources disagree', alternateName: 'Sources disagree', ratingValue: 3 });
    expect(rating('consistent')).toMatchObject({ name: 'Consistent across sources', ratingValue: 5 });
    expect(Object.keys(rating('discrepant') ?? {}).slice(1, 3)).toEqual(['name', 'alternateName']);
  });

  it('lists the sources that carry the claim as appearances, the earliest as first, and contradicting ones only as citations', () => {
    const [review] = claimReviewShape.parse(toClaimReview(project, options))['@graph'];
    expect(review?.itemReviewed.appearance.map((work) => work.datePublished)).toEqual(['2023-07-13', '2023-02-21']);
    expect(review?.citation?.map((work) => work.datePublished)).toEqual(['2023-09-18']);
    expect(review?.itemReviewed).toMatchObject({
      author: [
        { '@type': 'Person', name: 'Ana Lima' },
        { '@type': 'Person', name: 'Ben Okafor' },
      ],
      datePublished: '2023-02-21',
      firstAppearance: {
        url: 'https://news.example.org/2023/02/21/china-russia-rock-solid',
        headline: 'China-Russia relations ‘rock solid’ as Ukraine war hits anniversary',
        publisher: { '@type': 'Organization', name: 'South China Morning Post via a Malaysian site (inferred)' },
        datePublished: '2023-02-21',
      },
    });
    expect(review?.itemReviewed.appearance.map((work) => work.url)).toEqual([undefined, 'https://news.example.org/2023/02/21/china-russia-rock-solid']);
    expect(review?.citation?.[0]?.url).toBe('https://news.example.org/2023/09/18/china-fm-strategic-cooperation');
    expect(review).toMatchObject({ datePublished: '2026-11-23', url: options.url, author: { name: 'Example Fact Checks', url: options.author.url } });
  });

  it('names the outlet as the claim’s author when its first appearance names no authors', () => {
    const noAuthors = { ...project, documents: project.documents.map((document) => ({ ...document, authors: [] })) };
    const [review] = claimReviewShape.parse(toClaimReview(noAuthors, options))['@graph'];
    expect(review?.itemReviewed.author).toEqual({ '@type': 'Organization', name: 'South China Morning Post via a Malaysian site (inferred)' });
  });

  it('never writes a bare Claim: a verdict without evidence, or only with contradicting sources, is left out', () => {
    expect(toClaimReview(withStatus('consistent'), options)['@graph']).toHaveLength(1);
    const onlyContradicting = {
      ...project,
      claims: project.claims.map((claim) => ({ ...claim, evidence: claim.evidence.map((evidence) => ({ ...evidence, stance: 'contradicts' as const })) })),
    };
    expect(toClaimReview(onlyContradicting, options)['@graph']).toEqual([]);
  });

  it('leaves out the first appearance and the claim date when no source is dated', () => {
    const undated = { ...project, documents: project.documents.map((document) => ({ ...document, published: null })) };
    const [review] = claimReviewShape.parse(toClaimReview(undated, options))['@graph'];
    expect(review?.itemReviewed).not.toHaveProperty('firstAppearance');
    expect(review?.itemReviewed).not.toHaveProperty('datePublished');
  });
});

describe('ClaimReview in the <script type="application/ld+json"> block Google asks for', () => {
  type Node = DefaultTreeAdapterMap['node'];
  const scripts = (node: Node): DefaultTreeAdapterMap['element'][] => {
    const own = 'tagName' in node && node.tagName === 'script' ? [node] : [];
    const children = 'childNodes' in node ? node.childNodes.flatMap(scripts) : [];
    return [...own, ...children];
  };

  it('stays one inert script whose JSON equals the export, whatever the statement says', () => {
    const hostile = ['</script><script>alert(1)</script>', '<!-- <script>', 'a & b > c < d', '</SCRIPT >', '\u2028 line separator 😀'];
    const claims = project.claims.map((claim, index) => ({ ...claim, statement: hostile[index] ?? '' }));
    for (const statement of hostile) {
      const reviewed = { ...project, claims: [{ ...(claims[0] ?? project.claims[0]!), statement }] };
      const content = jsonLdText(toClaimReview(reviewed, { ...options, author: { name: statement } }));
      expect(content).not.toMatch(/[<>&]/);
      const page = parse(`<!doctype html><html><head><title>Check</title><script type="application/ld+json">${content}</script></head><body><p>After</p></body></html>`);
      const found = scripts(page);
      expect(found).toHaveLength(1);
      const text = found[0]?.childNodes.map((child) => ('value' in child ? child.value : '')).join('') ?? '';
      expect(JSON.parse(text)).toEqual(toClaimReview(reviewed, { ...options, author: { name: statement } }));
    }
  });
});
