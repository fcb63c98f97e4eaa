// Texts cross between the page and a worker in batches, each cloned in a task of its own: 10,000
// documents' 52 MB in one message held the tab about a second under load.

/** About this many characters of text per message (a few milliseconds to clone). */
export const TEXT_BATCH_CHARS = 2_000_000;

/** `items` in consecutive batches of about `batchChars` characters of text; an item longer than a batch goes alone. */
export function inTextBatches<T>(items: readonly T[], charsOf: (item: T) => number, batchChars = TEXT_BATCH_CHARS): T[][] {
  const batches: T[][] = [];
  let batch: T[] = [];
  let chars = 0;
  for (const item of items) {
    const length = charsOf(item);
    if (batch.length > 0 && chars + length > batchChars) {
      batches.push(batch);
      batch = [];
      chars = 0;
    }
    batch.push(item);
    chars += length;
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}
