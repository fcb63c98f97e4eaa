// Name spellings compared across documents: one person written two ways ("Sergey"/"Sergei
// Lavrov") is a variant; a short reference by a different part of the name than everyone else
// uses ("Yi" where the others say "Wang") is a variant too, and so is a surname written one way in
// a full name and another way where the other documents name the person by it alone ("Barack
// Obema" beside "Obama"); one spelling everywhere is consistent.
import type { Finding } from '../model/analysis';
import { documentsOf, groupBy, listSources } from './clusters';
import { makeFinding, type ComparedMention } from './finding-id';
import type { NameMention } from './mention-types';
import { spellingsDiffer, type Person } from './persons';
import { levenshtein } from '../text/levenshtein';

function toMention(mention: NameMention, canonical: string): ComparedMention {
  return { doc: mention.doc, start: mention.start, end: mention.end, text: mention.text, value: canonical, fact: { kind: 'name', name: mention.name, person: canonical } };
}

function nameFinding(person: Person, verdict: Finding['verdict'], summary: string, mentions: ComparedMention[]): Finding {
  return makeFinding({ kind: 'name', verdict, subject: person.canonical, reason: 'same-person', summary }, mentions);
}

function spellingFinding(person: Person): Finding | null {
  const documents = documentsOf(person.fullNames);
  if (documents.length < 2) return null;
  const bySpelling = groupBy(person.fullNames, (mention) => mention.name);
  const mentions = person.fullNames.map((mention) => toMention(mention, person.canonical));
  const spellings = [...bySpelling.values()].map((uses) => uses[0]!.tokens);
  // "Benjamin Todd Jealous" and "Benjamin Jealous" write every name part alike: a middle name left out is no variant.
  const differ = spellings.some((tokens, index) => spellings.slice(index + 1).some((other) => spellingsDiffer(tokens, other)));
  if (!differ) {
    return nameFinding(person, 'consistent', `${person.canonical}: spelled the same in ${listSources(documents)}`, mentions);
  }
  const written = [...bySpelling.entries()]
    .sort((a, b) => documentsOf(b[1]).length - documentsOf(a[1]).length || a[0].localeCompare(b[0]))
    .map(([spelling, uses]) => `“${spelling}” in ${listSources(documentsOf(uses))}`);
  const alone = surnameAlone(person, documents);
  const aloneText = [...groupBy(alone, (mention) => mention.name)].map(([surname, uses]) => `, “${surname}” alone in ${listSources(documentsOf(uses))}`).join('');
  return nameFinding(person, 'variant', `${person.canonical} is spelled ${written.join(' and ')}${aloneText}`, [...mentions, ...alone.map((mention) => toMention(mention, person.canonical))]);
}

/**
 * The first surname alone of each document that writes no full name of the person, spelled as one
 * of the full names: which spelling the other outlets use ("Obama" in the outlet that never writes
 * "Barack Obama", beside "Barack Obema").
 */
function surnameAlone(person: Person, fullNameDocuments: readonly string[]): NameMention[] {
  const surnames = new Set(person.fullNames.map((mention) => mention.tokens.at(-1)!));
  const elsewhere = person.shortReferences.filter((mention) => !fullNameDocuments.includes(mention.doc) && surnames.has(mention.name));
  return [...groupBy(elsewhere, (mention) => mention.doc).values()].map((uses) => uses[0]!);
}

/** Short references by a word other than the one most documents use ("Yi" for Wang Yi). */
function shortFormFinding(person: Person): Finding | null {
  if (person.shortReferences.length === 0) return null;
  const docsByWord = groupBy(person.shortReferences, (mention) => mention.name);
  if (docsByWord.size < 2) return null;
  const ranked = [...docsByWord.entries()].sort((a, b) => documentsOf(b[1]).length - documentsOf(a[1]).length || b[1].length - a[1].length);
  const [usual, usualUses] = ranked[0]!;
  // A document that also uses the usual word is not calling the person otherwise ("Mitch" beside "McConnell").
  const usualDocs = new Set(documentsOf(usualUses));
  const odd = ranked
    .slice(1)
    .map(([word, uses]) => [word, uses.filter((use) => !usualDocs.has(use.doc))] as const)
    .filter(([, uses]) => uses.length > 0);
  if (odd.length === 0) return null;
  if (documentsOf(usualUses).length < 2) return null;
  const oddText = odd.map(([word, uses]) => `“${word}” in ${listSources(documentsOf(uses))}`).join(' and ');
  const oddMentions = odd.flatMap(([, uses]) => uses);
  const firstUsualPerDoc = [...groupBy(usualUses, (mention) => mention.doc)].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, uses]) => uses[0]!);
  const mentions = [...oddMentions, ...firstUsualPerDoc].map((mention) => toMention(mention, person.canonical));
  return nameFinding(
    person,
    'variant',
    `${person.canonical} is called ${oddText}, but “${usual}” in ${listSources(documentsOf(usualUses))}`,
    mentions,
  );
}

/** A plural is another word ("the Clintons"), not another spelling. */
const PLURAL = /s$/u;

/** One letter changed, added or dropped, the first kept: a misspelling ("Obema"), not another name ("Louis" for "Lewis"). */
function misspelling(word: string, surname: string): boolean {
  if (word === surname || word.replace(PLURAL, '') === surname || surname.replace(PLURAL, '') === word) return false;
  return word[0] === surname[0] && levenshtein(word.toLowerCase(), surname.toLowerCase()) === 1;
}

/**
 * The surname of the full names (all spelled alike) written otherwise by short references of
 * other documents: the spellings that documents use alone, one finding for all of them.
 */
function surnameFinding(person: Person): Finding | null {
  const surnames = new Set(person.fullNames.map((mention) => mention.tokens.at(-1)!));
  if (surnames.size !== 1) return null;
  const [surname] = [...surnames] as [string];
  const others = person.shortReferences.filter((mention) => misspelling(mention.name, surname));
  if (others.length === 0) return null;
  const otherDocs = documentsOf(others);
  const fullDocs = documentsOf(person.fullNames);
  if (new Set([...otherDocs, ...fullDocs]).size < 2) return null;
  const bySpelling = groupBy(others, (mention) => mention.name);
  const written = [...bySpelling.entries()].map(([spelling, uses]) => `“${spelling}” in ${listSources(documentsOf(uses))}`).join(' and ');
  const firstFullPerDoc = [...groupBy(person.fullNames, (mention) => mention.doc).values()].map((uses) => uses[0]!);
  const mentions = [...firstFullPerDoc, ...others].map((mention) => toMention(mention, person.canonical));
  return nameFinding(person, 'variant', `${person.canonical} is written “${surname}” in ${listSources(fullDocs)}, but ${written}`, mentions);
}

export function compareNames(persons: Person[]): Finding[] {
  return persons.flatMap((person) => [spellingFinding(person), shortFormFinding(person), surnameFinding(person)].filter((finding) => finding !== null));
}
