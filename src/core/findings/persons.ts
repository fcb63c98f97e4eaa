// Who is who across the corpus. Full names (two or more words) are grouped into persons when
// they have the same number of words, at least one word identical or a nickname of the other
// ("Bill"/"William") and every other word a transliteration variant: the same skeleton (lower
// case, accents dropped, ey/ei and iy/ii/y endings read as i, doubled letters single, kh as h)
// or, for words of five letters or more with the same first letter, a Levenshtein distance of at
// most 2 — for shorter words one letter changed, when the other name part is the same ("Harry
// Reid"/"Harry Riid"). A name with a middle name left out is the same name ("Todd Jones", "Byron
// Todd Jones"): the surnames correspond and the other words are found in order. So "Sergei Lavrov" = "Sergey Lavrov", but "Wang Yi" ≠ "Wang Gang". One-word references ("Lavrov", "Yi") belong to the single person
// with that word in a name; a word shared by several persons stays unassigned. A name written
// with a generation ("Jesse Jackson Jr.") and the same name without one in the same article are
// two persons, son and father; an article that writes only one form may mean either.
import type { NameMention } from './mention-types';
import { levenshtein } from '../text/levenshtein';
import { NOT_NAME_WORDS } from './name-lexicon';
import { groupBy } from './clusters';

export interface Person {
  /** The spelling used by the most documents (see canonicalSpelling for ties). */
  canonical: string;
  /** Full-name mentions, in corpus order. */
  fullNames: NameMention[];
  /** One-word references, in corpus order. */
  shortReferences: NameMention[];
}

const LEVENSHTEIN_MIN_LENGTH = 5;
const LEVENSHTEIN_MAX_DISTANCE = 2;

const skeletons = new Map<string, string>();

export function nameSkeleton(word: string): string {
  const known = skeletons.get(word);
  if (known !== undefined) return known;
  const skeleton = computeSkeleton(word);
  skeletons.set(word, skeleton);
  return skeleton;
}

function computeSkeleton(word: string): string {
  const plain = word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  if (plain.length < LEVENSHTEIN_MIN_LENGTH) return plain;
  return plain.replace(/kh/g, 'h').replace(/(.)\1/g, '$1').replace(/e[yi]/g, 'ei').replace(/(?:iy|ii|y)$/, 'i');
}

// Given names and their common short forms: one person may be either.
const NICKNAMES: ReadonlyArray<readonly string[]> = [
  ['charles', 'chuck', 'charlie'], ['william', 'bill', 'billy', 'will'], ['michael', 'mike'], ['robert', 'bob', 'rob', 'bobby'],
  ['richard', 'dick', 'rick', 'rich'], ['james', 'jim', 'jimmy'], ['joseph', 'joe'], ['thomas', 'tom'], ['edward', 'ed', 'ted', 'ned'],
  ['elizabeth', 'liz', 'beth', 'betsy'], ['margaret', 'peggy', 'maggie'], ['patricia', 'pat', 'patty'], ['christopher', 'chris'],
  ['daniel', 'dan', 'danny'], ['anthony', 'tony'], ['steven', 'steve'], ['stephen', 'steve'], ['timothy', 'tim'], ['nicholas', 'nick'],
  ['benjamin', 'ben'], ['samuel', 'sam'], ['alexander', 'alex'], ['andrew', 'andy'], ['kenneth', 'ken'], ['ronald', 'ron'],
  ['donald', 'don'], ['gerald', 'jerry'], ['lawrence', 'larry'], ['jeffrey', 'jeff'], ['gregory', 'greg'], ['frederick', 'fred'],
  ['katherine', 'kate', 'kathy'], ['catherine', 'cathy', 'kate'], ['susan', 'sue'], ['deborah', 'debbie'], ['rebecca', 'becky'],
  ['mitchell', 'mitch'], ['harold', 'harry'], ['henry', 'hank'], ['john', 'jack'], ['eugene', 'gene'], ['theodore', 'ted'],
];
const NICKNAME_GROUP = new Map<string, number>();
NICKNAMES.forEach((names, group) => names.forEach((name) => NICKNAME_GROUP.set(name, group)));

function nicknames(a: string, b: string): boolean {
  const group = NICKNAME_GROUP.get(a.toLowerCase());
  return group !== undefined && group === NICKNAME_GROUP.get(b.toLowerCase());
}

