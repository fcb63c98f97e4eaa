// A fact computed from a whole text (its fingerprint, its word count) costs a walk over every
// character: hundreds of milliseconds for a 10 MB text. The add dialog asks for it on every
// render of the draft, then the library for the document the draft became (the same string), so
// the last few long texts' results are kept. Short texts are computed each time: cheaper than
// holding them.

const LONG_TEXT = 100_000;
const KEPT_TEXTS = 16;

/** `compute`, remembered for the last few texts of 100,000 characters or more. */
export function rememberedForLongTexts<T>(compute: (text: string) => T): (text: string) => T {
  const kept = new Map<string, T>();
  return (text) => {
    if (text.length < LONG_TEXT) return compute(text);
    if (kept.has(text)) return kept.get(text) as T;
    const value = compute(text);
    if (kept.size >= KEPT_TEXTS) kept.delete(kept.keys().next().value!);
    kept.set(text, value);
    return value;
  };
}
