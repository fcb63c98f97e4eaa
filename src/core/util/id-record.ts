// Objects keyed by ids that come from outside (imported files, typed links). On a plain `{}`,
// `record["__proto__"] = x` replaces the prototype instead of adding an entry, and
// `record["toString"]` finds Object.prototype.toString where no entry exists. Records keyed by
// ids are therefore created without a prototype and read through ownValue; where a Map fits, a
// Map is used instead.

export function emptyRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** A prototype-free copy (Object.assign sets "__proto__" as an own key on such a target). */
export function copyRecord<T>(record: Readonly<Record<string, T>>): Record<string, T> {
  return Object.assign(emptyRecord<T>(), record);
}

export function recordFromEntries<T>(entries: Iterable<readonly [string, T]>): Record<string, T> {
  const record = emptyRecord<T>();
  for (const [key, value] of entries) record[key] = value;
  return record;
}

/** The entry stored under `key`, never something inherited from Object.prototype. */
export function ownValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