function sameWord(a: string, b: string): boolean {
  if (a === b || nameSkeleton(a) === nameSkeleton(b) || nicknames(a, b)) return true;
  const long = a.length >= LEVENSHTEIN_MIN_LENGTH && b.length >= LEVENSHTEIN_MIN_LENGTH;
  // Transliterations keep the first sound (after kh → h), so a different first letter is a different name.
  const sameStart = nameSkeleton(a)[0] === nameSkeleton(b)[0];
  return long && sameStart && Math.abs(a.length - b.length) <= LEVENSHTEIN_MAX_DISTANCE && levenshtein(a.toLowerCase(), b.toLowerCase()) <= LEVENSHTEIN_MAX_DISTANCE;
}

/** Shorter words than LEVENSHTEIN_MIN_LENGTH: one letter changed, the first kept ("Reid"/"Riid", not "Yi"/"Ye"). */
const SHORT_MIN_LENGTH = 3;

function oneLetterChanged(a: string, b: string): boolean {
  if (a.length !== b.length || a.length < SHORT_MIN_LENGTH || a[0] !== b[0]) return false;
  let changed = 0;
  for (let index = 0; index < a.length; index += 1) if (a[index] !== b[index]) changed += 1;
  return changed === 1;
}

/**
 * The words of two full names that stand for the same name part: word by word for names of equal
 * length; else the surnames, and each other word of the shorter name the same word or nickname of
 * a word of the longer, in order ("Todd Jones" in "Byron Todd Jones"). Null when they cannot.
 */
function alignedWords(a: readonly string[], b: readonly string[]): Array<[string, string]> | null {
  if (a.length === b.length) return a.map((word, index) => [word, b[index]!]);
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (short.length < 2) return null;
  const pairs: Array<[string, string]> = [];
  let from = 0;
  for (const word of short.slice(0, -1)) {
    let at = from;
    while (at < long.length - 1 && long[at] !== word && !nicknames(word, long[at]!)) at += 1;
    if (at >= long.length - 1) return null;
    pairs.push([word, long[at]!]);
    from = at + 1;
  }
  pairs.push([short.at(-1)!, long.at(-1)!]);
  return a.length < b.length ? pairs : pairs.map(([x, y]) => [y, x]);
}

/** True when two written full names are one person's name (see the rule above). */
export function isSamePersonName(a: readonly string[], b: readonly string[]): boolean {
  const pairs = alignedWords(a, b);
  if (!pairs) return false;
  const anchored = pairs.some(([x, y]) => x === y || nicknames(x, y));
  const identical = pairs.some(([x, y]) => x === y);
  return anchored && pairs.every(([x, y]) => sameWord(x, y) || (identical && oneLetterChanged(x, y)));
}

/** Two spellings of one person's name that write some name part differently: not a middle name left out. */
export function spellingsDiffer(a: readonly string[], b: readonly string[]): boolean {
  return (alignedWords(a, b) ?? []).some(([x, y]) => x !== y);
}

/**
 * The spelling a person is named by: the one the most documents write; on a tie the one published
 * first (the spelling others could have copied), then the one written most often; the alphabet
 * only decides between spellings alike in all three.
 */
export function canonicalSpelling(mentions: readonly NameMention[], published: ReadonlyMap<string, string | null>): string {
  const spellings = new Map<string, { docs: Set<string>; uses: number; first: string }>();
  for (const mention of mentions) {
    const spelling = spellings.get(mention.name) ?? { docs: new Set<string>(), uses: 0, first: UNDATED };
    spelling.docs.add(mention.doc);
    spelling.uses += 1;
    const date = published.get(mention.doc) ?? UNDATED;
    if (date < spelling.first) spelling.first = date;
    spellings.set(mention.name, spelling);
  }
  return [...spellings].sort(
    ([a, x], [b, y]) => y.docs.size - x.docs.size || (x.first < y.first ? -1 : x.first > y.first ? 1 : 0) || y.uses - x.uses || a.localeCompare(b),
  )[0]![0];
}

/** Sorts after every ISO date: an undated document published nothing first. */
const UNDATED = '\uffff';

/** Whether each person's canonical spelling is still the one `published` gives (a publication date edited may change a tie). */
export const canonicalsHold = (persons: readonly Person[], published: ReadonlyMap<string, string | null>): boolean =>
  persons.every((person) => person.canonical === canonicalSpelling(person.fullNames, published));

/**
 * Which generation a full name is: the one written after it ("Jr"); "none" when its document also
 * writes the same name with a generation (his father beside "Jesse Jackson Jr."); else "" — either,
 * as when an outlet drops the "Jr." the others write.
 */
