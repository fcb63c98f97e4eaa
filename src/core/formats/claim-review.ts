// schema.org ClaimReview (as Google's fact-check guidance describes it) for the claims the
// analyst reached a verdict on. Unverified claims are left out: a ClaimReview asserts a rating.
import type { Claim, ClaimStatus } from '../model/claims';
import type { CrosscheckProject, ProjectDocument } from './project';
import { documentsById } from './project-lookup';

type ReviewedStatus = Exclude<ClaimStatus, 'unverified'>;

/** Fact-checkers rate on 1 (false) … 5 (true); Crosscheck's verdict is about agreement between
 * sources, so only the two ends are used and alternateName says what they mean here. */
export const CLAIM_REVIEW_RATING: Record<ReviewedStatus, { ratingValue: number; alternateName: string }> = {
  consistent: { ratingValue: 5, alternateName: 'Consistent across sources' },
  discrepant: { ratingValue: 1, alternateName: 'Sources disagree' },
};
export const BEST_RATING = 5;
export const WORST_RATING = 1;

export interface ClaimReviewOptions {
  /** The organisation or person publishing the reviews. */
  author: { name: string; url?: string };
  /** The page where the fact check is published. */
  url?: string;
}

function isReviewed(claim: Claim): claim is Claim & { status: ReviewedStatus } {
  return claim.status !== 'unverified';
}

function creativeWork(document: ProjectDocument): Record<string, unknown> {
  return {
    '@type': 'CreativeWork',
    headline: document.title,
    ...(document.outlet === '' ? {} : { publisher: { '@type': 'Organization', name: document.outlet } }),
    ...(document.published === null ? {} : { datePublished: document.published }),
  };
}

/** The dated source published first; undated sources cannot be placed, so they never are. */
function earliest(sources: ProjectDocument[]): ProjectDocument | undefined {
  return sources
    .filter((source) => source.published !== null)
    .reduce<ProjectDocument | undefined>((first, source) => (first === undefined || (source.published ?? '') < (first.published ?? '') ? source : first), undefined);
}

function claimReview(claim: Claim & { status: ReviewedStatus }, documents: Map<string, ProjectDocument>, options: ClaimReviewOptions): Record<string, unknown> {
  const sourceIds = [...new Set(claim.evidence.map((evidence) => evidence.docId))];
  const sources = sourceIds.flatMap((id) => documents.get(id) ?? []);
  const first = earliest(sources);
  const rating = CLAIM_REVIEW_RATING[claim.status];
  return {
    '@type': 'ClaimReview',
    ...(options.url === undefined ? {} : { url: options.url }),
    claimReviewed: claim.statement,
    datePublished: new Date(claim.updatedAt).toISOString().slice(0, 10),
    author: {
      '@type': 'Organization',
      name: options.author.name,
      ...(options.author.url === undefined ? {} : { url: options.author.url }),
    },
    reviewRating: {
      '@type': 'Rating',
      ratingValue: rating.ratingValue,
      bestRating: BEST_RATING,
      worstRating: WORST_RATING,
      alternateName: rating.alternateName,
    },
    itemReviewed: {
      '@type': 'Claim',
      ...(sources.length === 0 ? {} : { appearance: sources.map(creativeWork) }),
      ...(first === undefined ? {} : { firstAppearance: creativeWork(first) }),
    },
  };
}

/** A JSON-LD document with one ClaimReview per consistent or discrepant claim in `@graph`. */
export function toClaimReview(project: CrosscheckProject, options: ClaimReviewOptions): { '@context': string; '@graph': Record<string, unknown>[] } {
  const documents = documentsById(project);
  return { '@context': 'https://schema.org', '@graph': project.claims.filter(isReviewed).map((claim) => claimReview(claim, documents, options)) };
}
