// Mentions the extractors find in one document, before they are compared across documents.
import type { EstimateBound } from '../model/analysis';

/** A span of a document's text (UTF-16 offsets, end exclusive). */
export interface TextRange {
  start: number;
  end: number;
}

interface MentionBase {
  doc: string;
  start: number;
  end: number;
  /** `documentText.slice(start, end)`. */
  text: string;
}

export interface QuantityMention extends MentionBase {
  amount: number;
  /** What is counted, singular and canonical ("country" for "18 countries" and "18-nation"), or a currency code. */
  unit: string;
  /** Stemmed content words near the number. */
  context: ReadonlySet<string>;
  /** Stemmed content words right around the figure (two each side, within its clause): what the figure is of. */
  head: ReadonlySet<string>;
  /** Stemmed content words of the figure's clause (SLOT_WORDS each side): what it is of and who did what with it. */
  slot: ReadonlySet<string>;
  /** For money and shares, the stemmed words written right after the figure ("$447 billion jobs package failed" → job, packag, fail); else none. */
  noun: readonly string[];
  /** Names in the figure's clause, for shares and ages: whose they are ("Romney leads with 21 percent" → romney, mitt). */
  owner: ReadonlySet<string>;
  /** The other figures of this unit in the same sentence ("six arrests Wednesday, compared to 47"); for a count of people, the other counts of people. */
  alongside: readonly number[];
  /** Written as an estimate ("about $43,000", "more than 3,000"). */
  approximate: boolean;
  /** For an estimate bounded on one side, that side ("nearly 90": under, "more than 3,000": over); else null. */
  bound: EstimateBound | null;
  /** Counts some beyond those already told ("two more debates"): not the same fact as a total ("the second of three debates"). */
  increment: boolean;
  /** Written alone in quotation marks, a phrase the outlet quotes ("the “47 percent”"). */
  quoted: boolean;
  /** For a count of people, each group it counts with the nouns naming it: "90 faculty members and priests" → [member], [priest]; "412 nurses who work as ward supervisors" → [nurse, supervisor]; else none. */
  people: ReadonlyArray<readonly string[]>;
}

export interface NameMention extends MentionBase {
  /** The name as written, possessive dropped ("Sergei Lavrov"). */
  name: string;
  /** Tokens of the name, as written. */
  tokens: string[];
  /** Title or role written with the name ("Foreign Minister"), if any. */
  role: RoleText | null;
  /** A generation written after the name ("Jr", "Sr", "III"), if any: "Jesse Jackson Jr." is not his father. */
  generation?: string;
}

export interface RoleText {
  start: number;
  end: number;
  text: string;
  /** Lower-case office without nationality ("foreign minister"). */
  office: string;
  /** Country the role is of, from its adjective ("chinese" → "china"), or null. */
  country: string | null;
}

export interface QuoteMention extends MentionBase {
  /** The words inside the quotation marks, normalised (spaces, ellipses, quote marks). */
  quote: string;
  /** The speaker as written ("Wang", "Mr. Lavrov", "he" resolved to the last named person), or null. */
  speaker: string | null;
  /** True when the speaker is named next to the quote; false when read from "he"/"she". */
  speakerNamed: boolean;
}
