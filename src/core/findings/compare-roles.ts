// Titles compared across documents. Different titles for one person are a variant, not a
// contradiction: people change office, and hold several at once. When the articles are months
// apart the summary says so, since a change of office would explain the difference, and it names
// anyone else the corpus gives one of those offices (Qin Gang as Foreign Minister in July 2023).
import type { Finding } from '../model/analysis';
import { parseIsoDate, daysBetween } from '../util/calendar';
import { documentsOf, groupBy, listSources } from './clusters';
import { makeFinding, type ComparedMention } from './finding-id';
import type { NameMention, RoleText } from './mention-types';
import type { Person } from './persons';

/** Articles at least this many days apart may straddle a change of office. */
const CHANGE_OF_OFFICE_DAYS = 28;
const DAYS_PER_MONTH = 30.44;
/** Sources listed with their dates before the rest are counted. */
const MAX_DATED_SOURCES = 4;

interface HeldRole {
  doc: string;
  role: RoleText;
  person: Person;
}

function rolesOf(person: Person): HeldRole[] {
  return [...person.fullNames, ...person.shortReferences]
    .filter((mention): mention is NameMention & { role: RoleText } => mention.role !== null)
    .map((mention) => ({ doc: mention.doc, role: mention.role, person }));
}

function toMention(held: HeldRole): ComparedMention {
  const { role } = held;
  const person = held.person.canonical;
  return { doc: held.doc, start: role.start, end: role.end, text: role.text, value: `${person}: ${role.office}`, fact: { kind: 'role', person, office: role.office } };
}

/** “002, 2023-09-18; 003, 2024-04-09”, the first few and a count when there are many. */
function datedSources(docs: string[], published: ReadonlyMap<string, string | null>): string {
  const listed = docs.slice(0, MAX_DATED_SOURCES).map((doc) => `${doc}, ${published.get(doc) ?? 'undated'}`).join('; ');
  return docs.length > MAX_DATED_SOURCES ? `${listed}; and ${docs.length - MAX_DATED_SOURCES} more` : listed;
}

function monthsApart(docs: string[], published: ReadonlyMap<string, string | null>): number | null {
  const dates = docs.map((doc) => published.get(doc)).filter((date): date is string => Boolean(date)).sort();
  if (dates.length < 2) return null;
  const first = parseIsoDate(dates[0]!);
  const last = parseIsoDate(dates.at(-1)!);
  if (!first || !last) return null;
  const days = daysBetween(first, last);
  return days >= CHANGE_OF_OFFICE_DAYS ? Math.round(days / DAYS_PER_MONTH) : 0;
}

/** The country a person's titles name ("Chinese Foreign Minister" → china), if any. */
function countryOf(roles: HeldRole[]): string | null {
  return roles.find((held) => held.role.country !== null)?.role.country ?? null;
}

function otherHolders(roles: HeldRole[], everyone: HeldRole[], countries: ReadonlyMap<Person, string | null>, published: ReadonlyMap<string, string | null>): { text: string; held: HeldRole[] } {
  const person = roles[0]!.person;
  const country = countries.get(person) ?? null;
  const offices = new Set(roles.map((held) => held.role.office));
  const others = everyone.filter((other) => {
    if (other.person === person || !offices.has(other.role.office)) return false;
    const otherCountry = countries.get(other.person) ?? null;
    return country === null || otherCountry === null || otherCountry === country;
  });
  const byPerson = new Map<Person, HeldRole[]>();
  for (const other of others) {
    const held = byPerson.get(other.person);
    if (held) held.push(other);
    else byPerson.set(other.person, [other]);
  }
  const text = [...byPerson.entries()]
    .map(([holder, held]) => {
      return `; ${datedSources(documentsOf(held), published)} call ${holder.canonical} “${held[0]!.role.text}”`;
    })
    .join('');
  return { text, held: others };
}

function roleFinding(roles: HeldRole[], everyone: HeldRole[], countries: ReadonlyMap<Person, string | null>, published: ReadonlyMap<string, string | null>): Finding | null {
  const documents = documentsOf(roles);
  if (documents.length < 2) return null;
  const person = roles[0]!.person;
  const offices = new Set(roles.map((held) => held.role.office));
  if (offices.size === 1) {
    return makeFinding({ kind: 'role', verdict: 'consistent', subject: person.canonical, reason: 'same-person', summary: `${person.canonical}: “${roles[0]!.role.text}” in ${listSources(documents)}` }, roles.map(toMention));
  }
  // Oldest article first, documents with the same titles together: the order offices were held.
  const byDate = [...documents].sort((a, b) => (published.get(a) ?? '9999').localeCompare(published.get(b) ?? '9999') || a.localeCompare(b));
  const rolesByDoc = groupBy(roles, (held) => held.doc);
  const docsPerTitles = groupBy(byDate, (doc) => {
    const firstTextPerOffice = new Map<string, string>();
    for (const held of rolesByDoc.get(doc)!) {
      if (!firstTextPerOffice.has(held.role.office)) firstTextPerOffice.set(held.role.office, `“${held.role.text}”`);
    }
    return [...firstTextPerOffice.values()].join(', ');
  });
  const perDoc = [...docsPerTitles].map(([titles, docs]) => `${titles} (${datedSources(docs, published)})`);
  const months = monthsApart(documents, published);
  const explanation =
    months === null
      ? 'publication dates are missing, so a change of office cannot be ruled in or out'
      : months > 0
        ? `the articles are ${months} month${months === 1 ? '' : 's'} apart — a change of office would explain it`
        : 'the articles appeared within a month of each other; a person can hold several posts';
  const others = otherHolders(roles, everyone, countries, published);
  const summary = `${person.canonical}: titles differ — ${perDoc.join('; ')}; ${explanation}${others.text}`;
  return makeFinding({ kind: 'role', verdict: 'variant', subject: person.canonical, reason: 'same-person', summary }, [...roles, ...others.held].map(toMention));
}

export function compareRoles(persons: Person[], published: ReadonlyMap<string, string | null>): Finding[] {
  const rolesByPerson = new Map(persons.map((person) => [person, rolesOf(person)]));
  const everyone = [...rolesByPerson.values()].flat();
  const countries = new Map([...rolesByPerson].map(([person, roles]) => [person, countryOf(roles)]));
  return persons
    .map((person) => roleFinding(rolesByPerson.get(person)!, everyone, countries, published))
    .filter((finding) => finding !== null);
}