function generationsOf(fullNames: NameMention[]): Map<NameMention, string> {
  const withGeneration = groupBy(fullNames.filter((mention) => mention.generation !== undefined), (mention) => mention.doc);
  return new Map(
    fullNames.map((mention) => [
      mention,
      mention.generation ?? ((withGeneration.get(mention.doc) ?? []).some((other) => isSamePersonName(other.tokens, mention.tokens)) ? 'none' : ''),
    ]),
  );
}

const generationsAgree = (a: string, b: string): boolean => a === b || a === '' || b === '';

interface Spelling {
  words: string[];
  generation: string;
  uses: NameMention[];
}

/** Groups name mentions (all documents, corpus order) into persons. Spellings are compared once each; `published` breaks ties of the canonical spelling. */
export function identifyPersons(mentions: NameMention[], published: ReadonlyMap<string, string | null> = new Map()): Person[] {
  const fullNames = mentions.filter((candidate) => candidate.tokens.length > 1);
  const generations = generationsOf(fullNames);
  const bySpelling = new Map<string, Spelling>();
  for (const mention of fullNames) {
    const generation = generations.get(mention)!;
    const key = `${mention.name}\u0000${generation}`;
    const spelling = bySpelling.get(key);
    if (spelling) spelling.uses.push(mention);
    else bySpelling.set(key, { words: mention.tokens, generation, uses: [mention] });
  }
  const order = new Map(mentions.map((mention, index) => [mention, index]));
  const spellingGroups: Spelling[][] = [];
  for (const spelling of bySpelling.values()) {
    const group = spellingGroups.find(
      (members) => members.some((member) => isSamePersonName(member.words, spelling.words)) && members.every((member) => generationsAgree(member.generation, spelling.generation)),
    );
    if (group) group.push(spelling);
    else spellingGroups.push([spelling]);
  }
  const persons: Person[] = spellingGroups.map((spellings) => {
    const uses = spellings.flatMap((spelling) => spelling.uses).sort((a, b) => order.get(a)! - order.get(b)!);
    return { canonical: canonicalSpelling(uses, published), fullNames: uses, shortReferences: [] };
  });
  const wordsOfPerson = spellingGroups.map((spellings) => [...new Set(spellings.flatMap((spelling) => spelling.words))]);
  const surnamesOfPerson = spellingGroups.map((spellings) => [...new Set(spellings.map((spelling) => spelling.words.at(-1)!))]);
  const ownersByWord = new Map<string, Person[]>();
  const ownersOf = (word: string): Person[] => {
    const known = ownersByWord.get(word);
    if (known) return known;
    const owning = persons.flatMap((_, index) => (wordsOfPerson[index]!.some((token) => sameWord(token, word)) ? [index] : []));
    // A word that is one owner's surname and another's first word ("Obama" in a headline run "Obama Aide Quits") is the surname.
    const bySurname = owning.filter((index) => surnamesOfPerson[index]!.some((surname) => sameWord(surname, word)));
    const owners = (bySurname.length === 1 ? bySurname : owning).map((index) => persons[index]!);
    ownersByWord.set(word, owners);
    return owners;
  };
  for (const mention of mentions.filter((candidate) => candidate.tokens.length === 1)) {
    const owners = ownersOf(mention.tokens[0]!);
    if (owners.length === 1) owners[0]!.shortReferences.push(mention);
  }
  return persons;
}

/**
 * A lookup for the person a written name or short reference ("Mr. Lavrov", "Wang") points to, if
 * exactly one. Each person's spellings are tested once, not each of its (thousands of) mentions,
 * and each written form is looked up once.
 */
export function personFinder(persons: Person[]): (written: string) => Person | null {
  const spellings = persons.map((person) => [...new Map(person.fullNames.map((full) => [full.name, full.tokens])).values()]);
  const known = new Map<string, Person | null>();
  return (written) => {
    const cached = known.get(written);
    if (cached !== undefined) return cached;
    // Titles written with the speaker ("Chinese Foreign Minister Wang") are not part of the name.
    const words = written.split(/\s+/).filter((word) => word && !NOT_NAME_WORDS.has(word.replace(/\.$/, '')));
    const owners = persons.filter((_, index) =>
      spellings[index]!.some((tokens) =>
        words.length > 1 ? isSamePersonName(tokens, words) : tokens.some((token) => sameWord(token, words[0] ?? '')),
      ),
    );
    const person = owners.length === 1 ? owners[0]! : null;
    known.set(written, person);
    return person;
  };
}

/** The person a written name or short reference points to, if exactly one (see personFinder). */
export function personNamed(persons: Person[], written: string): Person | null {
  return personFinder(persons)(written);
}
