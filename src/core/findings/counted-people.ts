// Nouns that count people. One group is often counted under different ones ("nearly 90 professors"
// / "nearly 90 faculty members", "544 women who serve as store managers" / "564 store managers"),
// so two such figures may be one slot — but only in counterpart sentences (compare-quantities.ts):
// read corpus-wide, "people" would join every crowd, toll and staff count of unrelated stories.
// Units as canonicalUnit gives them (singular; "people" is already "person", "employee" "staff").
const PEOPLE = new Set(
  ('person man men woman women child children adult resident citizen voter worker staff member professor faculty teacher ' +
    'student administrator manager supervisor official lawmaker legislator senator officer soldier troop police protester demonstrator ' +
    'marcher activist supporter victim survivor passenger patient doctor nurse prisoner detainee inmate migrant refugee ' +
    'immigrant civilian priest bishop delegate candidate employer executive scientist researcher economist republican democrat').split(' '),
);

/** The unit of "people" and "persons" (canonicalUnit). */
const GENERIC = 'person';

export const countsPeople = (unit: string): boolean => PEOPLE.has(unit);

/**
 * Two counts of people that count different groups: they name no group in common ("a dozen Jesuit
 * priests" / "nearly 90 professors and administrators"), or one counts only some of the groups the
 * other counts ("a dozen priests" of "nearly 90 faculty members and priests"). Groups come from
 * QuantityMention.people; a group named two ways ("nurses who work as ward supervisors") is one.
 */
export function differentPeople(a: ReadonlyArray<readonly string[]>, b: ReadonlyArray<readonly string[]>): boolean {
  if (a.length === 0 || b.length === 0) return false;
  // "People" counts any group: "412 people aboard" and "421 passengers" may be one count.
  const meets = (group: readonly string[], others: ReadonlyArray<readonly string[]>) => others.some((other) => group.includes(GENERIC) || other.includes(GENERIC) || other.some((noun) => group.includes(noun)));
  const [fewer, more] = a.length <= b.length ? [a, b] : [b, a];
  const met = fewer.filter((group) => meets(group, more)).length;
  return met === 0 || (fewer.length < more.length && met === fewer.length);
}
