// A finding can have a mention in thousands of sources (a wire date reprinted everywhere): the card
// summarises them by what they say ("“last year” — 12 sources: Reuters · Talks in Moscow, AP · Lavrov meets Wang, … and 9 more")
// and lists them one by one only on demand, a page at a time.
import type { Mention } from '../../core/model/analysis';

/** Up to this many mentions a card lists them all; past it, it summarises them. */
export const MENTIONS_LISTED_IN_FULL = 4;
/** Mentions added to the list per "Show more". */
export const MENTIONS_PAGE = 50;
/** Source names spelled out in a summary line before "and N more". */
const NAMES_SHOWN = 3;

export interface MentionGroup {
  /** The normalised value the mentions share (an ISO date, a figure with its unit, a name). */
  value: string;
  /** The wordings, in order of first appearance. */
  texts: string[];
  /** The sources that say it, each once, in order of first appearance. */
  docs: string[];
}

/** Mentions grouped by value, in the engine's order of first appearance. */
export function groupMentionsByValue(mentions: readonly Mention[]): MentionGroup[] {
  const groups = new Map<string, { value: string; texts: Set<string>; docs: Set<string> }>();
  for (const mention of mentions) {
    const group = groups.get(mention.value) ?? { value: mention.value, texts: new Set<string>(), docs: new Set<string>() };
    group.texts.add(mention.text);
    group.docs.add(mention.doc);
    groups.set(mention.value, group);
  }
  return [...groups.values()].map(({ value, texts, docs }) => ({ value, texts: [...texts], docs: [...docs] }));
}

/** "12 sources: Reuters · Talks in Moscow, AP · Lavrov meets Wang, CNN · Talks and 9 more" (or "1 source: AP · Talks"). */
export function sourcesPhrase(names: readonly string[]): string {
  const count = `${names.length.toLocaleString('en-US')} ${names.length === 1 ? 'source' : 'sources'}`;
  const shown = names.slice(0, NAMES_SHOWN).join(', ');
  const rest = names.length - NAMES_SHOWN;
  return rest > 0 ? `${count}: ${shown} and ${rest.toLocaleString('en-US')} more` : `${count}: ${shown}`;
}
