// Long writes to a story doc, a slice per transaction with the tab free between them: Yjs encodes
// every transaction's update on the main thread (for storage and other tabs), so 5,000 documents'
// records in one froze the tab for 0.6–2.5 s and their 25 MB of text 0.7 s. One slicer serves
// records and texts: a slice's size adapts toward SLICE_MS, by the time the last slice took.
import { nextTask } from './next-task';

/** A slice's aim: long enough to spread each transaction's fixed costs (saving it, posting it to other tabs), short enough that the tab answers between slices. */
export const SLICE_MS = 50;

/** Records in a first slice: written at once, so a paste or a few files land in one transaction. */
export const FIRST_RECORDS_SLICE = 50;

export interface SliceOptions<T> {
  /** How much the first slice holds, in `weight` units; later slices grow (at most doubling) or shrink toward SLICE_MS. */
  first: number;
  /** The most a slice may hold, in `weight` units (unbounded when left out). */
  most?: number;
  /** An item's share of a slice (records count one each; texts their characters). An item heavier than a slice goes alone. */
  weight?: (item: T) => number;
  /** Hears how many items are written so far, after each slice. */
  onWritten?: (written: number) => void;
}

/** Calls `write` with consecutive slices of `items`: the first at once, each later one in a task of its own. */
export async function writeInSlices<T>(items: readonly T[], write: (slice: T[]) => void, { first, most = Infinity, weight = () => 1, onWritten }: SliceOptions<T>): Promise<void> {
  let budget = first;
  for (let written = 0; written < items.length; ) {
    if (written > 0) await nextTask();
    const slice: T[] = [];
    let size = 0;
    for (let next = items[written]; next !== undefined && (slice.length === 0 || size + weight(next) <= budget); next = items[written + slice.length]) {
      slice.push(next);
      size += weight(next);
    }
    const started = performance.now();
    write(slice);
    const took = performance.now() - started;
    written += slice.length;
    onWritten?.(written);
    budget = Math.max(1, Math.min(most, budget * 2, Math.round((Math.max(size, 1) * SLICE_MS) / Math.max(took, 1))));
  }
}
