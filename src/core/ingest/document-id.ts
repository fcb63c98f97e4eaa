const SLUG_LENGTH = 32;
const HASH_PREFIX_LENGTH = 8;

/** A readable slug of the title: lower-case ASCII letters and digits joined by hyphens. */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, SLUG_LENGTH)
    .replace(/-+$/, '');
  return slug || 'document';
}

/**
 * A short id that stays the same for the same title and text (so re-adding after removal finds
 * the old record and its claims), e.g. "china-s-top-diplomat-says-9f86d081".
 */
export function documentId(title: string, contentHash: string): string {
  return `${slugify(title)}-${contentHash.slice(0, HASH_PREFIX_LENGTH)}`;
}
