import { rememberedForLongTexts } from '../util/long-text-memo';

/** Words as a reader counts them: runs of letters or digits, apostrophes and hyphens inside. */
export const countWords = rememberedForLongTexts((text: string): number => text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0);
