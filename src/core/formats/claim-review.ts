// schema.org ClaimReview (as Google's fact-check guidance describes it) for the claims the
// analyst reached a verdict on. Unverified claims are left out: a ClaimReview asserts a rating.
// So are claims no cited source carries (no evidence, or only sources that contradict them):
// Google's Claim needs somewhere the claim appeared.
import type { Claim, ClaimStatus } from '../model/claims';
import type { CrosscheckProject, ProjectDocument } from './project';
import { documentsById } from './project-lookup';

type ReviewedStatus = Exclude<ClaimStatus, 'unverified'>;

/**
 * The textual rating leads (`name`, `alternateName`); the number only places it on the 1–5 scale
 * tools expect. Crosscheck compares sources and never finds a statement false, so it never uses
 * 1 or 2: disagreeing sources are the mixed middle (3), agreeing sources the top (5).
 */
export const CLAIM_REVIEW_RATING: Record<ReviewedStatus, { ratingValue: number; name: string; explanation: string }> = {
  consistent: {
    ratingValue: 5,
    name: 'Consistent across sources',
    explanation: 'Every source Crosscheck compared for this statement agrees with it; this rates agreement between sources, not truth.',
  },
  discrepant: {
    ratingValue: 3,
    name: 'Sources disagree',
    explanation: 'The sources compared for this statement disagree with each other (3 of 5 = mixed); this rates agreement between sources, not truth.',
  },
};
export const BEST_RATING = 5;
export const WORST_RATING = 1;

export interface ClaimReviewOptions {
  /** The organisation or person publishing the reviews. */
  author: { name: string; url?: string };
  /** The page where the fact check is published (Google requires it). */
  url: string;
}

function isReviewed(claim: Claim): claim is Claim & { status: ReviewedStatus } {
  return claim.status !== 'unverified';
}

function organisation(name: string): Record<string, unknown> {
  return { '@type': 'Organization', name };
}

function people(names: readonly string[]): Record<string, unknown> | Record<string, unknown>[] {
  const persons = names.map((name) => ({ '@type': 'Person', name }));
  return persons.length === 1 ? persons[0]! : persons;
}

function creativeWork(document: ProjectDocument): Record<string, unknown> {
  return {
    '@type': 'CreativeWork',
    ...(document.url === null ? {} : { url: document.url }),
    headline: document.title,
    ...(document.authors.length === 0 ? {} : { author: people(document.authors) }),
    ...(document.outlet === '' ? {} : { publisher: organisation(document.outlet) }),
    ...(document.published === null ? {} : { datePublished: document.published }),
  };
}

/** The dated source published first; undated sources cannot be placed, so they never are. */
function earliest(sources: ProjectDocument[]): ProjectDocument | undefined {
  return sources
    .filter((source) => source.published !== null)
    .reduce<ProjectDocument | undefined>((first, source) => (first === undefined || (source.published ?? '') < (first.published ?? '') ? source : first), undefined);
}

function sourcesOf(claim: Claim, documents: Map<string, ProjectDocument>, carries: boolean): ProjectDocument[] {
  const ids = claim.evidence.filter((evidence) => (evidence.stance !== 'contradicts') === carries).map((evidence) => evidence.docId);
  return [...new Set(ids)].flatMap((id) => documents.get(id) ?? []);
}

/** Who made the claim: the authors of its first (else only) appearance, else its outlet. */
function claimAuthor(source: ProjectDocument): Record<string, unknown> {
  if (source.authors.length > 0) return { author: people(source.authors) };
  return source.outlet === '' ? {} : { author: organisation(source.outlet) };
}

function claimReview(
  claim: Claim & { status: ReviewedStatus },
  appearances: ProjectDocument[],
  documents: Map<string, ProjectDocument>,
  options: ClaimReviewOptions,
): Record<string, unknown> {
  const first = earliest(appearances);
  const origin = first ?? appearances[0];
  const contradicting = sourcesOf(claim, documents, false);
  const rating = CLAIM_REVIEW_RATING[claim.status];
  return {
    '@type': 'ClaimReview',
    url: options.url,
    claimReviewed: claim.statement,
    datePublished: new Date(claim.updatedAt).toISOString().slice(0, 10),
    author: {
      '@type': 'Organization',
      name: options.author.name,
      ...(options.author.url === undefined ? {} : { url: options.author.url }),
    },
    reviewRating: {
      '@type': 'Rating',
      name: rating.name,
      alternateName: rating.name,
      ratingExplanation: rating.explanation,
      ratingValue: rating.ratingValue,
      bestRating: BEST_RATING,
      worstRating: WORST_RATING,
    },
    itemReviewed: {
      '@type': 'Claim',
      ...(origin === undefined ? {} : claimAuthor(origin)),
      ...(first === undefined ? {} : { datePublished: first.published }),
      appearance: appearances.map(creativeWork),
      ...(first === undefined ? {} : { firstAppearance: creativeWork(first) }),
    },
    // Sources that contradict the statement were consulted, but the claim did not appear there.
    ...(contradicting.length === 0 ? {} : { citation: contradicting.map(creativeWork) }),
  };
}

/** A JSON-LD document with one ClaimReview per consistent or discrepant claim in `@graph`. */
export function toClaimReview(project: CrosscheckProject, options: ClaimReviewOptions): { '@context': string; '@graph': Record<string, unknown>[] } {
  const documents = documentsById(project);
  const graph = project.claims.filter(isReviewed).flatMap((claim) => {
    const appearances = sourcesOf(claim, documents, true);
    return appearances.length === 0 ? [] : [claimReview(claim, appearances, documents, options)];
  });
  return { '@context': 'https://schema.org', '@graph': graph };
}
